namespace Portcullis.Formats.Watchlists;

/// <summary>What a watchlist entry is about. Document is a travel document listed on its own (lost, stolen).</summary>
public enum WatchlistSubjectKind
{
    Person,
    Organisation,
    Vessel,
    Aircraft,
    Document,
    Vehicle,
    Container,
}
