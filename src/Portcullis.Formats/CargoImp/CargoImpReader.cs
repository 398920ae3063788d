using System.Text;
using System.Text.RegularExpressions;
using Portcullis.Formats.Cargo;

namespace Portcullis.Formats.CargoImp;

/// <summary>
/// Reads Cargo-IMP text: FWB (air waybill) and FHL (consolidation list) messages, one or several in a
/// file, each starting at its "FWB/16" or "FHL/4" line (Type B address lines before it are skipped).
/// Never throws: what cannot be read becomes a diagnostic placed by line and line identifier, and what
/// could be read is kept. Mapping in docs/formats/air-waybills.md.
/// </summary>
public static partial class CargoImpReader
{
    [GeneratedRegex(@"^(?<type>FWB|FHL)(?:/(?<version>\d{1,3}))?\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Header();

    public static CargoDocument Read(Stream stream)
    {
        var document = new CargoDocument { Format = "FWB" };
        string text;
        try
        {
            // Cargo-IMP is ASCII; anything else decodes to replacement characters rather than failing.
            using var reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            text = reader.ReadToEnd();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException)
        {
            document.Diagnostics.Add(new Diagnostic(Severity.Error, "cargo.imp-unreadable", e.Message));
            return document;
        }

        try
        {
            ReadMessages(text, document);
        }
        catch (RegexMatchTimeoutException e)
        {
            // The patterns are linear; this only guards against a pathological line of megabytes.
            document.Diagnostics.Add(new Diagnostic(Severity.Error, "cargo.imp-unreadable", "a line took too long to read: " + e.Message));
        }

        return document;
    }

    private static void ReadMessages(string text, CargoDocument document)
    {
        var lines = text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None)
            .Select((line, index) => (Number: index + 1, Text: line.TrimEnd()))
            .ToList();

        var starts = lines.Where(l => Header().IsMatch(l.Text.TrimStart())).Select(l => l.Number - 1).ToList();
        if (starts.Count == 0)
        {
            document.Diagnostics.Add(new Diagnostic(Severity.Error, "cargo.imp-no-message", "no FWB or FHL message header (e.g. FWB/16, FHL/4) in the file", Line: 1));
            return;
        }

        for (var i = 0; i < starts.Count; i++)
        {
            var header = Header().Match(lines[starts[i]].Text.TrimStart());
            var end = i + 1 < starts.Count ? starts[i + 1] : lines.Count;
            var message = new CargoMessage { Type = header.Groups["type"].Value };
            if (header.Groups["version"].Success)
            {
                message.Version = header.Groups["version"].Value;
            }

            var body = ImpLine.Split(lines.Skip(starts[i] + 1).Take(end - starts[i] - 1));
            if (message.Type == "FWB")
            {
                FwbReader.Read(body, message);
            }
            else
            {
                FhlReader.Read(body, message);
            }

            document.Messages.Add(message);
        }

        var types = document.Messages.Select(m => m.Type).Distinct(StringComparer.Ordinal).ToList();
        document.Format = types.Count == 1 ? types[0] : "mixed";
    }
}
