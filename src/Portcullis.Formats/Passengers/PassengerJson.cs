using System.Text.Json;

namespace Portcullis.Formats.Passengers;

/// <summary>
/// The normalized document as JSON (docs/formats/passenger-data.md): camelCase names, dates as
/// YYYY-MM-DD, local date-times as YYYY-MM-DDTHH:MM, absent values left out. The same shape is read
/// back for senders that push JSON.
/// </summary>
public static class PassengerJson
{
    public static JsonSerializerOptions Options => NormalizedJson.Options;

    public static JsonSerializerOptions CompactOptions => NormalizedJson.CompactOptions;

    public static string Write(PassengerDocument document) => JsonSerializer.Serialize(document, Options);

    /// <summary>Reads a document; a JSON error becomes a diagnostic with its line and position, and null is returned.</summary>
    public static PassengerDocument? Read(Stream stream, List<Diagnostic> diagnostics)
    {
        if (NormalizedJson.Read<PassengerDocument>(stream, diagnostics) is not { } document)
        {
            return null;
        }

        var index = 0;
        foreach (var message in document.Messages)
        {
            index++;
            if (message.Type is not ("PAXLST" or "PNRGOV"))
            {
                message.Diagnostics.Add(new Diagnostic(Severity.Error, "json.message-type", $"messages[{index - 1}].type must be PAXLST or PNRGOV, not '{message.Type}'"));
            }

            if (message.Type == "PAXLST" && message.Flight is null)
            {
                message.Diagnostics.Add(new Diagnostic(Severity.Error, "paxlst.no-flight", $"messages[{index - 1}] names no flight"));
            }
        }

        return document;
    }
}
