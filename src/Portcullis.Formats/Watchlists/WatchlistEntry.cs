namespace Portcullis.Formats.Watchlists;

/// <summary>
/// One listed person, organisation, vessel, aircraft or document, with everything screening compares
/// against. Lists are never null; a list without a value gives an empty list or null.
/// </summary>
public sealed record WatchlistEntry
{
    /// <summary>The list's own identifier: UN reference number ("CDi.001"), OFAC ent_num, a national list's id.</summary>
    public required string ExternalId { get; init; }

    public required WatchlistSubjectKind Kind { get; init; }

    /// <summary>The primary name first (when there is one), then aliases and original-script names.</summary>
    public IReadOnlyList<WatchlistName> Names { get; init; } = [];

    /// <summary>Partial ISO dates: "YYYY", "YYYY-MM" or "YYYY-MM-DD". A range of years is listed year by year.</summary>
    public IReadOnlyList<string> BirthDates { get; init; } = [];

    /// <summary>ISO 3166 alpha-2 codes; a country that could not be resolved stays as written (with a warning).</summary>
    public IReadOnlyList<string> Nationalities { get; init; } = [];

    /// <summary>"M", "F", or null when the list does not say.</summary>
    public string? Sex { get; init; }

    public IReadOnlyList<WatchlistDocumentRef> Documents { get; init; } = [];

    public IReadOnlyList<WatchlistAddress> Addresses { get; init; } = [];

    /// <summary>As written ("Tetovo, Macedonia").</summary>
    public IReadOnlyList<string> PlacesOfBirth { get; init; } = [];

    /// <summary>Why the subject is listed: UN sanctions regime, OFAC programme(s), a national list's reason.</summary>
    public string? Reason { get; init; }

    public DateOnly? ListedOn { get; init; }

    /// <summary>Free text the list adds, and whatever of its fields has no place above (titles, links, vessel details).</summary>
    public string? Remarks { get; init; }

    public WatchlistName? PrimaryName => Names.FirstOrDefault(n => n.Quality == WatchlistNameQuality.Primary);
}
