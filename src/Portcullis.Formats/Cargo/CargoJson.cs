using System.Globalization;
using System.Text.Json;

namespace Portcullis.Formats.Cargo;

/// <summary>
/// The normalized cargo document as JSON (docs/formats/cargo.md), with the conventions of the passenger
/// JSON: camelCase names, dates as YYYY-MM-DD, local date-times as YYYY-MM-DDTHH:MM, absent values left
/// out. The same shape is read back for senders that push JSON.
/// </summary>
public static class CargoJson
{
    /// <summary>The cargo message types, as <see cref="CargoMessage.Type"/> names them.</summary>
    public static IReadOnlyList<string> MessageTypes { get; } = ["CUSCAR", "XFWB", "XFZB", "FWB", "FHL", "CSV"];

    public static JsonSerializerOptions Options => NormalizedJson.Options;

    public static JsonSerializerOptions CompactOptions => NormalizedJson.CompactOptions;

    public static string Write(CargoDocument document) => JsonSerializer.Serialize(document, Options);

    /// <summary>Reads a document; a JSON error becomes a diagnostic with its line and position, and null is returned.</summary>
    public static CargoDocument? Read(Stream stream, List<Diagnostic> diagnostics)
    {
        if (NormalizedJson.Read<CargoDocument>(stream, diagnostics) is not { } document)
        {
            return null;
        }

        for (var index = 0; index < document.Messages.Count; index++)
        {
            var message = document.Messages[index];
            if (!MessageTypes.Contains(message.Type, StringComparer.Ordinal))
            {
                message.Diagnostics.Add(new Diagnostic(Severity.Error, "json.message-type", $"messages[{index.ToString(CultureInfo.InvariantCulture)}].type must be one of {string.Join(", ", MessageTypes)}, not '{message.Type}'"));
            }
        }

        return document;
    }
}
