namespace Portcullis.Domain.Watchlists;

/// <summary>
/// One import of a list file: who imported what, its SHA-256, and what it changed compared with the
/// version before (by entry id and content hash).
/// </summary>
public sealed class WatchlistVersion
{
    public const int FileNameMaxLength = 260;

    public Guid Id { get; set; }

    public Guid WatchlistId { get; set; }

    public Watchlist? Watchlist { get; set; }

    /// <summary>1, 2, 3... within the list.</summary>
    public int Number { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public string ImportedBy { get; set; } = "";

    public string FileName { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the bytes as uploaded.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>The format the reader recognised (UnConsolidatedList, OfacSdn, NationalListCsv).</summary>
    public string Format { get; set; } = "";

    public int Added { get; set; }

    public int Changed { get; set; }

    public int Removed { get; set; }

    /// <summary>Entries in the list as of this version.</summary>
    public int Total { get; set; }

    /// <summary>Warnings the reader reported (errors refuse the import), as JSON.</summary>
    public string Diagnostics { get; set; } = "[]";
}
