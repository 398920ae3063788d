using Portcullis.Domain.Cargo;
using Portcullis.Domain.Reference;

namespace Portcullis.Features.Cargo;

/// <summary>
/// The country of a place on a cargo route, and whether reference data knows it: UN/LOCODE for sea
/// (the table's country, so Kosovo* places read XK; else the code's first two letters, which is what
/// a LOCODE is), IATA airports for air (the world table, then the programme's own airports).
/// </summary>
public static class CargoPlaces
{
    public static string? CountryOf(string mode, string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        if (mode == CargoModes.Air)
        {
            return Airports.Default.Country(code) ?? ReferenceCatalog.Default.FindAirport(code)?.Jurisdiction.Value;
        }

        return UnLocodes.Default.Find(code)?.Country ?? (code.Length == 5 && char.IsAsciiLetter(code[0]) && char.IsAsciiLetter(code[1]) ? code[..2].ToUpperInvariant() : null);
    }

    /// <summary>A sea place that UN/LOCODE should know (its country is covered) but does not.</summary>
    public static bool IsUnknown(string mode, string? code) =>
        mode == CargoModes.Sea ? UnLocodes.Default.IsUnknownInCoveredCountry(code) : !string.IsNullOrWhiteSpace(code) && CountryOf(mode, code) is null;
}
