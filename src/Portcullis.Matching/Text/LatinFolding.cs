using System.Globalization;
using System.Text;

namespace Portcullis.Matching.Text;

/// <summary>
/// Folds Latin text to lower-case ASCII letters and digits for comparison, the way the region writes its
/// names when the keyboard or the machine-readable zone has no diacritics: đ becomes "dj" (OFAC's
/// BRDJANIN, Serbian passports' DJORDJE), ß "ss", æ "ae", Turkish dotless ı "i". Everything else loses its
/// combining marks (č → c, ë → e, ç → c). Separators are kept as single spaces; apostrophes vanish so that
/// "O'Neill" and "ONeill" agree. Culture-invariant by construction: it never calls a culture-aware API.
/// </summary>
public static class LatinFolding
{
    /// <summary>The folded form; the same instance when the text is already lower-case ASCII letters, digits and single spaces.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsFolded(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 4);
        var pendingSpace = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var mapped = MapSpecial(rune.Value);
            if (mapped is not null)
            {
                Append(builder, mapped, ref pendingSpace);
                continue;
            }

            if (rune.IsAscii)
            {
                AppendAscii(builder, (char)rune.Value, ref pendingSpace);
                continue;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                continue;
            }

            var decomposed = rune.ToString().Normalize(NormalizationForm.FormKD);
            var appended = false;
            foreach (var c in decomposed)
            {
                if (c < 128)
                {
                    AppendAscii(builder, c, ref pendingSpace);
                    appended = true;
                }
                else if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) is not UnicodeCategory.NonSpacingMark)
                {
                    // A letter with no ASCII form (another script): keep it, lower-cased, so nothing is lost.
                    Append(builder, char.ToLowerInvariant(c).ToString(), ref pendingSpace);
                    appended = true;
                }
            }

            if (!appended && (Rune.IsWhiteSpace(rune) || Rune.IsPunctuation(rune) || Rune.IsSymbol(rune)))
            {
                pendingSpace = builder.Length > 0;
            }
        }

        return builder.ToString();
    }

    private static bool IsFolded(string text)
    {
        var previousSpace = true;
        foreach (var c in text)
        {
            var isSpace = c == ' ';
            if (!(isSpace || char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)) || (isSpace && previousSpace))
            {
                return false;
            }

            previousSpace = isSpace;
        }

        return !previousSpace || text.Length == 0;
    }

    private static void AppendAscii(StringBuilder builder, char c, ref bool pendingSpace)
    {
        if (char.IsAsciiLetter(c) || char.IsAsciiDigit(c))
        {
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }
        else if (c is not ('\'' or '`' or '?'))
        {
            pendingSpace = builder.Length > 0;
        }
    }

    private static void Append(StringBuilder builder, string folded, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            builder.Append(' ');
            pendingSpace = false;
        }

        builder.Append(folded);
    }

    // Letters whose compatibility decomposition has no ASCII base, or whose regional spelling differs
    // from dropping the mark. ǵ and ḱ are ALA-LC's Macedonian ѓ and ќ, written gj and kj in the region.
    private static string? MapSpecial(int codePoint) => codePoint switch
    {
        'đ' or 'Đ' => "dj",
        'ð' or 'Ð' => "d",
        'ß' or 'ẞ' => "ss",
        'æ' or 'Æ' => "ae",
        'œ' or 'Œ' => "oe",
        'ø' or 'Ø' => "o",
        'ł' or 'Ł' => "l",
        'ı' or 'İ' => "i",
        'þ' or 'Þ' => "th",
        'ħ' or 'Ħ' => "h",
        'ŧ' or 'Ŧ' => "t",
        'ŋ' or 'Ŋ' => "ng",
        'ǵ' or 'Ǵ' => "gj",
        'ḱ' or 'Ḱ' => "kj",
        // Apostrophes, and what a wrong code page leaves of them (Mus?ab, Mus\uFFFDab), join the letters around them.
        'ʼ' or 'ʻ' or '’' or '‘' or 'ʾ' or 'ʿ' or '\uFFFD' => string.Empty,
        _ => null,
    };
}
