namespace Portcullis.Domain.Reference;

/// <summary>
/// Every airport with an IATA code, to tell the country and time zone of the airports passenger data
/// names (ADR 0013). Kept apart from <see cref="ReferenceCatalog"/> because it is derived from an ODbL
/// database: its file keeps its own folder and licence. Immutable; one instance serves the process.
/// </summary>
public sealed class Airports
{
    private static readonly Lazy<Airports> Embedded = new(() => new Airports(ReferenceDataLoader.LoadAirports()));

    private readonly Dictionary<string, Airport> _byIata;

    public Airports(IReadOnlyCollection<Airport> airports)
    {
        _byIata = new Dictionary<string, Airport>(airports.Count, StringComparer.Ordinal);
        foreach (var airport in airports)
        {
            if (!_byIata.TryAdd(airport.Iata, airport))
            {
                throw new InvalidDataException($"airports.csv: {airport.Iata} is listed twice.");
            }
        }
    }

    public static Airports Default => Embedded.Value;

    public int Count => _byIata.Count;

    public IEnumerable<Airport> All => _byIata.Values;

    /// <summary>The airport with this IATA code (any case, surrounding spaces ignored), or null.</summary>
    public Airport? Find(string? iata)
    {
        if (string.IsNullOrWhiteSpace(iata))
        {
            return null;
        }

        var key = iata.Trim();
        return _byIata.GetValueOrDefault(key) ?? _byIata.GetValueOrDefault(key.ToUpperInvariant());
    }

    /// <summary>The ISO alpha-2 country of the airport (TIA gives AL, PRN gives XK), or null for an unknown code.</summary>
    public string? Country(string? iata) => Find(iata)?.Country;
}
