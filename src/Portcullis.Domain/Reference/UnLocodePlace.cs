namespace Portcullis.Domain.Reference;

/// <summary>A place in UN/LOCODE, as far as cargo validation needs it.</summary>
/// <param name="Code">Five characters: the country's two letters and three for the place (ALDRZ).</param>
/// <param name="Name">The name without diacritics, as UN/LOCODE gives it (Durres).</param>
/// <param name="Country">ISO 3166-1 alpha-2 of where it lies: XK for the Kosovo* places UN/LOCODE lists under RS.</param>
/// <param name="Subdivision">The ISO 3166-2 subdivision code as UN/LOCODE gives it, or null.</param>
/// <param name="Functions">Port, airport and the other functions of the classifier.</param>
/// <param name="Status">UN/LOCODE status indicator (AI, RL, RQ...).</param>
/// <param name="Iata">The IATA code when it differs from the place code, or null.</param>
public sealed record UnLocodePlace(
    string Code,
    string Name,
    string Country,
    string? Subdivision,
    UnLocodeFunctions Functions,
    string Status,
    string? Iata)
{
    public bool IsPort => Functions.HasFlag(UnLocodeFunctions.Port);

    public bool IsAirport => Functions.HasFlag(UnLocodeFunctions.Airport);
}
