using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portcullis.Formats.Passengers;

/// <summary>
/// The normalized document as JSON (docs/formats/passenger-data.md): camelCase names, dates as
/// YYYY-MM-DD, local date-times as YYYY-MM-DDTHH:MM, absent values left out. The same shape is read
/// back for senders that push JSON.
/// </summary>
public static class PassengerJson
{
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

    public static string Write(PassengerDocument document) => JsonSerializer.Serialize(document, Options);

    /// <summary>Reads a document; a JSON error becomes a diagnostic with its line and position, and null is returned.</summary>
    public static PassengerDocument? Read(Stream stream, List<Diagnostic> diagnostics)
    {
        PassengerDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<PassengerDocument>(stream, Options);
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

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }

    /// <summary>Airline times are local to the airport and carry no zone: written and read as YYYY-MM-DDTHH:MM.</summary>
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
