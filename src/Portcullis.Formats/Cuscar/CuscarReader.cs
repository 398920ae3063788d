using Portcullis.Formats.Cargo;
using Portcullis.Formats.Edifact;

namespace Portcullis.Formats.Cuscar;

/// <summary>
/// Reads a file of UN/EDIFACT CUSCAR sea manifests (D95B and later, BGM 785) into the normalized cargo
/// shape, one message at a time. It never throws on what it is given: what cannot be read becomes a
/// diagnostic placed at its segment, and what could be read is kept. After <see cref="ReadMessages"/>
/// is consumed, <see cref="Diagnostics"/> holds the problems of the file and its envelopes.
/// </summary>
public sealed class CuscarReader(Stream stream, DateOnly receivedOn)
{
    private EdifactReader? _edifact;

    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Bytes read so far, for progress.</summary>
    public long Position => _edifact?.Position ?? 0;

    public IEnumerable<CargoMessage> ReadMessages()
    {
        _edifact = new EdifactReader(stream);
        foreach (var message in _edifact.ReadMessages())
        {
            yield return Convert(message);
        }

        Diagnostics.AddRange(_edifact.Diagnostics);
    }

    /// <summary>Reads the whole file into one document: for tests, the parse command and small files.</summary>
    public static CargoDocument ReadDocument(Stream stream, DateOnly receivedOn)
    {
        var reader = new CuscarReader(stream, receivedOn);
        var messages = reader.ReadMessages().ToList();
        return new CargoDocument { Format = "CUSCAR", Messages = messages, Diagnostics = reader.Diagnostics };
    }

    private CargoMessage Convert(EdifactMessage message)
    {
        var result = new CargoMessage
        {
            Type = message.Type,
            Version = message.Header[1, 1] == "D" ? "D" + message.Header[1, 2] : Empty(message.Version.Trim(':')),
            Reference = Empty(message.Reference),
            Sender = Empty(message.Interchange.Sender),
            Sent = message.Interchange.Prepared,
        };
        var reference = message.Interchange.Prepared is { } sent ? DateOnly.FromDateTime(sent) : receivedOn;
        try
        {
            if (message.Type == "CUSCAR")
            {
                if (!CuscarVersions.IsSupported(message.Header[1, 1], message.Header[1, 2]))
                {
                    result.Diagnostics.Add(message.Header.Problem(Severity.Warning, "cuscar.version", $"version '{message.Version}' is older than D95B or not a UN directory; read as D95B"));
                }

                CuscarParser.Parse(message, result, reference);
            }
            else
            {
                result.Diagnostics.Add(message.Header.Problem(Severity.Error, "message.type", $"message type '{message.Type}' is not a sea cargo manifest (CUSCAR)"));
            }
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or IndexOutOfRangeException or OverflowException)
        {
            // A parser bug must not lose the message: it is kept, with what was read, as an error.
            result.Diagnostics.Add(message.Header.Problem(Severity.Error, "message.unreadable", $"the message could not be read to the end: {e.Message}"));
        }

        // The envelope's own findings (UNT, syntax) are complete once the message is read to its end, and come first.
        message.ReadToEnd();
        result.Diagnostics.InsertRange(0, message.Diagnostics);
        return result;
    }

    private static string? Empty(string text) => text.Length == 0 ? null : text;
}
