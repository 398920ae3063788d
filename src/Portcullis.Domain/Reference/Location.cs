namespace Portcullis.Domain.Reference;

/// <summary>A border crossing point where a unit works: a port, a terminal or an airport.</summary>
/// <param name="Code">A stable slug (<c>belgrade-airport</c>): UN/LOCODE alone cannot tell Belgrade's river port from its airport.</param>
/// <param name="UnLocode">Five characters; Kosovo* places keep the RS prefix UN/LOCODE gives them.</param>
/// <param name="TimeZone">IANA time zone, for the local times that messages carry.</param>
public sealed record Location(
    string Code,
    LocationKind Kind,
    string Name,
    string LocalName,
    JurisdictionCode Jurisdiction,
    string UnLocode,
    string? Iata,
    string? Icao,
    string TimeZone);
