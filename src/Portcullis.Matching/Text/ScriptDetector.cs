using System.Buffers;
using System.Text;

namespace Portcullis.Matching.Text;

/// <summary>
/// Tells which script a name is written in, by the Unicode block of its letters. Blocks, not the
/// Unicode Script property: .NET does not expose the property, and for the scripts that names use
/// the blocks say the same thing.
/// </summary>
public static class ScriptDetector
{
    // Everything below U+0250 is ASCII, Latin-1 and Latin Extended-A/B: letters, digits, spaces and
    // punctuation that need no transliteration. Checked first, vectorised, for every name screened.
    private const char LastLatinBlockChar = '\u024F';

    // SearchValues rather than IndexOfAnyExceptInRange, which was measured allocating 96 bytes a call here.
    private static readonly SearchValues<char> LatinBlockChars = SearchValues.Create(
        string.Create(LastLatinBlockChar + 1, 0, static (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)i;
            }
        }));

    /// <summary>The script with the most letters; <see cref="Script.None"/> when there are none.</summary>
    public static Script Dominant(ReadOnlySpan<char> text)
    {
        Span<int> counts = stackalloc int[(int)Script.None + 1];
        var any = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune))
            {
                continue;
            }

            var script = Of(rune.Value);
            // A letter outside every known block is still a letter of some script.
            counts[(int)(script == Script.None ? Script.Other : script)]++;
            any = true;
        }

        if (!any)
        {
            return Script.None;
        }

        var best = Script.Latin;
        for (var script = Script.Latin; script < Script.None; script++)
        {
            if (counts[(int)script] > counts[(int)best])
            {
                best = script;
            }
        }

        return best;
    }

    /// <summary>
    /// True when the text has nothing that transliteration would change: only Latin letters, their
    /// combining accents, digits, spaces and punctuation.
    /// </summary>
    public static bool IsLatinOnly(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAnyExcept(LatinBlockChars);
        if (first < 0)
        {
            return true;
        }

        foreach (var c in text[first..])
        {
            if (c > LastLatinBlockChar && !IsLatinOrCommon(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLatinOrCommon(char c) =>
        c is (>= '\u0250' and <= '\u036F') // IPA, spacing modifier letters (ʿ ʾ), combining diacritics
            or (>= '\u1E00' and <= '\u1EFF') // Latin Extended Additional (Vietnamese, ḱ, ǵ...)
            or (>= '\u2000' and <= '\u206F') // general punctuation, including the zero-width joiners
            or (>= '\u2C60' and <= '\u2C7F')
            or (>= '\uA720' and <= '\uA7FF')
            or (>= '\uAB30' and <= '\uAB6F')
            or (>= '\uFF01' and <= '\uFF5E'); // full-width ASCII

    /// <summary>The script of a code point by its block; <see cref="Script.None"/> for digits, spaces and punctuation.</summary>
    internal static Script Of(int codePoint) => codePoint switch
    {
        < 0x80 => IsAsciiLetter(codePoint) ? Script.Latin : Script.None,
        < 0xC0 => Script.None,
        0xD7 or 0xF7 => Script.None,
        < 0x0370 => codePoint is >= 0x02B9 and <= 0x036F and not (0x02BE or 0x02BF) ? Script.None : Script.Latin,
        < 0x0400 => Script.Greek,
        < 0x0530 => Script.Cyrillic,
        < 0x0590 => Script.Armenian,
        < 0x0600 => Script.Hebrew,
        < 0x0700 => Script.Arabic,
        >= 0x0750 and < 0x0780 => Script.Arabic,
        >= 0x08A0 and < 0x0900 => Script.Arabic,
        >= 0x0900 and < 0x0980 => Script.Devanagari,
        >= 0x0E00 and < 0x0E80 => Script.Thai,
        >= 0x10A0 and < 0x1100 => Script.Georgian,
        >= 0x1100 and < 0x1200 => Script.Hangul,
        >= 0x1C80 and < 0x1C90 => Script.Cyrillic,
        >= 0x1C90 and < 0x1CC0 => Script.Georgian,
        >= 0x1E00 and < 0x1F00 => Script.Latin,
        >= 0x1F00 and < 0x2000 => Script.Greek,
        >= 0x2C60 and < 0x2C80 => Script.Latin,
        >= 0x2D00 and < 0x2D30 => Script.Georgian,
        >= 0x2DE0 and < 0x2E00 => Script.Cyrillic,
        0x3005 or 0x3007 => Script.Han,
        >= 0x3040 and < 0x3100 => Script.Kana,
        >= 0x3130 and < 0x3190 => Script.Hangul,
        >= 0x31F0 and < 0x3200 => Script.Kana,
        >= 0x3400 and < 0x4DC0 => Script.Han,
        >= 0x4E00 and < 0xA000 => Script.Han,
        >= 0xA640 and < 0xA6A0 => Script.Cyrillic,
        >= 0xA720 and < 0xA800 => Script.Latin,
        >= 0xA8E0 and < 0xA900 => Script.Devanagari,
        >= 0xA960 and < 0xA980 => Script.Hangul,
        >= 0xAB30 and < 0xAB70 => Script.Latin,
        >= 0xAC00 and < 0xD800 => Script.Hangul,
        >= 0xF900 and < 0xFB00 => Script.Han,
        >= 0xFB13 and < 0xFB18 => Script.Armenian,
        >= 0xFB1D and < 0xFB50 => Script.Hebrew,
        >= 0xFB50 and < 0xFE00 => Script.Arabic,
        >= 0xFE70 and < 0xFF00 => Script.Arabic,
        >= 0xFF21 and < 0xFF3B => Script.Latin,
        >= 0xFF41 and < 0xFF5B => Script.Latin,
        >= 0xFF66 and < 0xFFA0 => Script.Kana,
        >= 0xFFA0 and < 0xFFE0 => Script.Hangul,
        >= 0x20000 and < 0x40000 => Script.Han,
        _ => Script.None,
    };

    private static bool IsAsciiLetter(int c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');
}
