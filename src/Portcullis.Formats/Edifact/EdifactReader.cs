using System.Globalization;

namespace Portcullis.Formats.Edifact;

/// <summary>
/// Reads interchanges (UNB..UNZ), functional groups (UNG..UNE) and messages (UNH..UNT) from a stream,
/// one message at a time, and checks the envelopes: counts and references that do not agree are
/// warnings, a missing UNB, UNT or UNZ is an error, and in every case what was received is still read.
/// Problems that belong to no message (a bad UNZ, data outside any message) go to <see cref="Diagnostics"/>.
/// </summary>
public sealed class EdifactReader(Stream stream)
{
    private readonly EdifactSegmentReader _segments = new(stream);
    private EdifactSegment? _pending;

    /// <summary>Problems of the file or of an interchange rather than of one message.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>The interchanges read so far, in order.</summary>
    public List<EdifactInterchange> Interchanges { get; } = [];

    /// <summary>Segments read so far.</summary>
    public int SegmentCount => _segments.SegmentCount;

    /// <summary>Bytes consumed so far.</summary>
    public long Position => _segments.Position;

    public IEnumerable<EdifactMessage> ReadMessages()
    {
        EdifactInterchange? interchange = null;
        EdifactSegment? unb = null;
        EdifactGroup? group = null;
        EdifactSegment? ung = null;
        int messagesInInterchange = 0, groupsInInterchange = 0, messagesInGroup = 0;
        var anySegment = false;
        var anyEnvelope = false;

        while (Next() is { } segment)
        {
            if (!anySegment)
            {
                anySegment = true;
                if (!IsTag(segment.Tag))
                {
                    Diagnostics.Add(segment.Problem(Severity.Error, "edifact.not-edifact", "the file does not start with an EDIFACT segment (UNA, UNB or UNH)"));
                }
            }

            switch (segment.Tag)
            {
                case "UNB":
                    anyEnvelope = true;
                    CheckGroupClosed(ung, segment);
                    if (unb is not null)
                    {
                        Diagnostics.Add(segment.Problem(Severity.Error, "edifact.missing-unz", $"interchange {interchange!.ControlReference} has no UNZ before the next UNB"));
                    }

                    unb = segment;
                    interchange = EdifactInterchange.From(segment);
                    Interchanges.Add(interchange);
                    _segments.Encoding = EdifactCharacterSets.EncodingFor(interchange.SyntaxIdentifier, out var known);
                    if (!known)
                    {
                        Diagnostics.Add(segment.Problem(Severity.Warning, "edifact.syntax", $"unknown syntax identifier '{interchange.SyntaxIdentifier}'; read as UTF-8"));
                    }

                    if (interchange.SyntaxVersion is not ("1" or "2" or "3" or "4" or ""))
                    {
                        Diagnostics.Add(segment.Problem(Severity.Warning, "edifact.syntax", $"unknown syntax version '{interchange.SyntaxVersion}'"));
                    }

                    messagesInInterchange = groupsInInterchange = 0;
                    group = null;
                    ung = null;
                    break;

                case "UNG":
                    CheckGroupClosed(ung, segment);
                    if (unb is null)
                    {
                        Diagnostics.Add(segment.Problem(Severity.Warning, "edifact.envelope", "UNG outside an interchange (no UNB before it)"));
                    }

                    group = EdifactGroup.From(segment);
                    ung = segment;
                    groupsInInterchange++;
                    messagesInGroup = 0;
                    break;

                case "UNE":
                    if (ung is null)
                    {
                        Diagnostics.Add(segment.Problem(Severity.Warning, "edifact.envelope", "UNE without a UNG"));
                    }
                    else
                    {
                        CheckCount(segment, messagesInGroup, "UNE", "messages in the group");
                        CheckReference(segment, group!.Reference, "UNE", "UNG");
                    }

                    group = null;
                    ung = null;
                    break;

                case "UNH":
                    anyEnvelope = true;
                    if (unb is null && interchange is null)
                    {
                        interchange = EdifactInterchange.Missing;
                        Diagnostics.Add(segment.Problem(Severity.Error, "edifact.missing-unb", "message without an interchange header (UNB)"));
                    }

                    messagesInInterchange++;
                    messagesInGroup++;
                    var message = new EdifactMessage(interchange!, group, segment);
                    message.ReadFrom(Body(message).GetEnumerator());
                    yield return message;
                    message.ReadToEnd();
                    break;

                case "UNZ":
                    CheckGroupClosed(ung, segment);
                    ung = null;
                    group = null;
                    if (unb is null)
                    {
                        Diagnostics.Add(segment.Problem(Severity.Warning, "edifact.envelope", "UNZ without a UNB"));
                    }
                    else
                    {
                        CheckCount(segment, groupsInInterchange > 0 ? groupsInInterchange : messagesInInterchange, "UNZ", groupsInInterchange > 0 ? "groups in the interchange" : "messages in the interchange");
                        CheckReference(segment, interchange!.ControlReference, "UNZ", "UNB");
                    }

                    unb = null;
                    break;

                case "UNT":
                    Diagnostics.Add(segment.Problem(Severity.Warning, "edifact.envelope", "UNT without a UNH"));
                    break;

                default:
                    Diagnostics.Add(segment.Problem(IsTag(segment.Tag) ? Severity.Warning : Severity.Error, "edifact.outside-message", IsTag(segment.Tag)
                        ? "segment outside any message (no UNH before it); ignored"
                        : $"'{Shorten(segment.Tag)}' is not a segment tag"));
                    break;
            }
        }

        if (ung is not null)
        {
            Diagnostics.Add(new Diagnostic(Severity.Error, "edifact.missing-une", $"group {group!.Reference} ends without UNE: the file is truncated", _segments.SegmentCount, null, _segments.Position));
        }

        if (unb is not null)
        {
            Diagnostics.Add(new Diagnostic(Severity.Error, "edifact.missing-unz", $"interchange {interchange!.ControlReference} ends without UNZ: the file is truncated", _segments.SegmentCount, null, _segments.Position));
        }

        if (!anySegment)
        {
            Diagnostics.Add(new Diagnostic(Severity.Error, "edifact.empty", "the file holds no EDIFACT segment", 0, null, 0));
        }
        else if (!anyEnvelope)
        {
            Diagnostics.Add(new Diagnostic(Severity.Error, "edifact.not-edifact", "no UNB or UNH found: this is not an EDIFACT interchange", 1, null, 0));
        }

        Diagnostics.AddRange(_segments.Diagnostics);
        _segments.Diagnostics.Clear();
    }

    /// <summary>The segments of one message, read as the consumer asks for them, checked against UNT at the end.</summary>
    private IEnumerable<EdifactSegment> Body(EdifactMessage message)
    {
        var header = message.Header;
        if (header[0].Length == 0 || header[1, 0].Length == 0)
        {
            message.Diagnostics.Add(header.Problem(Severity.Warning, "edifact.unh", "UNH lacks its reference or message type"));
        }

        while (Next() is { } segment)
        {
            switch (segment.Tag)
            {
                case "UNT":
                    message.Trailer = segment;
                    CheckCount(segment, message.SegmentCount + 2, "UNT", "segments in the message", message.Diagnostics);
                    CheckReference(segment, message.Reference, "UNT", "UNH", message.Diagnostics);
                    MoveSyntaxProblems(message);
                    yield break;

                case "UNH" or "UNZ" or "UNB" or "UNE" or "UNG":
                    _pending = segment;
                    message.Diagnostics.Add(segment.Problem(Severity.Error, "edifact.missing-unt", $"message {message.Reference} ends without UNT: {segment.Tag} came first"));
                    MoveSyntaxProblems(message);
                    yield break;

                default:
                    if (!IsTag(segment.Tag))
                    {
                        message.Diagnostics.Add(segment.Problem(Severity.Error, "edifact.tag", $"'{Shorten(segment.Tag)}' is not a segment tag"));
                    }

                    message.SegmentCount++;
                    yield return segment;
                    break;
            }
        }

        message.Diagnostics.Add(new Diagnostic(Severity.Error, "edifact.missing-unt", $"message {message.Reference} ends without UNT: the file is truncated", _segments.SegmentCount, null, _segments.Position));
        MoveSyntaxProblems(message);
    }

    private void CheckGroupClosed(EdifactSegment? ung, EdifactSegment next)
    {
        if (ung is not null)
        {
            Diagnostics.Add(next.Problem(Severity.Warning, "edifact.missing-une", $"the group opened by UNG {ung[4]} has no UNE before {next.Tag}"));
        }
    }

    private void MoveSyntaxProblems(EdifactMessage message)
    {
        message.Diagnostics.AddRange(_segments.Diagnostics);
        _segments.Diagnostics.Clear();
    }

    private EdifactSegment? Next()
    {
        if (_pending is { } p)
        {
            _pending = null;
            return p;
        }

        return _segments.Read();
    }

    private void CheckCount(EdifactSegment trailer, int actual, string tag, string what, List<Diagnostic>? into = null)
    {
        var declared = trailer[0];
        if (!int.TryParse(declared, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count != actual)
        {
            (into ?? Diagnostics).Add(trailer.Problem(Severity.Warning, "edifact.count", $"{tag} declares {(declared.Length == 0 ? "no count" : declared)} {what}; {actual.ToString(CultureInfo.InvariantCulture)} were received"));
        }
    }

    private void CheckReference(EdifactSegment trailer, string expected, string tag, string headerTag, List<Diagnostic>? into = null)
    {
        if (!string.Equals(trailer[1], expected, StringComparison.Ordinal))
        {
            (into ?? Diagnostics).Add(trailer.Problem(Severity.Warning, "edifact.reference", $"{tag} reference '{trailer[1]}' differs from the {headerTag} reference '{expected}'"));
        }
    }

    /// <summary>Three upper-case letters or digits. Asked of every segment: no LINQ here.</summary>
    private static bool IsTag(string tag) =>
        tag.Length == 3 && IsTagCharacter(tag[0]) && IsTagCharacter(tag[1]) && IsTagCharacter(tag[2]);

    private static bool IsTagCharacter(char c) => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
