using Portcullis.Domain.Passengers;

namespace Portcullis.Domain.Watchlists;

/// <summary>Where a hit stands in the hands of the unit.</summary>
public enum HitStatus
{
    /// <summary>Raised by screening, not yet looked at.</summary>
    New,

    /// <summary>An officer has looked at it.</summary>
    Reviewed,
}

/// <summary>
/// A traveller who matched a list entry: the list, the version and the entry row it matched, the score
/// and the engine's explanation (JSON). The same traveller, list and entry id raise one hit, ever: a
/// later version of the list or a resent passenger list does not raise it again.
/// </summary>
public sealed class ScreeningHit
{
    public Guid Id { get; set; }

    public Guid TravellerId { get; set; }

    public FlightTraveller? Traveller { get; set; }

    public Guid FlightId { get; set; }

    public Flight? Flight { get; set; }

    public Guid WatchlistId { get; set; }

    public Watchlist? Watchlist { get; set; }

    public int VersionNumber { get; set; }

    public Guid EntryRowId { get; set; }

    public WatchlistEntryRow? EntryRow { get; set; }

    public string EntryExternalId { get; set; } = "";

    public float Score { get; set; }

    /// <summary>The name as screened, given names first.</summary>
    public string ScreenedName { get; set; } = "";

    /// <summary>The engine's explanation as JSON: aligned parts, unmatched parts, evidence.</summary>
    public string Explanation { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }

    public HitStatus Status { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    public string? ReviewedBy { get; set; }
}
