using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portcullis.Formats.Cargo;

/// <summary>
/// The normalized cargo document as JSON (docs/formats/cargo.md), with the conventions of the passenger
/// JSON: camelCase names, dates as YYYY-MM-DD, local date-times as YYYY-MM-DDTHH:MM, absent values left
/// out. The same shape is read back for senders that push JSON.
/// </summary>
public static class CargoJson
{
    private static readonly string[] MessageTypes = ["CUSCAR", "XFWB", "XFZB", "FWB", "FHL", "CSV"];

    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: true);

    public static JsonSerializerOptions CompactOptions { get; } = CreateOptions(indented: false);

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = indented,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
        };
        options.Converters.Add(new LocalDateTimeConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static string Write(CargoDocument document) => JsonSerializer.Serialize(document, Options);

    /// <summary>Reads a document; a JSON error becomes a diagnostic with its line and position, and null is returned.</summary>
    public static CargoDocument? Read(Stream stream, List<Diagnostic> diagnostics)
    {
        CargoDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<CargoDocument>(stream, Options);
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            diagnostics.Add(new Diagnostic(Severity.Error, "json.invalid", $"line {line.ToString(CultureInfo.InvariantCulture)}, byte {column.ToString(CultureInfo.InvariantCulture)}: {FirstSentence(e.Message)}"));
            return null;
        }

        if (document is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, "json.invalid", "the JSON holds no document"));
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

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }

    /// <summary>Port times are local to the port and carry no zone: written and read as YYYY-MM-DDTHH:MM.</summary>
    private sealed class LocalDateTimeConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString() ?? "";
            string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"];
            return DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
                ? value
                : throw new JsonException($"'{text}' is not a local date-time (YYYY-MM-DDTHH:MM)");
        }

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
    }
}
