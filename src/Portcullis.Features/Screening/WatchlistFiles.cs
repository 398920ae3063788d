using Portcullis.Formats.Watchlists;

namespace Portcullis.Features.Screening;

/// <summary>
/// Reads a list file from disk, whatever its format. An OFAC <c>sdn.csv</c> is read with the
/// <c>alt.csv</c> (aliases) and <c>add.csv</c> (addresses) that lie beside it under the same stem.
/// </summary>
public static class WatchlistFiles
{
    /// <summary>Reads the file; throws <see cref="FileNotFoundException"/> when it is missing.</summary>
    public static WatchlistDocument Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file", path);
        }

        var name = Path.GetFileName(path);
        if (name.EndsWith("sdn.csv", StringComparison.OrdinalIgnoreCase))
        {
            var stem = path[..^"sdn.csv".Length];
            using var sdn = File.OpenRead(path);
            using var alt = OpenIfExists(stem + "alt.csv");
            using var add = OpenIfExists(stem + "add.csv");
            return OfacSdnReader.Read(sdn, alt, add);
        }

        using var stream = File.OpenRead(path);
        return WatchlistReader.Read(name, stream);
    }

    private static FileStream? OpenIfExists(string path) => File.Exists(path) ? File.OpenRead(path) : null;
}
