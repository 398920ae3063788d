using System.Text;

namespace Portcullis.Matching.Names;

/// <summary>
/// A key under which the spellings of one name part in the region's conventions and the usual
/// romanisations coincide. Input is a folded token (lower-case ASCII). The rules, applied left to right:
/// Albanian xh and Slavic dž (folded to dz) meet at "dz"; Serbian đ/dj, Macedonian ѓ/ǵ/gj and
/// Albanian gj are one sound and meet at "d" (Gjakova is Đakovica), as do the MRZ's DJ and bare D;
/// Macedonian ќ/ḱ/kj meets Serbian ć at "c"; lj and nj keep their glide as "li", "ni" so that Russian "Lyubov"
/// and Serbian "Ljubov" agree; German sch is s; the digraphs kh, ph, th, sh, zh, ch, tch, ts, tz, cz, sz, ck lose their
/// second letter; w is v; y and j are i; q is k; x is ks; ou and oo are u; ee is i; doubled letters are
/// single. Vowels stay: the scorer compares keys by edit distance, and the consonant skeleton
/// (<see cref="Skeleton"/>) is where vowels are dropped.
/// </summary>
public static class PhoneticKey
{
    // Names repeat: the key of a spelling already seen is remembered. Bounded, so that a flood of
    // unique strings cannot grow it without limit.
    private const int CacheLimit = 400_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Keys = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Skeletons = new(StringComparer.Ordinal);

    // Counted apart: ConcurrentDictionary.Count takes every lock of the table.
    private static int _cached;

    /// <summary>The key of one folded token.</summary>
    public static string Of(string token)
    {
        if (Keys.TryGetValue(token, out var cached))
        {
            return cached;
        }

        var key = Compute(token);
        if (Volatile.Read(ref _cached) < CacheLimit && Keys.TryAdd(token, key))
        {
            Interlocked.Increment(ref _cached);
        }

        return key;
    }

    private static string Compute(string token)
    {
        var builder = new StringBuilder(token.Length);
        var i = 0;
        while (i < token.Length)
        {
            var c = token[i];
            var next = i + 1 < token.Length ? token[i + 1] : '\0';
            var afterNext = i + 2 < token.Length ? token[i + 2] : '\0';
            string emit;
            var consumed = 1;
            switch (c)
            {
                case 'x' when next == 'h':
                    emit = "dz"; consumed = 2; break;
                case 'd' when next == 'z' && afterNext == 'h':
                    emit = "dz"; consumed = 3; break;
                case 'd' or 'g' when next == 'j':
                    emit = "d"; consumed = 2; break;
                case 'k' when next == 'j':
                    emit = "c"; consumed = 2; break;
                case 'l' or 'n' when next == 'j':
                    emit = c == 'l' ? "li" : "ni"; consumed = 2; break;
                case 's' when next == 'c' && afterNext == 'h':
                    emit = "s"; consumed = 3; break;
                case 't' when next == 'c' && afterNext == 'h':
                    emit = "c"; consumed = 3; break;
                case 'k' or 'p' or 't' or 's' or 'z' or 'c' when next == 'h':
                    emit = c switch { 'k' => "h", 'p' => "f", _ => c.ToString() }; consumed = 2; break;
                case 't' when next is 's' or 'z':
                    emit = "c"; consumed = 2; break;
                case 'c' when next is 'z' or 'k':
                    emit = next == 'k' ? "k" : "c"; consumed = 2; break;
                case 's' when next == 'z':
                    emit = "s"; consumed = 2; break;
                case 'o' when next is 'u' or 'o':
                    emit = "u"; consumed = 2; break;
                case 'e' when next == 'e':
                    emit = "i"; consumed = 2; break;
                case 'w':
                    emit = "v"; break;
                case 'y' or 'j':
                    emit = "i"; break;
                case 'q':
                    emit = "k"; break;
                case 'x':
                    emit = "ks"; break;
                default:
                    emit = c.ToString(); break;
            }

            foreach (var e in emit)
            {
                if (builder.Length == 0 || builder[^1] != e)
                {
                    builder.Append(e);
                }
            }

            i += consumed;
        }

        return builder.Length == token.Length && builder.Equals(token) ? token : builder.ToString();
    }

    /// <summary>
    /// The consonant skeleton of a key: its first letter, then its consonants without repeats. Arabic
    /// script writes no short vowels, so "Muhammad", "Mohamed" and محمد all give "mhmd".
    /// </summary>
    public static string Skeleton(string key)
    {
        if (Skeletons.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var skeleton = ComputeSkeleton(key);
        if (Volatile.Read(ref _cached) < CacheLimit && Skeletons.TryAdd(key, skeleton))
        {
            Interlocked.Increment(ref _cached);
        }

        return skeleton;
    }

    private static string ComputeSkeleton(string key)
    {
        if (key.Length == 0)
        {
            return key;
        }

        // A leading vowel is kept as "a": Osama and Usama, Omar and Umar begin alike.
        var builder = new StringBuilder(key.Length);
        builder.Append(IsVowel(key[0]) ? 'a' : key[0]);
        for (var i = 1; i < key.Length; i++)
        {
            var c = key[i];
            if (IsVowel(c) || builder[^1] == c)
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
