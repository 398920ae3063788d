using System.Globalization;
using System.Text;

namespace Portcullis.Matching.Tests.Text;

/// <summary>
/// A deliberately loose key for comparing romanisations made under different conventions, the way
/// the matching engine's folding and phonetic keys will. It makes these agree:
/// đ, dj, ǵ, gj (Ђ and Ѓ) as g; ḱ, kj, ć, c, k (Ћ, Ќ, Ц and К, as Soundex-like keys do) as k;
/// š, sh as s; ž, zh as z; č, ch as c before that; q as k (Arabic ق, Tarek and Tariq). Then
/// diacritics and everything but letters go.
/// </summary>
internal static class LooseKey
{
    public static string Of(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD).ToLowerInvariant();
        var letters = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c == 'đ')
            {
                letters.Append("dj");
            }
            else if (char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.ModifierLetter)
            {
                letters.Append(c);
            }
        }

        return letters.ToString()
            .Replace("dj", "g", StringComparison.Ordinal)
            .Replace("gj", "g", StringComparison.Ordinal)
            .Replace("kj", "k", StringComparison.Ordinal)
            .Replace("sh", "s", StringComparison.Ordinal)
            .Replace("zh", "z", StringComparison.Ordinal)
            .Replace("ch", "c", StringComparison.Ordinal)
            .Replace('c', 'k')
            .Replace('q', 'k');
    }

    /// <summary>The keys of the words of a text, split at anything that is not a letter.</summary>
    public static IEnumerable<string> Tokens(string text) =>
        Words(text).Select(Of)
            .Where(k => k.Length > 0);

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            // An apostrophe is inside a word: Ma'ruf, O'Brien, the ‘ayn of ALA-LC.
            var isLetter = i < text.Length && (char.IsLetter(text[i]) || text[i] is '\'' or '\u2019' or '\u2018'
                || char.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    /// <summary>The consonant skeleton of a key: vowels (and w, y, which Arabic script writes as vowels) gone, doubles single.</summary>
    public static string Skeleton(string key)
    {
        var skeleton = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' || (skeleton.Length > 0 && skeleton[^1] == c))
            {
                continue;
            }

            skeleton.Append(c);
        }

        return skeleton.ToString();
    }
}
