using System.Text.Json;
using Portcullis.Formats.Passengers;

namespace Portcullis.Formats.Tests;

/// <summary>The GTAS sample messages and GTAS's own parse of each (Samples/Gtas, under LICENSE-GTAS.txt).</summary>
internal static class GtasSamples
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Samples", "Gtas");

    /// <summary>The reference day for files without one; the samples all carry their own UNB date.</summary>
    public static DateOnly ReceivedOn { get; } = new(2024, 6, 1);

    public static IEnumerable<string> MessageFiles() =>
        Directory.EnumerateFiles(Path.Combine(Folder, "messages")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static TheoryData<string> AllMessages() => [.. MessageFiles()];

    public static TheoryData<string> WithKind(string kindPrefix)
    {
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "golden-index.json")));
        return [.. index.RootElement.EnumerateObject()
            .Where(p => p.Value.GetProperty("kind").GetString()!.StartsWith(kindPrefix, StringComparison.Ordinal))
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal)];
    }

    public static byte[] Bytes(string file) => File.ReadAllBytes(Path.Combine(Folder, "messages", file));

    public static PassengerDocument Parse(string file)
    {
        using var stream = new MemoryStream(Bytes(file));
        return PassengerDataReader.ReadDocument(stream, ReceivedOn);
    }

    /// <summary>GTAS's parse: the "vo" of each message it parsed.</summary>
    public static List<JsonElement> Golden(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file) + ".gtas-golden.json";
        using var golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "golden", name)));
        return [.. golden.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("status").GetString() == "PARSED")
            .Select(m => m.GetProperty("vo").Clone())];
    }

    public static string? Text(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>GTAS writes local times as if UTC ("2007-04-29T12:30:00.000+00:00"): the local part is what was sent.</summary>
    public static string? LocalMinutes(this JsonElement element, string property) => element.Text(property)?[..16];

    public static string? Day(this JsonElement element, string property) => element.Text(property)?[..10];
}
