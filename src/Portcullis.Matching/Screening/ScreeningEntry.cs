using Portcullis.Matching.Evidence;

namespace Portcullis.Matching.Screening;

/// <summary>
/// A list entry as the screening engine sees it: an identifier the caller understands, its names (the
/// first is the primary name; the others are aliases and names in original script), and the facts that
/// count as evidence. <see cref="Tag"/> carries whatever the caller needs back with a hit (list, version).
/// </summary>
public sealed record ScreeningEntry(
    string Id,
    SubjectKind Kind,
    IReadOnlyList<string> Names,
    IReadOnlyList<PartialDate> BirthDates,
    IReadOnlyList<string> Nationalities,
    char? Sex = null,
    IReadOnlyList<string>? DocumentNumbers = null,
    object? Tag = null)
{
    /// <summary>The surname, when the list gives it apart from the given names.</summary>
    public string? FamilyName { get; init; }

    /// <summary>
    /// Aliases the list itself calls weak (UN "Low" quality, OFAC's a.k.a. in remarks): too vague to
    /// identify anyone alone, so a match on one of them counts for less (<see cref="MatchScorer"/>).
    /// </summary>
    public IReadOnlyList<string> WeakAliases { get; init; } = [];
}
