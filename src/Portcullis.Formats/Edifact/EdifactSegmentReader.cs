using System.Buffers;
using System.Globalization;
using System.Text;

namespace Portcullis.Formats.Edifact;

/// <summary>
/// Reads segments one at a time from a stream, holding only the segment being read: a 50 MB file costs
/// a 64 KiB buffer. Between segments it skips what real senders put there (line breaks, carriage
/// returns, spaces, transmission control characters, byte-order marks); inside a segment it drops line
/// breaks, which are never data in EDIFACT but appear when a message was wrapped at a fixed width.
/// A UNA service string advice may appear before any interchange and changes the separators from there.
/// </summary>
public sealed class EdifactSegmentReader
{
    /// <summary>A segment longer than this is not a segment but a missing terminator.</summary>
    public const int MaxSegmentBytes = 1 << 20;

    private readonly Stream _stream;
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private long _bufferOffset;
    private bool _endOfStream;
    private byte[] _scratch = new byte[256];
    private SearchValues<byte>? _specials;
    private EdifactDelimiters _specialsFor;
    private bool _sawInvalidUtf8;
    private bool _reportedInvalidUtf8;
    private readonly List<string> _flat = [];
    private readonly List<int> _starts = [];

    public EdifactSegmentReader(Stream stream) => this._stream = stream;

    public EdifactDelimiters Delimiters { get; private set; } = EdifactDelimiters.Default;

    /// <summary>Null: UTF-8, falling back to Windows-1250 for bytes that are not UTF-8.</summary>
    public Encoding? Encoding { get; set; }

    /// <summary>Whether a UNA was read since the last call to <see cref="TakeServiceStringAdvice"/>.</summary>
    private bool _unaSeen;

    /// <summary>Segments read so far (UNA not counted).</summary>
    public int SegmentCount { get; private set; }

    /// <summary>Bytes consumed so far.</summary>
    public long Position => _bufferOffset + _start;

    /// <summary>Problems of the syntax itself, for the caller to attach where they belong.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    public bool TakeServiceStringAdvice()
    {
        var seen = _unaSeen;
        _unaSeen = false;
        return seen;
    }

    public EdifactSegment? Read()
    {
        while (true)
        {
            if (!SkipBetweenSegments())
            {
                return null;
            }

            if (StartsWith("UNA"u8))
            {
                ReadServiceStringAdvice();
                continue;
            }

            var segmentStart = Position;
            var length = FindTerminator(out var terminated);
            if (length < 0)
            {
                continue; // an over-long run was skipped and reported
            }

            var bytes = _buffer.AsSpan(_start, length);
            _start += terminated ? length + 1 : length;
            SegmentCount++;
            var segment = Split(bytes, segmentStart);
            if (!terminated)
            {
                // The file ends inside a segment: it was probably cut, and what the segment held is not known.
                Diagnostics.Add(segment.Problem(Severity.Error, "edifact.unterminated", "the last segment has no terminator: the file may be truncated; read as if it had one"));
            }

            if (_sawInvalidUtf8 && !_reportedInvalidUtf8)
            {
                _reportedInvalidUtf8 = true;
                Diagnostics.Add(segment.Problem(Severity.Warning, "edifact.encoding", "bytes that are not UTF-8 were read as Windows-1250"));
            }

            return segment;
        }
    }

    private bool SkipBetweenSegments()
    {
        while (true)
        {
            if (_start == _end && !Fill())
            {
                return false;
            }

            var span = _buffer.AsSpan(_start, _end - _start);
            var skip = 0;
            while (skip < span.Length && IsBetweenSegments(span, skip))
            {
                skip += span[skip] == 0xEF ? 3 : 1;
            }

            _start += Math.Min(skip, span.Length);
            if (_start < _end)
            {
                return true;
            }
        }
    }

    private static bool IsBetweenSegments(ReadOnlySpan<byte> span, int at) =>
        span[at] <= 0x20 || span[at] == 0x7F ||
        (span[at] == 0xEF && at + 2 < span.Length && span[at + 1] == 0xBB && span[at + 2] == 0xBF);

    private bool StartsWith(ReadOnlySpan<byte> prefix)
    {
        Ensure(prefix.Length);
        return _buffer.AsSpan(_start, _end - _start).StartsWith(prefix);
    }

    /// <summary>
    /// UNA followed by six service characters. Senders get it wrong: five characters (the decimal mark
    /// left out), a typographic apostrophe as terminator. The terminator is taken as the last character
    /// before the next UNB/UNG/UNH, the component and element separators as the first two.
    /// </summary>
    private void ReadServiceStringAdvice()
    {
        var offset = Position;
        Ensure(32);
        var window = _buffer.AsSpan(_start + 3, Math.Min(29, _end - _start - 3));
        var next = IndexOfNextHeader(window);
        var advice = next < 0 ? window[..Math.Min(6, window.Length)] : window[..next];
        var consumed = 3 + advice.Length;

        // "UNA:+\*'" and a line break: five service characters; the line break is not the sixth.
        var bare = advice.TrimEnd(" \r\n\t"u8);
        if (next >= 0 && bare.Length == 5 && advice.Length == 6)
        {
            advice = bare;
        }

        if (advice.Length > 6)
        {
            var trimmed = advice.TrimEnd(" \r\n\t"u8);
            // The terminator may be a typographic apostrophe of several UTF-8 bytes; beyond it, before the
            // header, there should be nothing: bytes there are skipped, and not silently.
            var terminatorBytes = trimmed.Length < 6 ? 1 : trimmed[5] switch { >= 0xF0 => 4, >= 0xE0 => 3, >= 0xC0 => 2, _ => 1 };
            var extra = trimmed.Length - 5 - terminatorBytes;
            if (extra > 0)
            {
                Diagnostics.Add(new Diagnostic(Severity.Warning, "edifact.una", $"{extra.ToString(CultureInfo.InvariantCulture)} bytes between the UNA service characters and the next header were skipped", SegmentCount + 1, "UNA", offset));
            }

            advice = trimmed.Length >= 6 ? trimmed[..6] : advice[..6];
        }

        // Fewer than three characters cannot name a terminator (and "advice[2..^1]" below needs three).
        if (advice.Length < 3)
        {
            Diagnostics.Add(new Diagnostic(Severity.Error, "edifact.una", "UNA is too short to give the separators; the defaults are used", SegmentCount + 1, "UNA", offset));
            _start += consumed;
            return;
        }

        byte? release = null;
        byte decimalMark = (byte)'.';
        var terminator = advice.Length >= 6 ? advice[5] : advice[^1];
        if (advice.Length >= 6)
        {
            decimalMark = advice[2];
            release = advice[3] == (byte)' ' ? null : advice[3];
        }
        else
        {
            foreach (var b in advice[2..^1])
            {
                if (b is (byte)'.' or (byte)',')
                {
                    decimalMark = b;
                }
                else if (b is not ((byte)'*' or (byte)' '))
                {
                    release = b;
                }
            }

            Diagnostics.Add(new Diagnostic(Severity.Warning, "edifact.una", $"UNA gives {advice.Length} service characters instead of 6; read as {new EdifactDelimiters(advice[0], advice[1], decimalMark, release, terminator)}", SegmentCount + 1, "UNA", offset));
        }

        if (terminator >= 0x80 || terminator is (byte)' ')
        {
            Diagnostics.Add(new Diagnostic(Severity.Warning, "edifact.una", "UNA names a segment terminator that is not a single character; the apostrophe is used", SegmentCount + 1, "UNA", offset));
            terminator = (byte)'\'';
        }

        Delimiters = new EdifactDelimiters(advice[0], advice[1], decimalMark, release, terminator);
        _unaSeen = true;
        _start += consumed;
    }

    private static int IndexOfNextHeader(ReadOnlySpan<byte> window)
    {
        for (var i = 2; i + 3 <= window.Length; i++)
        {
            if (window[i] == (byte)'U' && window[i + 1] == (byte)'N' && window[i + 2] is (byte)'B' or (byte)'G' or (byte)'H')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Length of the segment at <see cref="_start"/>, reading more as needed; -1 if it was too long and skipped.</summary>
    private int FindTerminator(out bool terminated)
    {
        var terminator = Delimiters.Terminator;
        var release = Delimiters.Release;
        var searched = 0;
        while (true)
        {
            var span = _buffer.AsSpan(_start + searched, _end - _start - searched);
            var found = release is { } r ? span.IndexOfAny(terminator, r) : span.IndexOf(terminator);
            if (found >= 0)
            {
                var at = searched + found;
                if (_buffer[_start + at] == terminator)
                {
                    terminated = true;
                    return at;
                }

                // A release character: the next byte is data, whatever it is.
                if (_start + at + 1 < _end)
                {
                    searched = at + 2;
                    continue;
                }

                searched = at;
            }
            else
            {
                searched = _end - _start;
            }

            if (searched >= MaxSegmentBytes)
            {
                SkipOverlongSegment();
                terminated = false;
                return -1;
            }

            if (!Fill())
            {
                terminated = false;
                return _end - _start;
            }
        }
    }

    private void SkipOverlongSegment()
    {
        var offset = Position;
        SegmentCount++;
        Diagnostics.Add(new Diagnostic(Severity.Error, "edifact.too-long", $"no segment terminator within {MaxSegmentBytes} bytes; skipped to the next terminator", SegmentCount, null, offset));
        while (true)
        {
            var found = _buffer.AsSpan(_start, _end - _start).IndexOf(Delimiters.Terminator);
            if (found >= 0)
            {
                _start += found + 1;
                return;
            }

            _start = _end;
            if (!Fill())
            {
                return;
            }
        }
    }

    /// <summary>Makes at least <paramref name="count"/> bytes available from <see cref="_start"/> if the stream has them.</summary>
    private void Ensure(int count)
    {
        while (_end - _start < count && Fill())
        {
        }
    }

    private bool Fill()
    {
        if (_endOfStream)
        {
            return false;
        }

        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _bufferOffset += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _endOfStream = true;
            return false;
        }

        _end += read;
        return true;
    }

    /// <summary>
    /// Splits a segment into its tag, elements and components. Component by component, a vectorized
    /// search finds the next separator; a component with no release character and no line break in it
    /// is decoded straight from the buffer, and only the others are copied, unescaped, to scratch.
    /// </summary>
    private EdifactSegment Split(ReadOnlySpan<byte> bytes, long offset)
    {
        var d = Delimiters;
        var release = d.Release ?? (byte)0;
        var hasRelease = d.Release is not null;
        if (_specials is null || _specialsFor != d)
        {
            _specialsFor = d;
            _specials = SearchValues.Create(hasRelease ? [d.Element, d.Component, release, (byte)'\r', (byte)'\n'] : [d.Element, d.Component, (byte)'\r', (byte)'\n']);
        }

        _flat.Clear();
        _starts.Clear();
        string? tag = null;
        var elementStart = 0;
        var i = 0;
        while (true)
        {
            var rest = bytes[i..];
            var k = rest.IndexOfAny(_specials);
            if (k < 0)
            {
                k = rest.Length;
            }

            int next;
            if (k == rest.Length || rest[k] == d.Element || rest[k] == d.Component)
            {
                _flat.Add(tag is null && _flat.Count == 0 ? TagText(rest[..k]) : Decode(rest[..k]));
                next = i + k;
            }
            else
            {
                next = Unescape(bytes, i, i + k, d, hasRelease, release, out var length);
                _flat.Add(Decode(_scratch.AsSpan(0, length)));
            }

            if (next < bytes.Length && bytes[next] == d.Component)
            {
                i = next + 1;
                continue;
            }

            // The end of an element: the first is the tag; the others start where the last one ended.
            if (tag is null)
            {
                tag = _flat[0];
                _flat.Clear();
            }
            else
            {
                _starts.Add(elementStart);
            }

            elementStart = _flat.Count;
            if (next >= bytes.Length)
            {
                break;
            }

            i = next + 1;
        }

        // A trailing empty element ("TAG+A+") says nothing; drop it so counts stay meaningful.
        while (_starts.Count > 0 && _flat.Count - _starts[^1] == 1 && _flat[^1].Length == 0)
        {
            _flat.RemoveAt(_flat.Count - 1);
            _starts.RemoveAt(_starts.Count - 1);
        }

        _starts.Add(_flat.Count);
        return new EdifactSegment(tag, [.. _flat], [.. _starts], SegmentCount, offset);
    }

    /// <summary>Copies the component from <paramref name="from"/> to scratch without release characters and line breaks; returns where it ends.</summary>
    private int Unescape(ReadOnlySpan<byte> bytes, int from, int special, EdifactDelimiters d, bool hasRelease, byte release, out int length)
    {
        if (_scratch.Length < bytes.Length)
        {
            _scratch = new byte[Math.Max(bytes.Length, _scratch.Length * 2)];
        }

        bytes[from..special].CopyTo(_scratch);
        length = special - from;
        var j = special;
        for (; j < bytes.Length; j++)
        {
            var b = bytes[j];
            if (b == d.Element || b == d.Component)
            {
                break;
            }

            if (hasRelease && b == release && j + 1 < bytes.Length)
            {
                _scratch[length++] = bytes[++j];
            }
            else if (b is not ((byte)'\r' or (byte)'\n'))
            {
                _scratch[length++] = b;
            }
        }

        return j;
    }

    private string Decode(ReadOnlySpan<byte> bytes)
    {
        // Qualifiers, codes and flags ("FL", "178", "M", "GBR") are most components and repeat in every
        // traveller: short ASCII ones come from a small cache instead of a new string each time.
        if (bytes.Length is > 0 and <= 3 && bytes[0] < 0x80 && bytes[^1] < 0x80 && bytes[bytes.Length / 2] < 0x80)
        {
            var key = (bytes.Length << 24) | (bytes[0] << 16) | (bytes.Length > 1 ? bytes[1] << 8 : 0) | (bytes.Length > 2 ? bytes[2] : 0);
            if (_shortStrings.TryGetValue(key, out var known))
            {
                return known;
            }

            var text = EdifactCharacterSets.Decode(Encoding, bytes, ref _sawInvalidUtf8);
            if (_shortStrings.Count < ShortStringCacheSize)
            {
                _shortStrings[key] = text;
            }

            return text;
        }

        return EdifactCharacterSets.Decode(Encoding, bytes, ref _sawInvalidUtf8);
    }

    private const int ShortStringCacheSize = 4096;

    private readonly Dictionary<int, string> _shortStrings = [];

    /// <summary>The tag, without allocating for the tags PAXLST and PNRGOV use most.</summary>
    private string TagText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 3)
        {
            var known = KnownTag(bytes);
            if (known is not null)
            {
                return known;
            }
        }

        return Decode(bytes).Trim();
    }

    private static string? KnownTag(ReadOnlySpan<byte> b) => (b[0], b[1], b[2]) switch
    {
        ((byte)'U', (byte)'N', (byte)'B') => "UNB",
        ((byte)'U', (byte)'N', (byte)'G') => "UNG",
        ((byte)'U', (byte)'N', (byte)'H') => "UNH",
        ((byte)'U', (byte)'N', (byte)'T') => "UNT",
        ((byte)'U', (byte)'N', (byte)'E') => "UNE",
        ((byte)'U', (byte)'N', (byte)'Z') => "UNZ",
        ((byte)'B', (byte)'G', (byte)'M') => "BGM",
        ((byte)'N', (byte)'A', (byte)'D') => "NAD",
        ((byte)'C', (byte)'O', (byte)'M') => "COM",
        ((byte)'T', (byte)'D', (byte)'T') => "TDT",
        ((byte)'A', (byte)'T', (byte)'T') => "ATT",
        ((byte)'D', (byte)'T', (byte)'M') => "DTM",
        ((byte)'L', (byte)'O', (byte)'C') => "LOC",
        ((byte)'N', (byte)'A', (byte)'T') => "NAT",
        ((byte)'D', (byte)'O', (byte)'C') => "DOC",
        ((byte)'R', (byte)'F', (byte)'F') => "RFF",
        ((byte)'F', (byte)'T', (byte)'X') => "FTX",
        ((byte)'M', (byte)'E', (byte)'A') => "MEA",
        ((byte)'C', (byte)'N', (byte)'T') => "CNT",
        ((byte)'G', (byte)'E', (byte)'I') => "GEI",
        ((byte)'E', (byte)'M', (byte)'P') => "EMP",
        ((byte)'Q', (byte)'T', (byte)'Y') => "QTY",
        ((byte)'T', (byte)'I', (byte)'F') => "TIF",
        ((byte)'S', (byte)'S', (byte)'R') => "SSR",
        ((byte)'T', (byte)'V', (byte)'L') => "TVL",
        ((byte)'P', (byte)'D', (byte)'T') => "PDT",
        _ => null,
    };
}
