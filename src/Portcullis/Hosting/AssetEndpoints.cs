using System.Collections.Frozen;
using System.Security.Cryptography;

namespace Portcullis.Hosting;

/// <summary>
/// Serves the style sheet, icon and scripts embedded in the assembly at <c>/assets/{name}</c>. Each URL
/// carries a hash of the content (<see cref="Url"/>), so browsers may cache it for a year and a new
/// release is still picked up at once.
/// </summary>
public static class AssetEndpoints
{
    private const string Prefix = "Portcullis.Assets.";

    private static readonly FrozenDictionary<string, Asset> Assets = Load();

    /// <summary>The versioned URL of an asset, for pages.</summary>
    public static string Url(string name) =>
        Assets.TryGetValue(name, out var asset) ? $"/assets/{name}?v={asset.Version}" : throw new KeyNotFoundException(name);

    public static void MapAssets(this IEndpointRouteBuilder app) =>
        app.MapGet("/assets/{name}", (string name, HttpContext context) =>
        {
            if (!Assets.TryGetValue(name, out var asset))
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Bytes(asset.Content, asset.ContentType, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{asset.Version}\""));
        }).AllowAnonymous().ExcludeFromDescription();

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(AssetEndpoints).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var content = buffer.ToArray();
            var name = resource[Prefix.Length..];
            var version = Convert.ToHexStringLower(SHA256.HashData(content))[..12];
            assets[name] = new Asset(content, ContentTypeOf(name), version);
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".js" => "text/javascript; charset=utf-8",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };

    private sealed record Asset(byte[] Content, string ContentType, string Version);
}
