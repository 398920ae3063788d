namespace Portcullis.Domain.Targeting;

/// <summary>
/// A subject a profile version selected, with the explanation (each condition, whether it held and
/// the values it saw) as JSON. A shadow hit is what a draft or submitted version would have selected:
/// it raises no target. One hit per version and subject.
/// </summary>
public sealed class ProfileHit
{
    public Guid Id { get; set; }

    public string Unit { get; set; } = "";

    public string Jurisdiction { get; set; } = "";

    public Guid ProfileId { get; set; }

    public Guid VersionId { get; set; }

    public RiskProfileVersion? Version { get; set; }

    public int VersionNumber { get; set; }

    /// <summary>The traveller, for a traveller profile; null for a consignment.</summary>
    public Guid? TravellerId { get; set; }

    public Guid? FlightId { get; set; }

    /// <summary>The consignment, for a consignment profile; null for a traveller.</summary>
    public Guid? ConsignmentId { get; set; }

    public Guid? VoyageId { get; set; }

    /// <summary>The target the hit raised or joined; null for shadow and capped hits.</summary>
    public Guid? TargetId { get; set; }

    public bool Shadow { get; set; }

    public string Explanation { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }
}
