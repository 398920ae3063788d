using System.Text;

namespace Portcullis.Matching.Text;

/// <summary>
/// Writes a run of Hebrew as a basic consonantal romanisation. Vowel points (niqqud) are rarely
/// written and are dropped; without them ב כ פ are read b k p at a word's start and v kh f inside,
/// and ו י as o i between consonants, v y elsewhere. Good enough to compare skeletons, not a standard.
/// </summary>
internal static class HebrewTransliterator
{
    public static void Append(StringBuilder output, ReadOnlySpan<char> run, bool startsWord)
    {
        var wordStart = startsWord;
        for (var i = 0; i < run.Length; i++)
        {
            var c = run[i];
            if (c is >= '\u0591' and <= '\u05C7' && c is not ('\u05BE' or '\u05C0' or '\u05C3' or '\u05C6'))
            {
                continue; // cantillation and vowel points
            }

            if (!char.IsLetter(c))
            {
                output.Append(c == '\u05BE' ? '-' : c); // maqaf, the Hebrew hyphen
                wordStart = true;
                continue;
            }

            output.Append(Latin(run, i, wordStart));
            wordStart = false;
        }
    }

    private static string Latin(ReadOnlySpan<char> run, int i, bool wordStart)
    {
        var c = run[i];
        var previous = i > 0 && char.IsLetter(run[i - 1]) ? run[i - 1] : '\0';
        var next = i + 1 < run.Length && char.IsLetter(run[i + 1]) ? run[i + 1] : '\0';
        var betweenConsonants = !wordStart && IsConsonant(previous) && (next == '\0' || IsConsonant(next));
        return c switch
        {
            'א' or 'ע' => wordStart ? "a" : "",
            'ב' => wordStart ? "b" : "v",
            'ג' => "g",
            'ד' => "d",
            'ה' => next == '\0' && !wordStart ? "" : "h",
            'ו' when previous == 'ו' => "", // וו is one v
            'ו' => next != 'ו' && betweenConsonants ? "o" : "v",
            'ז' => "z",
            'ח' => "kh",
            'ט' or 'ת' => "t",
            'י' => betweenConsonants ? "i" : "y",
            'כ' => wordStart ? "k" : "kh",
            'ך' => "kh",
            'ל' => "l",
            'מ' or 'ם' => "m",
            'נ' or 'ן' => "n",
            'ס' => "s",
            'פ' => wordStart ? "p" : "f",
            'ף' => "f",
            'צ' or 'ץ' => "ts",
            'ק' => "k",
            'ר' => "r",
            'ש' => "sh",
            _ => c.ToString(),
        };
    }

    private static bool IsConsonant(char c) => c != '\0' && c is not ('א' or 'ה' or 'ו' or 'י' or 'ע');
}
