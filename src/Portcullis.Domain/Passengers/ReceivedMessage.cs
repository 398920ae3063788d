namespace Portcullis.Domain.Passengers;

/// <summary>Where a received message stands.</summary>
public enum MessageStatus
{
    /// <summary>Stored, not yet read: the state a message is in if processing stops half-way.</summary>
    Received,

    /// <summary>Read and applied without a problem.</summary>
    Processed,

    /// <summary>Read and applied; some things were suspect (see the diagnostics).</summary>
    ProcessedWithWarnings,

    /// <summary>Something could not be read: what could was applied, the rest waits for a fix and a reprocess.</summary>
    Quarantined,

    /// <summary>The same bytes as an earlier message: kept as a record of receipt, not applied again.</summary>
    Duplicate,
}

/// <summary>
/// A message exactly as it arrived, stored before anything else happens to it: the bytes, their
/// SHA-256, who sent it and when. Everything read from it points back here.
/// </summary>
public sealed class ReceivedMessage
{
    public const int SenderMaxLength = 200;
    public const int FileNameMaxLength = 260;
    public const int HashLength = 64;

    public Guid Id { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The API key's name, or "cli:operator" for files ingested on the machine.</summary>
    public string Sender { get; set; } = "";

    public string? FileName { get; set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public string Sha256 { get; set; } = "";

    public long Size { get; set; }

    /// <summary>The bytes as received; null only on a duplicate, whose bytes are those of <see cref="DuplicateOfId"/>.</summary>
    public byte[]? Content { get; set; }

    public Guid? DuplicateOfId { get; set; }

    /// <summary>The jurisdiction that received it (the API key's or the operator's choice); scopes the message log.</summary>
    public string? Jurisdiction { get; set; }

    /// <summary>PAXLST, PNRGOV, CUSCAR, XFWB, XFZB, FWB, FHL, CSV, mixed, or empty when unreadable.</summary>
    public string Format { get; set; } = "";

    public MessageStatus Status { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public int ErrorCount { get; set; }

    public int WarningCount { get; set; }

    /// <summary>The diagnostics of the last attempt, as JSON (code, severity, segment, tag, offset, message).</summary>
    public string Diagnostics { get; set; } = "[]";

    public int TravellerCount { get; set; }

    public int PnrCount { get; set; }

    /// <summary>A one-line summary for the log: "JU 170 BEG-TIA 2026-11-28, 143 passengers".</summary>
    public string? Summary { get; set; }
}
