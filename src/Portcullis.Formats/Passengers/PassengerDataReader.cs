using Portcullis.Formats.Edifact;
using Portcullis.Formats.Paxlst;
using Portcullis.Formats.Pnrgov;

namespace Portcullis.Formats.Passengers;

/// <summary>
/// Reads a passenger-data file, EDIFACT (PAXLST, PNRGOV) or the normalized JSON, one message at a time:
/// memory stays flat however large the file. After <see cref="ReadMessages"/> is consumed,
/// <see cref="Diagnostics"/> holds the problems of the file and its envelopes.
/// </summary>
public sealed class PassengerDataReader
{
    private readonly Stream _stream;
    private readonly DateOnly _receivedOn;

    /// <param name="receivedOn">The day the file arrived: the reference for two-digit years when the interchange gives no date.</param>
    public PassengerDataReader(Stream stream, DateOnly receivedOn)
    {
        this._stream = stream;
        this._receivedOn = receivedOn;
    }

    public List<Diagnostic> Diagnostics { get; } = [];

    public Interchange? Interchange { get; private set; }

    /// <summary>Bytes read so far, for progress.</summary>
    public long Position => _edifact?.Position ?? 0;

    private EdifactReader? _edifact;

    public IEnumerable<PassengerMessage> ReadMessages()
    {
        if (LooksLikeJson(_stream))
        {
            var document = PassengerJson.Read(_stream, Diagnostics);
            Interchange = document?.Interchange;
            Diagnostics.AddRange(document?.Diagnostics ?? []);
            foreach (var message in document?.Messages ?? [])
            {
                yield return message;
            }

            yield break;
        }

        _edifact = new EdifactReader(_stream);
        foreach (var message in _edifact.ReadMessages())
        {
            Interchange ??= ToInterchange(message.Interchange);
            yield return Convert(message);
        }

        Diagnostics.AddRange(_edifact.Diagnostics);
    }

    /// <summary>Reads the whole file into one document: for tests, the parse command and small files.</summary>
    public static PassengerDocument ReadDocument(Stream stream, DateOnly receivedOn)
    {
        var reader = new PassengerDataReader(stream, receivedOn);
        var messages = reader.ReadMessages().ToList();
        return new PassengerDocument
        {
            Format = FormatOf(messages),
            Interchange = reader.Interchange,
            Messages = messages,
            Diagnostics = reader.Diagnostics,
        };
    }

    public static string FormatOf(IReadOnlyCollection<PassengerMessage> messages)
    {
        var types = messages.Select(m => m.Type).Distinct(StringComparer.Ordinal).ToList();
        return types.Count switch
        {
            0 => "",
            1 => types[0],
            _ => "mixed",
        };
    }

    private PassengerMessage Convert(EdifactMessage message)
    {
        var result = new PassengerMessage
        {
            Type = message.Type,
            Reference = PaxlstParser.NullIfEmpty(message.Reference),
            InterchangeReference = PaxlstParser.NullIfEmpty(message.Interchange.ControlReference),
            Sent = message.Interchange.Prepared,
        };
        var reference = message.Interchange.Prepared is { } sent ? DateOnly.FromDateTime(sent) : _receivedOn;
        try
        {
            switch (message.Type)
            {
                case "PAXLST":
                    result.Version = message.Header[1, 1] == "D" ? "D" + message.Header[1, 2] : message.Version;
                    PaxlstParser.Parse(message, result, reference);
                    break;
                case "PNRGOV":
                    result.Version = message.Header[1, 1] + "." + message.Header[1, 2];
                    result.ListType = "pnrs";
                    PnrgovParser.Parse(message, result, reference);
                    break;
                default:
                    result.Diagnostics.Add(message.Header.Problem(Severity.Error, "message.type", $"message type '{message.Type}' is not passenger data (PAXLST or PNRGOV)"));
                    break;
            }
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or IndexOutOfRangeException or OverflowException)
        {
            // A parser bug must not lose the message: it is kept, with what was read, as an error.
            result.Diagnostics.Add(message.Header.Problem(Severity.Error, "message.unreadable", $"the message could not be read to the end: {e.Message}"));
        }

        // The parsers read the segments as they streamed; the envelope's own findings (UNT, syntax)
        // are complete once the message has been read to its end, and come first.
        message.ReadToEnd();
        result.Diagnostics.InsertRange(0, message.Diagnostics);
        return result;
    }

    private static Interchange? ToInterchange(EdifactInterchange i) =>
        ReferenceEquals(i, EdifactInterchange.Missing) ? null : new Interchange
        {
            Syntax = PaxlstParser.NullIfEmpty(i.SyntaxIdentifier),
            SyntaxVersion = PaxlstParser.NullIfEmpty(i.SyntaxVersion),
            Sender = PaxlstParser.NullIfEmpty(i.Sender),
            Recipient = PaxlstParser.NullIfEmpty(i.Recipient),
            Prepared = i.Prepared,
            Reference = PaxlstParser.NullIfEmpty(i.ControlReference),
        };

    private static bool LooksLikeJson(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return false;
        }

        var start = stream.Position;
        Span<byte> head = stackalloc byte[64];
        var read = stream.Read(head);
        stream.Position = start;
        var text = head[..read].TrimStart(" \r\n\t\uFEFF"u8);
        return text.Length > 0 && text[0] == (byte)'{';
    }
}
