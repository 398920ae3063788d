using System.Collections.Frozen;

namespace Portcullis.Profiles.Compiling;

/// <summary>
/// The values of <c>in [...]</c> or of a named list, looked up ignoring case (ordinal). Lists are mostly
/// short codes (countries, airports, payment types), and a <see cref="FrozenSet{T}"/> spends about
/// 18 ns per lookup on them: it hashes every character case-insensitively and its buckets branch
/// unpredictably. Here a text of up to seven ASCII characters becomes one number (its length and its
/// characters in upper case), compared with the values' numbers without a branch: 4 to 6 ns. A longer
/// text is compared with the few values of its length, if there are few; otherwise, and for any text
/// outside ASCII, the frozen set answers. The answer is always the frozen set's. Public only because
/// compiled expression trees call it.
/// </summary>
public sealed class TextSet
{
    private const int MostPacked = 7;

    private const int MostByLength = 4;

    private readonly ulong[] _packed;
    private readonly bool _packedAreAll;
    private readonly FrozenSet<string> _all;
    private readonly string[][]? _byLength;

    public TextSet(IEnumerable<string> values)
    {
        _all = values.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var packed = new List<ulong>();
        foreach (var value in _all)
        {
            if (TryPack(value, out var key))
            {
                packed.Add(key);
            }
        }
        _packed = [.. packed];
        _packedAreAll = packed.Count == _all.Count;
        // Texts equal ignoring case have the same length, so a few values of each length are simply
        // compared (e-mail domains: no hash of the whole text, no bucket to miss).
        var lengths = _all.GroupBy(v => v.Length).ToList();
        if (lengths.All(g => g.Count() <= MostByLength))
        {
            _byLength = new string[lengths.Select(g => g.Key).DefaultIfEmpty(-1).Max() + 1][];
            Array.Fill(_byLength, []);
            foreach (var group in lengths)
            {
                _byLength[group.Key] = [.. group];
            }
        }
    }

    /// <summary>The values, as given (for explanations and tests).</summary>
    public IReadOnlySet<string> Values => _all;

    public bool Contains(string value)
    {
        if (TryPack(value, out var key))
        {
            var found = false;
            foreach (var packed in _packed)
            {
                found |= packed == key;
            }
            // Two ASCII texts are equal ignoring case exactly when their upper-case packings are; only a
            // value outside ASCII could still equal a short ASCII text, so ask the frozen set about those.
            return found || (!_packedAreAll && Lookup(value));
        }
        return Lookup(value);
    }

    private bool Lookup(string value)
    {
        if (_byLength is null)
        {
            return _all.Contains(value);
        }
        if (value.Length >= _byLength.Length)
        {
            return false;
        }
        foreach (var candidate in _byLength[value.Length])
        {
            if (string.Equals(value, candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The length in the low byte, then each character in upper case in a byte of its own: equal
    /// numbers for exactly the ASCII texts that are equal ignoring case. False for anything else.
    /// </summary>
    private static bool TryPack(string text, out ulong key)
    {
        key = (ulong)text.Length;
        if (text.Length > MostPacked)
        {
            return false;
        }
        for (var i = 0; i < text.Length; i++)
        {
            uint c = text[i];
            if (c >= 0x80)
            {
                return false;
            }
            if (c - 'a' <= 'z' - 'a')
            {
                c -= 'a' - 'A';
            }
            key |= (ulong)c << (8 * (i + 1));
        }
        return true;
    }
}
