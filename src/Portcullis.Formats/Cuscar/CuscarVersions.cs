using System.Globalization;

namespace Portcullis.Formats.Cuscar;

/// <summary>Which UNH versions the reader knows: UN directories D95B and later (D95B to D99B, then D00A onwards).</summary>
internal static class CuscarVersions
{
    public static bool IsSupported(string version, string release)
    {
        if (version != "D" || release.Length != 3 || !int.TryParse(release.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        // Two-digit directory years: 95 to 99 are the 1990s, the rest this century.
        return year switch
        {
            95 => release[2] >= 'B',
            > 95 => true,
            _ => year < 90,
        };
    }
}
