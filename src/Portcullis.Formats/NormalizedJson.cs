using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portcullis.Formats;

/// <summary>
/// The conventions every normalized document (passenger data, cargo) is written and read with:
/// camelCase names, absent values left out, enums in kebab case, dates as YYYY-MM-DD, local date-times
/// as YYYY-MM-DDTHH:MM (carriers' times carry no zone). A JSON error becomes a diagnostic with its line.
/// </summary>
public static class NormalizedJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: true);

    public static JsonSerializerOptions CompactOptions { get; } = CreateOptions(indented: false);

    /// <summary>Reads a document; a JSON error, or no document at all, becomes an error diagnostic and null is returned.</summary>
    public static TDocument? Read<TDocument>(Stream stream, List<Diagnostic> diagnostics) where TDocument : class
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        TDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<TDocument>(stream, Options);
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
        }

        return document;
    }

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

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }

    /// <summary>Times local to the port or airport carry no zone: written and read as YYYY-MM-DDTHH:MM.</summary>
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
