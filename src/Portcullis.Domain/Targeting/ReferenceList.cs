namespace Portcullis.Domain.Targeting;

/// <summary>
/// A unit's named reference list (source countries, transit airports, companies...), kept as data so
/// that a profile says <c>in list "source-countries"</c> and the list changes without a new profile
/// version. Values one per line.
/// </summary>
public sealed class ReferenceList
{
    public const int NameMaxLength = 100;
    public const int ValuesMaxLength = 200_000;

    public Guid Id { get; set; }

    public string Unit { get; set; } = "";

    public string Jurisdiction { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The values, one per line, as entered.</summary>
    public string Values { get; set; } = "";

    public string UpdatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The values without blanks and comments, as profiles compare them (ignoring case).</summary>
    public IReadOnlySet<string> ValueSet() => Values
        .Split('\n')
        .Select(line => line.Trim())
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
