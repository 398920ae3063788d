namespace Portcullis.Formats.Watchlists;

/// <summary>The watchlist formats Portcullis reads.</summary>
public enum WatchlistFormat
{
    Unknown,

    /// <summary>UN Security Council consolidated list, XML.</summary>
    UnConsolidatedList,

    /// <summary>OFAC SDN legacy CSV (sdn.csv), with or without a header row.</summary>
    OfacSdn,

    /// <summary>A national list in Portcullis's CSV template.</summary>
    NationalListCsv,
}
