namespace Portcullis.Hosting;

/// <summary>
/// <c>WebApplicationFactory&lt;Program&gt;</c> runs <c>Main</c> with its host settings as
/// <c>--key=value</c> arguments and no verb, then takes the host we build. A person always names a
/// verb (or <c>--help</c>), so this shape alone means "under the test host".
/// </summary>
internal static class TestHostArguments
{
    private static readonly string[] HostKeys = ["--applicationName=", "--environment=", "--contentRoot="];

    public static bool AreAll(string[] args) =>
        args.Length > 0
        && args.All(a => HostKeys.Any(key => a.StartsWith(key, StringComparison.OrdinalIgnoreCase)));
}
