namespace Portcullis.Formats.Edifact;

/// <summary>What a UNB says: the character set, who sent the interchange to whom, when, and its reference.</summary>
public sealed record EdifactInterchange(
    string SyntaxIdentifier,
    string SyntaxVersion,
    string Sender,
    string SenderQualifier,
    string Recipient,
    string RecipientQualifier,
    DateTime? Prepared,
    string ControlReference,
    string ApplicationReference,
    bool Test)
{
    /// <summary>Stands for the missing UNB of a message that arrived without its envelope.</summary>
    public static EdifactInterchange Missing { get; } = new("", "", "", "", "", "", null, "", "", false);

    public static EdifactInterchange From(EdifactSegment unb) => new(
        unb[0, 0], unb[0, 1], unb[1, 0], unb[1, 1], unb[2, 0], unb[2, 1],
        EdifactDates.DateTime(unb[3, 0], unb[3, 1]),
        unb[4], unb[6], unb[10] == "1");
}

/// <summary>What a UNG says about a functional group.</summary>
public sealed record EdifactGroup(string MessageType, string Sender, string Recipient, string Reference, string Version)
{
    public static EdifactGroup From(EdifactSegment ung) => new(ung[0], ung[1], ung[2], ung[4], ung.Text(6));
}

/// <summary>
/// One message, UNH to UNT, with its envelope: the segments between its header and trailer and what was
/// wrong with them or with the envelope around it.
/// </summary>
public sealed class EdifactMessage(EdifactInterchange interchange, EdifactGroup? group, EdifactSegment header)
{
    public EdifactInterchange Interchange { get; } = interchange;

    public EdifactGroup? Group { get; } = group;

    public EdifactSegment Header { get; } = header;

    /// <summary>UNH 0062, the message reference.</summary>
    public string Reference => Header[0];

    /// <summary>PAXLST, PNRGOV...</summary>
    public string Type => Header[1, 0];

    /// <summary>"D:05B" for PAXLST, "11:1" for PNRGOV: version and release as sent.</summary>
    public string Version => Header[1, 1] + ":" + Header[1, 2];

    public string Agency => Header[1, 3];

    public string Association => Header[1, 4];

    /// <summary>UNH element 3: common access reference (PAXLST: "flight/date/time"; PNRGOV: its own).</summary>
    public string CommonAccessReference => Header.Text(2);

    public List<EdifactSegment> Segments { get; } = [];

    public EdifactSegment? Trailer { get; set; }

    public List<Diagnostic> Diagnostics { get; } = [];
}
