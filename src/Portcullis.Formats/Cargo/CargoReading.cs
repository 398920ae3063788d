namespace Portcullis.Formats.Cargo;

/// <summary>
/// A cargo file being read one message at a time (<see cref="CargoDataReader.Stream"/>): enumerate
/// <see cref="Messages"/> once; meanwhile the reading keeps each message's type, so that afterwards
/// <see cref="Format"/> names them ("CUSCAR", or "mixed"), and <see cref="Diagnostics"/> holds the file's
/// own problems (envelopes, counts) followed by every message's.
/// </summary>
public sealed class CargoReading(IEnumerable<CargoMessage> messages, List<Diagnostic> fileDiagnostics)
{
    private readonly List<Diagnostic> _messageDiagnostics = [];
    private readonly HashSet<string> _types = new(StringComparer.Ordinal);

    public int MessageCount { get; private set; }

    public int ConsignmentCount { get; private set; }

    public IEnumerable<CargoMessage> Messages
    {
        get
        {
            foreach (var message in messages)
            {
                MessageCount++;
                ConsignmentCount += message.Consignments.Count;
                _types.Add(message.Type);
                _messageDiagnostics.AddRange(message.Diagnostics);
                yield return message;
            }
        }
    }

    public string Format => _types.Count switch
    {
        0 => "",
        1 => _types.First(),
        _ => "mixed",
    };

    public IReadOnlyList<Diagnostic> Diagnostics => [.. fileDiagnostics, .. _messageDiagnostics];
}
