namespace Portcullis.Domain.Watchlists;

/// <summary>
/// One entry of a list as it stood for a run of versions: valid from <see cref="FromVersion"/>
/// (inclusive) until <see cref="ToVersion"/> (exclusive; null while current). A change closes the row
/// and opens a new one with the same <see cref="ExternalId"/>; a removal only closes it. So the
/// content of any version, and the difference any version made, can be read back.
/// </summary>
public sealed class WatchlistEntryRow
{
    public const int ExternalIdMaxLength = 100;
    public const int NameMaxLength = 500;

    public Guid Id { get; set; }

    public Guid WatchlistId { get; set; }

    public Watchlist? Watchlist { get; set; }

    /// <summary>The list's own identifier of the entry: UN "CDi.001", OFAC ent_num, a national id.</summary>
    public string ExternalId { get; set; } = "";

    public int FromVersion { get; set; }

    public int? ToVersion { get; set; }

    /// <summary>person, organisation, vessel, aircraft, document, vehicle, container.</summary>
    public string Kind { get; set; } = "";

    public string PrimaryName { get; set; } = "";

    /// <summary>Every name (primary, aliases, weak aliases, original script) as JSON: full, given, family, quality.</summary>
    public string Names { get; set; } = "[]";

    /// <summary>Upper-case names without diacritics, '|'-separated: what a simple search looks in.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>Partial ISO dates as JSON.</summary>
    public string BirthDates { get; set; } = "[]";

    /// <summary>ISO alpha-2 codes as JSON.</summary>
    public string Nationalities { get; set; } = "[]";

    public string? Sex { get; set; }

    /// <summary>Documents as JSON: type, number, issuing country, note.</summary>
    public string Documents { get; set; } = "[]";

    /// <summary>Why the subject is listed: legal basis, sanctions regime, lost or stolen.</summary>
    public string? Reason { get; set; }

    public DateOnly? ListedOn { get; set; }

    public DateOnly? Expiry { get; set; }

    public string? Remarks { get; set; }

    /// <summary>Everything else the list said (addresses, places of birth) as JSON.</summary>
    public string Details { get; set; } = "{}";

    /// <summary>SHA-256 of the entry's content: an entry whose hash is unchanged is unchanged.</summary>
    public string ContentHash { get; set; } = "";
}
