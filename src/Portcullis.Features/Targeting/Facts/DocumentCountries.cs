using Portcullis.Domain.Reference;

namespace Portcullis.Features.Targeting.Facts;

/// <summary>
/// The ISO alpha-2 country of a code travel documents and passenger data carry: ISO alpha-3 or
/// alpha-2, and the ICAO Doc 9303 codes that are not ISO (Kosovo* RKS and UNMIK's UNK through the
/// catalogue, Germany's D, the British nationality classes).
/// </summary>
internal static class DocumentCountries
{
    private static readonly Dictionary<string, string> Icao = new(StringComparer.Ordinal)
    {
        ["D"] = "DE",
        ["GBD"] = "GB",
        ["GBN"] = "GB",
        ["GBO"] = "GB",
        ["GBP"] = "GB",
        ["GBS"] = "GB",
    };

    /// <summary>Null for a missing code and for those that name no country (UNO, XXA stateless...).</summary>
    public static string? Alpha2(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var key = code.Trim().ToUpperInvariant();
        return Icao.TryGetValue(key, out var alpha2) ? alpha2 : ReferenceCatalog.Default.FindCountry(key)?.Alpha2;
    }
}
