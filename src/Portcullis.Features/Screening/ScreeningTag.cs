using Portcullis.Domain.Watchlists;

namespace Portcullis.Features.Screening;

/// <summary>
/// What the index hands back with a hit: which list, version and entry row the entry came from, what
/// the list is about, its threshold, and the jurisdictions whose travellers are screened against it.
/// </summary>
public sealed record ScreeningTag(
    Guid WatchlistId,
    string ListName,
    WatchlistSubject Subject,
    int Version,
    Guid EntryRowId,
    string ExternalId,
    float Threshold,
    IReadOnlySet<string> Jurisdictions)
{
    /// <summary>Travellers are screened against lists of persons and of travel documents.</summary>
    public bool AppliesToTravellers => Subject is WatchlistSubject.Persons or WatchlistSubject.TravelDocuments;
}
