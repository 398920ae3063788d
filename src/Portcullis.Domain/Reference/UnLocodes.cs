namespace Portcullis.Domain.Reference;

/// <summary>
/// The ports and airports of UN/LOCODE in the region and its neighbours (AL, BA, ME, MK, RS with the
/// Kosovo* places, HR, GR, BG, IT: <c>Data/unlocode/</c>, ADR 0015), to tell whether a manifest's port
/// codes exist. Places elsewhere in the world are not listed: an unknown code is "not in this table",
/// not "wrong", unless its country is one of <see cref="CoveredCountries"/>. Immutable; one instance
/// serves the process.
/// </summary>
public sealed class UnLocodes
{
    private static readonly Lazy<UnLocodes> Embedded = new(() => new UnLocodes(ReferenceDataLoader.LoadUnLocodes()));

    private readonly Dictionary<string, UnLocodePlace> _byCode;

    public UnLocodes(IReadOnlyCollection<UnLocodePlace> places)
    {
        _byCode = new Dictionary<string, UnLocodePlace>(places.Count, StringComparer.Ordinal);
        foreach (var place in places)
        {
            if (!_byCode.TryAdd(place.Code, place))
            {
                throw new InvalidDataException($"unlocodes.csv: {place.Code} is listed twice.");
            }
        }
    }

    public static UnLocodes Default => Embedded.Value;

    /// <summary>The UN/LOCODE country prefixes whose ports and airports are all listed.</summary>
    public static IReadOnlySet<string> CoveredCountries { get; } =
        new HashSet<string>(["AL", "BA", "ME", "MK", "RS", "HR", "GR", "BG", "IT"], StringComparer.Ordinal);

    public int Count => _byCode.Count;

    public IEnumerable<UnLocodePlace> All => _byCode.Values;

    /// <summary>The place with this code (any case; spaces, as in "AL DRZ", ignored), or null.</summary>
    public UnLocodePlace? Find(string? code) => Normalize(code) is { } key ? _byCode.GetValueOrDefault(key) : null;

    public bool IsKnown(string? code) => Find(code) is not null;

    /// <summary>
    /// True when the code's country is covered by this table and the code is not in it: a port or airport
    /// code that does not exist (or a place that is neither). False for places outside the covered countries.
    /// </summary>
    public bool IsUnknownInCoveredCountry(string? code) =>
        Normalize(code) is { } key && CoveredCountries.Contains(key[..2]) && !_byCode.ContainsKey(key);

    private static string? Normalize(string? code)
    {
        if (code is null)
        {
            return null;
        }

        var key = code.Replace(" ", string.Empty, StringComparison.Ordinal).Trim().ToUpperInvariant();
        return key.Length == 5 ? key : null;
    }
}
