namespace Portcullis.Formats.Watchlists;

/// <summary>How much a name is worth to screening: a weak alias alone should not raise a hit.</summary>
public enum WatchlistNameQuality
{
    Primary,

    /// <summary>A strong alias: UN "Good", "a.k.a." and "f.k.a."; OFAC aka, fka and nka.</summary>
    Alias,

    /// <summary>UN "Low" quality, and the a.k.a.s OFAC keeps in an entry's remarks rather than among its aliases.</summary>
    WeakAlias,

    /// <summary>The name as written in its own script (Arabic, Hangul, Cyrillic...).</summary>
    OriginalScript,
}

/// <summary>
/// One name of an entry. <see cref="FullName"/> is always set, in reading order (given names first where
/// the list tells them apart); the parts are set only where the list says which is which.
/// </summary>
public sealed record WatchlistName(string FullName, string? GivenName, string? FamilyName, WatchlistNameQuality Quality);
