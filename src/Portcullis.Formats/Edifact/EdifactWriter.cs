using System.Globalization;
using System.Text;

namespace Portcullis.Formats.Edifact;

/// <summary>
/// Writes UN/EDIFACT interchanges with the default service characters (ISO 9735: component ':',
/// element '+', decimal '.', release '?', terminator '''): the UNA service string advice, UNB..UNZ and
/// UNH..UNT with their counts and references kept by the writer, and segments whose data is escaped
/// with the release character. One segment per line, as most senders do.
/// </summary>
/// <example>
/// <code>
/// writer.BeginInterchange("UNOA", "4", "JU", "RSPIU", prepared, "000000001");
/// writer.BeginMessage("1", ["PAXLST", "D", "05B", "UN", "IATA"]);
/// writer.Segment("TDT", "20", "JU170", null, null, "JU");
/// writer.Segment("DTM", EdifactWriter.Composite("189", "2611281040", "201"));
/// writer.EndMessage();
/// writer.EndInterchange();
/// </code>
/// </example>
public sealed class EdifactWriter
{
    private readonly StringBuilder _text;
    private string? _interchangeReference;
    private string? _messageReference;
    private int _messagesInInterchange;
    private int _segmentsInMessage;

    public EdifactWriter(StringBuilder? text = null)
    {
        _text = text ?? new StringBuilder();
    }

    /// <summary>The service string advice of the default delimiters.</summary>
    public const string ServiceStringAdvice = "UNA:+.? '";

    /// <summary>Segments written in the open message so far, UNH included.</summary>
    public int SegmentsInMessage => _segmentsInMessage;

    /// <summary>A composite element: its components, written with ':' between them.</summary>
    public static EdifactComposite Composite(params string?[] components) => new(components);

    /// <summary>Puts the release character before each service character.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("+:'?") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (c is '+' or ':' or '\'' or '?')
            {
                escaped.Append('?');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>Opens an interchange: UNA and UNB (date YYMMDD, time HHMM).</summary>
    public void BeginInterchange(
        string syntaxIdentifier,
        string syntaxVersion,
        string sender,
        string recipient,
        DateTime prepared,
        string controlReference,
        string? applicationReference = null,
        bool withServiceStringAdvice = true)
    {
        if (_interchangeReference is not null)
        {
            throw new InvalidOperationException($"interchange {_interchangeReference} is still open");
        }

        if (withServiceStringAdvice)
        {
            _text.Append(ServiceStringAdvice).Append('\n');
        }

        _interchangeReference = controlReference;
        _messagesInInterchange = 0;
        WriteSegment("UNB",
        [
            Composite(syntaxIdentifier, syntaxVersion),
            sender,
            recipient,
            Composite(
                prepared.ToString("yyMMdd", CultureInfo.InvariantCulture),
                prepared.ToString("HHmm", CultureInfo.InvariantCulture)),
            controlReference,
            null,
            applicationReference,
        ]);
    }

    /// <summary>Opens a message: UNH with its reference, identifier (type:version:release:agency:association) and common access reference.</summary>
    public void BeginMessage(string reference, IReadOnlyList<string> messageIdentifier, string? commonAccessReference = null)
    {
        if (_interchangeReference is null)
        {
            throw new InvalidOperationException("a message needs an interchange (UNB) first");
        }

        if (_messageReference is not null)
        {
            throw new InvalidOperationException($"message {_messageReference} is still open");
        }

        _messageReference = reference;
        _segmentsInMessage = 0;
        _messagesInInterchange++;
        WriteSegment("UNH", [reference, new EdifactComposite(messageIdentifier.ToArray<string?>()), commonAccessReference]);
    }

    /// <summary>
    /// One segment inside a message. Each element is a string (a simple element), a composite (see
    /// <see cref="Composite"/>) or null (empty). Trailing empty elements and components are left out.
    /// </summary>
    public void Segment(string tag, params object?[] elements)
    {
        if (_messageReference is null)
        {
            throw new InvalidOperationException($"segment {tag} outside a message (no UNH)");
        }

        WriteSegment(tag, elements);
    }

    /// <summary>Closes the message: UNT with the number of its segments, UNH and UNT included.</summary>
    public void EndMessage()
    {
        if (_messageReference is null)
        {
            throw new InvalidOperationException("no message is open");
        }

        var count = _segmentsInMessage + 1;
        WriteSegment("UNT", [count.ToString(CultureInfo.InvariantCulture), _messageReference]);
        _messageReference = null;
    }

    /// <summary>Closes the interchange: UNZ with the number of its messages.</summary>
    public void EndInterchange()
    {
        if (_messageReference is not null)
        {
            throw new InvalidOperationException($"message {_messageReference} is still open");
        }

        if (_interchangeReference is null)
        {
            throw new InvalidOperationException("no interchange is open");
        }

        WriteSegment("UNZ", [_messagesInInterchange.ToString(CultureInfo.InvariantCulture), _interchangeReference]);
        _interchangeReference = null;
    }

    public override string ToString() => _text.ToString();

    /// <summary>The interchange as UTF-8 (plain ASCII when the data is).</summary>
    public byte[] ToBytes() => Encoding.UTF8.GetBytes(_text.ToString());

    private void WriteSegment(string tag, object?[] elements)
    {
        var last = elements.Length - 1;
        while (last >= 0 && IsEmpty(elements[last]))
        {
            last--;
        }

        _text.Append(tag);
        for (var i = 0; i <= last; i++)
        {
            _text.Append('+');
            switch (elements[i])
            {
                case null:
                    break;
                case string simple:
                    _text.Append(Escape(simple));
                    break;
                case EdifactComposite { Components: var components }:
                    var lastComponent = components.Length - 1;
                    while (lastComponent >= 0 && string.IsNullOrEmpty(components[lastComponent]))
                    {
                        lastComponent--;
                    }

                    for (var c = 0; c <= lastComponent; c++)
                    {
                        if (c > 0)
                        {
                            _text.Append(':');
                        }

                        _text.Append(Escape(components[c] ?? ""));
                    }

                    break;
                default:
                    throw new ArgumentException($"segment {tag}: element {i + 1} is neither text nor a composite", nameof(elements));
            }
        }

        _text.Append('\'').Append('\n');
        if (_messageReference is not null)
        {
            _segmentsInMessage++;
        }
    }

    private static bool IsEmpty(object? element) => element switch
    {
        null => true,
        string s => s.Length == 0,
        EdifactComposite composite => composite.Components.All(string.IsNullOrEmpty),
        _ => false,
    };
}

/// <summary>A composite data element for <see cref="EdifactWriter.Segment"/>: its components in order, null for empty.</summary>
public readonly record struct EdifactComposite(string?[] Components);
