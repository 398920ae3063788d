using Portcullis.Matching.Screening;

namespace Portcullis.Features.Screening.Bench;

/// <summary>
/// GTAS's approach to name screening, for comparison: every query is compared with every name of every
/// entry (Jaro-Winkler on <see cref="GtasNameForm"/>), and a name scoring at least the threshold is a
/// hit. The list's names are put in that form once, as GTAS keeps them; nothing prunes the scan.
/// </summary>
public sealed class BruteForceJaroWinklerScreener
{
    /// <summary>GTAS's default threshold.</summary>
    public const double DefaultThreshold = 0.95;

    private readonly string[] _names;
    private readonly string[] _entryKeys;
    private readonly double _threshold;

    public BruteForceJaroWinklerScreener(IReadOnlyList<ScreeningEntry> entries, double threshold = DefaultThreshold)
    {
        // All the names Portcullis indexes, weak aliases included, so that both scan the same list.
        var names = entries.SelectMany(e => e.Names.Concat(e.WeakAliases).Select(n => (Key: EntryKey.Of(e), Form: GtasNameForm.Of(n)))).ToList();
        _names = [.. names.Select(n => n.Form)];
        _entryKeys = [.. names.Select(n => n.Key)];
        _threshold = threshold;
    }

    public int NameCount => _names.Length;

    /// <summary>The keys of the entries with a name at or above the threshold.</summary>
    public IReadOnlyCollection<string> HitKeys(string name)
    {
        var query = GtasNameForm.Of(name);
        var hits = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _names.Length; i++)
        {
            if (JaroWinkler.Similarity(query, _names[i]) >= _threshold)
            {
                hits.Add(_entryKeys[i]);
            }
        }

        return hits;
    }
}
