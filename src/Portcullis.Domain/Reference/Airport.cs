namespace Portcullis.Domain.Reference;

/// <summary>An airport anywhere in the world, as far as targeting needs it.</summary>
/// <param name="Iata">The three-letter IATA code.</param>
/// <param name="Country">ISO 3166-1 alpha-2 (XK for Kosovo*).</param>
/// <param name="TimeZone">IANA time zone, or null where the source gives none.</param>
public sealed record Airport(string Iata, string Country, string? TimeZone);
