using System.Globalization;
using System.Text;

namespace Portcullis.Domain.Cargo;

/// <summary>
/// Turns a goods description or an HS text into comparable words: diacritics folded, lower case, split on
/// anything but letters and digits, stop words and HS filler out, plurals and -ing/-ed endings cut.
/// Crude on purpose: the check must be explainable word by word, not clever.
/// </summary>
internal static class DescriptionWords
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "its", "of", "on", "or",
        "the", "to", "with", "without", "per", "than", "not", "no", "nor", "but", "other", "others", "etc", "nec", "n.e.c",
        "whether", "thereof", "therefor", "including", "excluding", "containing", "such", "similar", "kind", "kinds",
        "heading", "chapter", "subheading", "article", "articles", "product", "products", "material", "materials",
        "new", "used", "type", "types", "form", "forms", "use", "uses", "put", "up", "only", "more", "less", "being",
        "pc", "pcs", "kg", "kgs", "ctn", "ctns", "carton", "cartons", "pallet", "pallets", "package", "packages",
        "box", "boxes", "bag", "bags", "container", "containers", "hs", "code",
    };

    /// <summary>The stems of the description's meaningful words, in order, without repeats.</summary>
    public static List<string> Of(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }

        foreach (var raw in Fold(text).Split(static c => !char.IsAsciiLetterOrDigit(c)))
        {
            if (raw.Length < 3 || raw.All(char.IsAsciiDigit) || StopWords.Contains(raw))
            {
                continue;
            }

            var stem = Stem(raw);
            if (!words.Contains(stem, StringComparer.Ordinal))
            {
                words.Add(stem);
            }
        }

        return words;
    }

    /// <summary>Plural and verb endings cut, so that "tiles", "tile" and "bananas", "banana" meet.</summary>
    public static string Stem(string word)
    {
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5)
        {
            return word[..^3];
        }

        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^2];
        }

        if ((word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
                || word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)) && word.Length > 4)
        {
            return word[..^2];
        }

        return word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && word.Length > 3
            ? word[..^1]
            : word;
    }

    private static string Fold(string text)
    {
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }

    private static string[] Split(this string text, Func<char, bool> isSeparator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || isSeparator(text[i]))
            {
                if (i > start)
                {
                    parts.Add(text[start..i]);
                }

                start = i + 1;
            }
        }

        return [.. parts];
    }
}
