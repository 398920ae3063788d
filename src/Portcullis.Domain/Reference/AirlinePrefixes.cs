namespace Portcullis.Domain.Reference;

/// <summary>
/// The AWB prefixes of the cargo carriers seen in the region (<c>Data/airlines/</c>), each confirmed from a
/// public page. Short on purpose: an unknown prefix is "not in this list", not "wrong". Immutable; one
/// instance serves the process.
/// </summary>
public sealed class AirlinePrefixes
{
    private static readonly Lazy<AirlinePrefixes> Embedded = new(() => new AirlinePrefixes(ReferenceDataLoader.LoadAirlinePrefixes()));

    private readonly Dictionary<string, AirlinePrefix> _byPrefix;

    public AirlinePrefixes(IReadOnlyCollection<AirlinePrefix> prefixes)
    {
        _byPrefix = new Dictionary<string, AirlinePrefix>(prefixes.Count, StringComparer.Ordinal);
        foreach (var prefix in prefixes)
        {
            if (!_byPrefix.TryAdd(prefix.Prefix, prefix))
            {
                throw new InvalidDataException($"airline-prefixes.csv: {prefix.Prefix} is listed twice.");
            }
        }
    }

    public static AirlinePrefixes Default => Embedded.Value;

    public IEnumerable<AirlinePrefix> All => _byPrefix.Values;

    /// <summary>The carrier of a prefix, or of a whole AWB number ("020-58717481": its first three digits), or null.</summary>
    public AirlinePrefix? Find(string? prefixOrAwb)
    {
        var key = prefixOrAwb?.Trim();
        return key is { Length: >= 3 } && key[..3].All(char.IsAsciiDigit) ? _byPrefix.GetValueOrDefault(key[..3]) : null;
    }

    public bool IsKnown(string? prefixOrAwb) => Find(prefixOrAwb) is not null;
}
