namespace Portcullis.Domain.Targeting;

/// <summary>
/// A unit's risk profile: a name and its versions. The text, the status and the approvals belong to
/// each <see cref="RiskProfileVersion"/>, because every change is a new version and every hit records
/// the version that fired.
/// </summary>
public sealed class RiskProfile
{
    public const int NameMaxLength = 200;

    public Guid Id { get; set; }

    /// <summary>The unit that owns the profile; only its people see it.</summary>
    public string Unit { get; set; } = "";

    public string Jurisdiction { get; set; } = "";

    /// <summary>What the profile selects: travellers or consignments (the text's <c>subject</c> line).</summary>
    public string SubjectKind { get; set; } = SubjectKinds.Traveller;

    /// <summary>The latest version's name; unique within the unit.</summary>
    public string Name { get; set; } = "";

    /// <summary>The number of the newest version (1 for a new profile).</summary>
    public int LatestVersion { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public List<RiskProfileVersion> Versions { get; set; } = [];
}

/// <summary>What profiles select and targets are: a traveller on a flight, or a consignment on a voyage.</summary>
public static class SubjectKinds
{
    public const string Traveller = "traveller";
    public const string Consignment = "consignment";
}
