namespace Portcullis.Domain.Reference;

/// <summary>
/// The reference data Portcullis ships with, indexed for lookup. Immutable; one instance serves the
/// whole process (<see cref="Default"/>).
/// </summary>
public sealed class ReferenceCatalog
{
    private static readonly Lazy<ReferenceCatalog> Embedded = new(ReferenceDataLoader.LoadEmbedded);

    private readonly Dictionary<string, Country> _countriesByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<JurisdictionCode, Jurisdiction> _jurisdictions;
    private readonly Dictionary<string, Jurisdiction> _jurisdictionsByThreeLetterCode = new(StringComparer.Ordinal);
    private readonly HashSet<string> _kosovoPlaces;
    private readonly Dictionary<string, Location> _locations;
    private readonly Dictionary<string, Agency> _agencies;
    private readonly Dictionary<UnitCode, Unit> _units;

    public ReferenceCatalog(
        IReadOnlyList<Country> countries,
        IReadOnlyList<Jurisdiction> jurisdictions,
        IReadOnlyList<Location> locations,
        IReadOnlyCollection<string> kosovoUnLocodes,
        IReadOnlyList<Agency> agencies,
        IReadOnlyList<Unit> units)
    {
        Countries = countries;
        Jurisdictions = jurisdictions;
        Locations = locations;
        Agencies = agencies;
        Units = units;

        foreach (var country in countries)
        {
            _countriesByCode.Add(country.Alpha2, country);
            _countriesByCode.Add(country.Alpha3, country);
        }

        _jurisdictions = jurisdictions.ToDictionary(j => j.Code);
        foreach (var jurisdiction in jurisdictions)
        {
            _jurisdictionsByThreeLetterCode.Add(jurisdiction.Alpha3, jurisdiction);
            foreach (var documentCode in jurisdiction.DocumentCodes)
            {
                _jurisdictionsByThreeLetterCode.TryAdd(documentCode, jurisdiction);
            }
        }

        _kosovoPlaces = new HashSet<string>(kosovoUnLocodes, StringComparer.Ordinal);
        _locations = locations.ToDictionary(l => l.Code, StringComparer.Ordinal);
        _agencies = agencies.ToDictionary(a => a.Code, StringComparer.Ordinal);
        _units = units.ToDictionary(u => u.Code);
        CheckConsistency();
    }

    public static ReferenceCatalog Default => Embedded.Value;

    public IReadOnlyList<Country> Countries { get; }

    public IReadOnlyList<Jurisdiction> Jurisdictions { get; }

    public IReadOnlyList<Location> Locations { get; }

    public IReadOnlyList<Agency> Agencies { get; }

    public IReadOnlyList<Unit> Units { get; }

    public Jurisdiction Jurisdiction(JurisdictionCode code) =>
        _jurisdictions.TryGetValue(code, out var jurisdiction)
            ? jurisdiction
            : throw new KeyNotFoundException($"{code} is not a jurisdiction of the programme.");

    public Unit? FindUnit(UnitCode code) => _units.GetValueOrDefault(code);

    public Location? FindLocation(string code) => _locations.GetValueOrDefault(code);

    /// <summary>The programme's airport with this IATA code (TIA, PRN, BEG...), if it is one.</summary>
    public Location? FindAirport(string? iata) =>
        iata is null ? null : Locations.FirstOrDefault(l => l.Kind == LocationKind.Airport && string.Equals(l.Iata, iata, StringComparison.Ordinal));

    public Agency? FindAgency(string code) => _agencies.GetValueOrDefault(code);

    /// <summary>Countries whose name contains the text, or whose alpha-2 or alpha-3 code is the text; all for an empty text.</summary>
    public IReadOnlyList<Country> SearchCountries(string? text)
    {
        var search = text?.Trim() ?? string.Empty;
        return search.Length == 0
            ? Countries
            : Countries.Where(c => c.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
                || string.Equals(c.Alpha2, search, StringComparison.OrdinalIgnoreCase)
                || string.Equals(c.Alpha3, search, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    /// <summary>An ISO 3166-1 alpha-2 or alpha-3 code, or a travel-document code (RKS, UNK) to its country.</summary>
    public Country? FindCountry(string code)
    {
        var key = Normalize(code);
        if (_countriesByCode.TryGetValue(key, out var country))
        {
            return country;
        }

        return _jurisdictionsByThreeLetterCode.TryGetValue(key, out var jurisdiction)
            ? _countriesByCode.GetValueOrDefault(jurisdiction.Code.Value)
            : null;
    }

    /// <summary>
    /// Maps any code a message may carry to the programme jurisdiction it belongs to, or null for a
    /// place outside the programme: ISO alpha-2 (XK) and alpha-3 (XKX), ICAO document codes (RKS,
    /// UNK), and UN/LOCODE (with or without the space after the country), where the places in
    /// Kosovo* that UN/LOCODE lists under RS resolve to Kosovo*, not Serbia.
    /// </summary>
    public Jurisdiction? ResolveJurisdiction(string code)
    {
        var key = Normalize(code);
        switch (key.Length)
        {
            case 2:
                return JurisdictionCode.TryParse(key, out var alpha2) ? _jurisdictions.GetValueOrDefault(alpha2) : null;
            case 3:
                return _jurisdictionsByThreeLetterCode.GetValueOrDefault(key);
            case 5:
                if (_kosovoPlaces.Contains(key))
                {
                    return _jurisdictions.GetValueOrDefault(new JurisdictionCode("XK"));
                }

                return JurisdictionCode.TryParse(key[..2], out var country) ? _jurisdictions.GetValueOrDefault(country) : null;
            default:
                return null;
        }
    }

    private static string Normalize(string code) => code.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    private void CheckConsistency()
    {
        foreach (var location in Locations)
        {
            var resolved = ResolveJurisdiction(location.UnLocode)?.Code;
            if (resolved != location.Jurisdiction)
            {
                throw new InvalidDataException(
                    $"locations.csv: {location.Code} is in {location.Jurisdiction} but its UN/LOCODE {location.UnLocode} resolves to {resolved?.ToString() ?? "no jurisdiction"}.");
            }
        }

        foreach (var unit in Units)
        {
            var location = FindLocation(unit.LocationCode)
                ?? throw new InvalidDataException($"units.csv: {unit.Code} is at unknown location {unit.LocationCode}.");
            if (location.Jurisdiction != unit.Jurisdiction)
            {
                throw new InvalidDataException($"units.csv: {unit.Code} is coded {unit.Jurisdiction} but located in {location.Jurisdiction}.");
            }

            foreach (var agencyCode in unit.AgencyCodes)
            {
                var agency = FindAgency(agencyCode)
                    ?? throw new InvalidDataException($"units.csv: {unit.Code} names unknown agency {agencyCode}.");
                if (agency.Jurisdiction != unit.Jurisdiction)
                {
                    throw new InvalidDataException($"units.csv: {unit.Code} names {agencyCode} of another jurisdiction.");
                }
            }
        }
    }
}
