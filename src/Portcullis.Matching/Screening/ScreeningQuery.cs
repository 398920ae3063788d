using Portcullis.Matching.Evidence;

namespace Portcullis.Matching.Screening;

/// <summary>What is screened: a traveller, a party to a consignment, or a name typed by an officer.</summary>
public sealed record ScreeningQuery(
    string Name,
    SubjectKind Kind = SubjectKind.Unknown,
    PartialDate? BirthDate = null,
    IReadOnlyList<string>? Nationalities = null,
    char? Sex = null,
    string? DocumentNumber = null)
{
    /// <summary>The surname, when the source gives it apart (API data does).</summary>
    public string? FamilyName { get; init; }
}
