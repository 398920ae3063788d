using System.Globalization;
using System.Text;

namespace Portcullis.Matching.Text;

/// <summary>Writes a run of Cyrillic in Latin letters, by the convention of its language.</summary>
internal static class CyrillicTransliterator
{
    /// <param name="run">Cyrillic letters, and the punctuation and apostrophes between them.</param>
    /// <param name="startsWord">Whether the run begins a word (no letter right before it).</param>
    public static void Append(StringBuilder output, ReadOnlySpan<char> run, CyrillicLanguage language, bool startsWord)
    {
        for (var i = 0; i < run.Length; i++)
        {
            var c = run[i];
            if (!char.IsLetter(c))
            {
                // Stress marks in dictionaries and learners' texts (Влади́мир) carry no letter.
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                // Ukrainian and Belarusian write an apostrophe before a separately sounded я, ю, є, ї
                // (Мар'яна); the national systems leave it out.
                if (IsApostrophe(c) && language is CyrillicLanguage.Ukrainian or CyrillicLanguage.Belarusian)
                {
                    continue;
                }

                output.Append(c);
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            var wordStart = i == 0 ? startsWord : !char.IsLetter(run[i - 1]) && !IsApostrophe(run[i - 1]);
            var previous = i > 0 ? char.ToLowerInvariant(run[i - 1]) : '\0';
            var next = i + 1 < run.Length ? char.ToLowerInvariant(run[i + 1]) : '\0';
            var latin = Latin(lower, language, wordStart, previous, next) ?? c.ToString();
            LatinCasing.Append(output, latin, char.IsUpper(c), LatinCasing.NeighbourIsUpper(run, i, 1));
        }
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static string? Latin(char c, CyrillicLanguage language, bool wordStart, char previous, char next) => language switch
    {
        CyrillicLanguage.Serbian => CyrillicLetters.Serbian(c) ?? CyrillicLetters.Any(c),
        CyrillicLanguage.Macedonian => CyrillicLetters.Macedonian(c) ?? CyrillicLetters.Any(c),
        CyrillicLanguage.Ukrainian => Ukrainian(c, wordStart, previous) ?? CyrillicLetters.Any(c),
        CyrillicLanguage.Belarusian => CyrillicLetters.Belarusian(c) ?? CyrillicLetters.Any(c),
        CyrillicLanguage.Bulgarian => Bulgarian(c, previous, next) ?? CyrillicLetters.Any(c),
        _ => CyrillicLetters.Russian(c) ?? CyrillicLetters.Any(c),
    };

    // The 2010 system writes є ї й ю я as ye yi y yu ya at the start of a word and ie i i iu ia
    // elsewhere, and зг as zgh so that it is not read as the letter ж (Згурський, Zghurskyi).
    private static string? Ukrainian(char c, bool wordStart, char previous)
    {
        if (wordStart)
        {
            switch (c)
            {
                case 'є':
                    return "ye";
                case 'ї':
                    return "yi";
                case 'й':
                    return "y";
                case 'ю':
                    return "yu";
                case 'я':
                    return "ya";
                default:
                    break;
            }
        }

        return c == 'г' && previous == 'з' ? "gh" : CyrillicLetters.Ukrainian(c);
    }

    // The 2009 Act writes a word-final -ия as -ia (София, Sofia; България, Bulgaria).
    private static string? Bulgarian(char c, char previous, char next) =>
        c == 'я' && previous == 'и' && !char.IsLetter(next) ? "a" : CyrillicLetters.Bulgarian(c);
}
