using System.Text;

namespace Portcullis.Matching.Text;

/// <summary>
/// Writes a run of Arabic script (Arabic, Persian, Urdu letters) as a consonantal romanisation
/// readable for names. Short vowels are not written in Arabic script, and the vowel signs (harakat)
/// that a few texts carry are dropped too, so "محمد" comes out as "mhmd": the matching engine compares
/// consonant skeletons, and an officer can read it. The long-vowel letters و and ي are read as u and
/// i between consonants and as w and y elsewhere; the article ال at a word's start is written "al-".
/// </summary>
internal static class ArabicTransliterator
{
    private const char Alef = 'ا';
    private const char AlefWasla = 'ٱ';
    private const char Lam = 'ل';
    private const char Waw = 'و';
    private const char Yeh = 'ي';
    private const char FarsiYeh = 'ی';
    private const char Ain = 'ع';
    private const char Heh = 'ه';
    private const char Sukun = '\u0652';
    private const char Shadda = '\u0651';
    private const char ZeroWidthNonJoiner = '\u200C';
    private const char ZeroWidthJoiner = '\u200D';

    public static void Append(StringBuilder output, ReadOnlySpan<char> run, bool startsWord)
    {
        var lastLatin = "";
        var wordStart = startsWord;
        for (var i = 0; i < run.Length; i++)
        {
            var c = run[i];
            if (c == Shadda)
            {
                // A doubled consonant is written doubled (Hassan, Muhammad); it is never a vowel.
                output.Append(lastLatin);
                continue;
            }

            if (IsIgnored(c))
            {
                continue;
            }

            if (!IsLetter(c))
            {
                output.Append(NonLetter(c));
                wordStart = true;
                lastLatin = "";
                continue;
            }

            if (wordStart && c is Alef or AlefWasla && NextLetter(run, i, out var lam) == Lam && NextLetter(run, lam, out var afterLam) != '\0')
            {
                // الله is the name of God, in many names (Abdallah, Allahverdi): not al- + lh.
                if (NextLetter(run, afterLam, out var heh) == Heh && NextLetter(run, heh, out _) == '\0' && run[afterLam] == Lam)
                {
                    output.Append("allah");
                    i = heh;
                    lastLatin = "";
                    continue;
                }

                // The noun after the article begins a word of its own: al-Wazir, not al-Uzir.
                output.Append("al-");
                i = lam;
                lastLatin = "";
                continue;
            }

            var latin = Latin(run, i, wordStart);
            output.Append(latin);
            lastLatin = latin;
            wordStart = false;
        }
    }

    private static string Latin(ReadOnlySpan<char> run, int i, bool wordStart)
    {
        var c = run[i];
        var next = NextLetter(run, i, out _);
        // و and ي are vowels between consonants, unless a sukun marks them as the w, y of a diphthong.
        var vowel = !wordStart && !CarriesSukun(run, i) && IsConsonantal(run, PreviousLetterIndex(run, i))
            && (next == '\0' || IsConsonant(next));
        switch (c)
        {
            case Waw:
                return vowel ? "u" : "w";
            case Yeh or FarsiYeh or 'ې' or 'ۍ' or 'ے':
                return vowel ? "i" : "y";
            case Ain:
                // Mid-word it is the apostrophe of Ja'far; at a word's start a reader hears only the
                // vowel after it (Ali, Abd, Umar): nothing before an alef, else a.
                if (wordStart)
                {
                    return next is Alef or 'أ' or 'آ' ? "" : "a";
                }

                return next == '\0' ? "" : "'";
            case 'ء' or 'ؤ' or 'ئ':
                return wordStart || next == '\0' ? "" : "'";
            case 'أ':
                return wordStart ? "a" : "'";
            default:
                return Consonant(c) ?? "";
        }
    }

    private static string? Consonant(char c) => c switch
    {
        'ا' or 'ٱ' or 'آ' or 'ى' or 'ة' or 'ۀ' => "a",
        'إ' => "i",
        'ب' => "b",
        'پ' => "p",
        'ت' or 'ط' or 'ٹ' => "t",
        'ث' => "th",
        'ج' => "j",
        'چ' => "ch",
        'ح' => "h",
        'خ' => "kh",
        'د' or 'ض' or 'ڈ' => "d",
        'ذ' => "dh",
        'ر' or 'ڑ' => "r",
        'ز' or 'ظ' => "z",
        'ژ' => "zh",
        'س' or 'ص' => "s",
        'ش' => "sh",
        'غ' => "gh",
        'ف' or 'ڤ' => "f",
        'ق' => "q",
        'ك' or 'ک' => "k",
        'گ' => "g",
        'ل' => "l",
        'م' => "m",
        'ن' or 'ں' => "n",
        'ه' or 'ھ' or 'ہ' => "h",
        _ => null,
    };

    // Vowel signs, Quranic marks, the superscript alef and tatweel (the stretching stroke) carry no
    // letter; the zero-width joiners hold a Persian word together (می‌خواهم) and are not a word break.
    private static bool IsIgnored(char c) =>
        c is (>= '\u064B' and <= '\u065F') or '\u0670' or (>= '\u06D6' and <= '\u06ED') or '\u0640'
            or ZeroWidthNonJoiner or ZeroWidthJoiner;

    private static bool IsLetter(char c) => char.IsLetter(c) && !IsIgnored(c);

    private static bool IsConsonant(char c) =>
        c != '\0' && IsLetter(c) && c is not (Alef or AlefWasla or 'آ' or 'أ' or 'إ' or Waw or Yeh or FarsiYeh or 'ى' or 'ة' or 'ء');

    private static string NonLetter(char c) => c switch
    {
        >= '\u0660' and <= '\u0669' => ((char)('0' + (c - '\u0660'))).ToString(),
        >= '\u06F0' and <= '\u06F9' => ((char)('0' + (c - '\u06F0'))).ToString(),
        '،' => ",",
        '؛' => ";",
        '؟' => "?",
        '٪' => "%",
        _ => c.ToString(),
    };

    private static char NextLetter(ReadOnlySpan<char> run, int i, out int index)
    {
        for (index = i + 1; index < run.Length; index++)
        {
            if (IsIgnored(run[index]))
            {
                continue;
            }

            return IsLetter(run[index]) ? run[index] : '\0';
        }

        return '\0';
    }

    // The index of the letter before, or -1 at the start of a word.
    private static int PreviousLetterIndex(ReadOnlySpan<char> run, int i)
    {
        for (var index = i - 1; index >= 0; index--)
        {
            if (!IsIgnored(run[index]))
            {
                return IsLetter(run[index]) ? index : -1;
            }
        }

        return -1;
    }

    // A consonant, or a و or ي read as one because it starts a word (the y of Yusuf).
    private static bool IsConsonantal(ReadOnlySpan<char> run, int index) =>
        index >= 0 && (IsConsonant(run[index]) || (run[index] is Waw or Yeh or FarsiYeh && PreviousLetterIndex(run, index) < 0));

    private static bool CarriesSukun(ReadOnlySpan<char> run, int i) =>
        i + 1 < run.Length && run[i + 1] == Sukun;
}
