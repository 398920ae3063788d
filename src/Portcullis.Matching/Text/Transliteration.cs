using System.Text;

namespace Portcullis.Matching.Text;

/// <summary>
/// Writes names in other scripts in Latin letters, for showing to officers and for the matching
/// engine, which folds and keys the result afterwards. Each script uses the convention of the
/// region's own documents where there is one (Serbian and Macedonian Latin, Greek passports,
/// Ukrainian and Bulgarian law), a passport-style reading otherwise.
/// </summary>
/// <remarks>
/// Mixed text is written run by run: Latin, digits and punctuation pass through unchanged. Han,
/// Hangul, Kana, Thai, Devanagari and every other script are returned unchanged too: their
/// romanisation needs dictionaries (Han readings differ by language) that this library does not hold.
/// </remarks>
public static class Transliteration
{
    /// <param name="text">A name or any text.</param>
    /// <param name="languageHint">
    /// An ISO 639 code ("sr", "mk", "ru", "uk", "bg", "be") when the caller knows the language, for
    /// Cyrillic; otherwise the language is guessed from the letters (<see cref="CyrillicLanguageGuess"/>).
    /// </param>
    /// <returns>The same instance when there is nothing to transliterate.</returns>
    public static string ToLatin(string text, string? languageHint = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ScriptDetector.IsLatinOnly(text))
        {
            return text;
        }

        // Composed form, so that й, ё, ї and أ, آ are one letter each as the tables expect.
        var source = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var output = new StringBuilder(source.Length + (source.Length / 2));
        CyrillicLanguage? cyrillicLanguage = null;
        var i = 0;
        while (i < source.Length)
        {
            var script = Transliterated(source[i]);
            if (script == Script.None)
            {
                output.Append(source[i]);
                i++;
                continue;
            }

            var end = RunEnd(source, i, script);
            var run = source.AsSpan(i, end - i);
            var startsWord = i == 0 || !char.IsLetter(source[i - 1]);
            switch (script)
            {
                case Script.Cyrillic:
                    cyrillicLanguage ??= CyrillicLanguageGuess.Guess(source, languageHint);
                    CyrillicTransliterator.Append(output, run, cyrillicLanguage.Value, startsWord);
                    break;
                case Script.Greek:
                    GreekTransliterator.Append(output, run, startsWord);
                    break;
                case Script.Arabic:
                    ArabicTransliterator.Append(output, run, startsWord);
                    break;
                case Script.Hebrew:
                    HebrewTransliterator.Append(output, run, startsWord);
                    break;
                case Script.Armenian:
                    ArmenianTransliterator.Append(output, run, startsWord);
                    break;
                default:
                    GeorgianTransliterator.Append(output, run);
                    break;
            }

            i = end;
        }

        return output.ToString();
    }

    // The scripts written here; None for everything passed through as it is.
    private static Script Transliterated(char c) => ScriptDetector.Of(c) switch
    {
        Script.Cyrillic => Script.Cyrillic,
        Script.Greek => Script.Greek,
        Script.Arabic => Script.Arabic,
        Script.Hebrew => Script.Hebrew,
        Script.Armenian => Script.Armenian,
        Script.Georgian => Script.Georgian,
        _ => Script.None,
    };

    // A run goes on through combining marks (a stress mark, a Greek accent written apart), through the
    // zero-width joiners that hold a Persian word together, and through an apostrophe between two
    // Cyrillic letters (Ukrainian Мар'яна), which the Cyrillic rules read.
    private static int RunEnd(string source, int start, Script script)
    {
        var end = start + 1;
        while (end < source.Length)
        {
            var c = source[end];
            var continues = Transliterated(c) == script
                || c is (>= '\u0300' and <= '\u036F') or '\u200C' or '\u200D'
                || (script == Script.Cyrillic && CyrillicTransliterator.IsApostrophe(c)
                    && end + 1 < source.Length && Transliterated(source[end + 1]) == Script.Cyrillic);
            if (!continues)
            {
                break;
            }

            end++;
        }

        return end;
    }
}
