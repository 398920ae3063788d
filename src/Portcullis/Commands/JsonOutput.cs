using System.Text.Encodings.Web;
using System.Text.Json;
using Portcullis.Hosting;

namespace Portcullis.Commands;

/// <summary>One JSON document per command run, in the same shape as the HTTP API.</summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = Create();

    public static void Write(TextWriter output, object value) => output.WriteLine(JsonSerializer.Serialize(value, Options));

    private static JsonSerializerOptions Create()
    {
        // A terminal is not an HTML page: names in any script are printed as they are, not escaped.
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        PortcullisWebHost.ConfigureJson(options);
        return options;
    }
}
