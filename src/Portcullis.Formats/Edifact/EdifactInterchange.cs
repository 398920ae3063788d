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
/// wrong with them or with the envelope around it. The segments stream: a parser that enumerates
/// <see cref="Segments"/> while the message is current reads them as they come off the stream, and none
/// is held (a 300-passenger list is 4,000 segments). A message that nobody reads before the reader moves
/// on is read to its end then, and its segments are kept for whoever asks later.
/// <see cref="Diagnostics"/> and <see cref="Trailer"/> are complete once the segments have been read.
/// </summary>
public sealed class EdifactMessage(EdifactInterchange interchange, EdifactGroup? group, EdifactSegment header)
{
    private IEnumerator<EdifactSegment>? _body;
    private List<EdifactSegment>? _kept;
    private bool _streamed;

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

    /// <summary>The segments between UNH and UNT; streamed once while the message is current, kept otherwise.</summary>
    public IEnumerable<EdifactSegment> Segments
    {
        get
        {
            if (_kept is not null || _body is null)
            {
                return _kept ?? [];
            }

            if (_streamed)
            {
                throw new InvalidOperationException("The segments of a message are streamed once, as they arrive.");
            }

            _streamed = true;
            return new Unowned(_body);
        }
    }

    /// <summary>How many segments between UNH and UNT were read so far.</summary>
    public int SegmentCount { get; internal set; }

    public EdifactSegment? Trailer { get; internal set; }

    public List<Diagnostic> Diagnostics { get; } = [];

    internal void ReadFrom(IEnumerator<EdifactSegment> body) => _body = body;

    /// <summary>Reads what is left of the message; keeps the segments when nobody has read them.</summary>
    public void ReadToEnd()
    {
        if (_body is null)
        {
            return;
        }

        var keep = !_streamed;
        if (keep)
        {
            _kept = [];
        }

        while (_body.MoveNext())
        {
            _kept?.Add(_body.Current);
        }

        _body.Dispose();
        _body = null;
        _kept ??= keep ? [] : null;
    }

    /// <summary>
    /// Hands out the reader's own enumerator, but does not dispose it: a parser that stops early must not
    /// end the message, which <see cref="ReadToEnd"/> still reads to its UNT.
    /// </summary>
    private sealed class Unowned(IEnumerator<EdifactSegment> body) : IEnumerable<EdifactSegment>, IEnumerator<EdifactSegment>
    {
        public EdifactSegment Current => body.Current;

        object System.Collections.IEnumerator.Current => body.Current;

        public IEnumerator<EdifactSegment> GetEnumerator() => this;

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => this;

        public bool MoveNext() => body.MoveNext();

        public void Reset() => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }
}
