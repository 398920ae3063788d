namespace Portcullis.Hosting;

/// <summary>
/// <c>WebApplicationFactory&lt;Program&gt;</c> runs <c>Main</c> with its host settings as
/// <c>--key=value</c> arguments (always including the application name) and no verb, then takes
/// the host we build. A person names a verb; nobody types <c>--applicationName=</c>.
/// </summary>
internal static class TestHostArguments
{
    public static bool AreAll(string[] args) =>
        args.Any(a => a.StartsWith("--applicationName=", StringComparison.OrdinalIgnoreCase))
        && args.All(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal));
}
