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
        var options = new JsonSerializerOptions { WriteIndented = true };
        PortcullisWebHost.ConfigureJson(options);
        return options;
    }
}
