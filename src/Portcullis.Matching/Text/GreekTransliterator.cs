using System.Globalization;
using System.Text;

namespace Portcullis.Matching.Text;

/// <summary>
/// Writes a run of Greek in Latin letters the way Greek passports do (ELOT 743, the transcription
/// column): η ι υ as i i y, χ as ch, the diphthongs αυ ευ ηυ as av ev iv (af ef if before a voiceless
/// consonant or at the end), ου as ou, μπ ντ γκ as b d g at the start of a word. Accents are dropped;
/// a diaeresis keeps two vowels apart (Ταΰγετος, Taygetos).
/// </summary>
internal static class GreekTransliterator
{
    private const char Acute = '\u0301';
    private const char Grave = '\u0300';
    private const char Circumflex = '\u0342';
    private const char Diaeresis = '\u0308';

    private readonly record struct Letter(char Lower, bool Upper, bool Accented, bool Diaeresis, bool IsLetter);

    public static void Append(StringBuilder output, ReadOnlySpan<char> run, bool startsWord)
    {
        var letters = Decompose(run);
        var i = 0;
        while (i < letters.Count)
        {
            var letter = letters[i];
            if (!letter.IsLetter)
            {
                output.Append(letter.Lower);
                i++;
                continue;
            }

            var wordStart = i == 0 ? startsWord : !letters[i - 1].IsLetter;
            var (latin, consumed) = Latin(letters, i, wordStart);
            var after = i + consumed;
            bool wordIsUpper;
            if (consumed > 1)
            {
                wordIsUpper = letters[i + 1].Upper;
            }
            else if (after < letters.Count && letters[after].IsLetter)
            {
                wordIsUpper = letters[after].Upper;
            }
            else
            {
                wordIsUpper = i > 0 && letters[i - 1].IsLetter && letters[i - 1].Upper;
            }

            LatinCasing.Append(output, latin, letter.Upper, wordIsUpper);
            i += consumed;
        }
    }

    // Accents and the diaeresis come apart from their letters in canonical decomposition, polytonic
    // breathings and the iota subscript too; only the diaeresis changes the reading.
    private static List<Letter> Decompose(ReadOnlySpan<char> run)
    {
        var decomposed = run.ToString().Normalize(NormalizationForm.FormD);
        var letters = new List<Letter>(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c is Acute or Grave or Circumflex or Diaeresis && letters.Count > 0 && letters[^1].IsLetter)
            {
                var last = letters[^1];
                letters[^1] = c == Diaeresis ? last with { Diaeresis = true } : last with { Accented = true };
            }
            else if (char.IsLetter(c))
            {
                letters.Add(new Letter(Fold(char.ToLowerInvariant(c)), char.IsUpper(c), false, false, true));
            }
            else if (!IsMark(c))
            {
                letters.Add(new Letter(c, false, false, false, false));
            }
        }

        return letters;
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    // Letter variants of older typography.
    private static char Fold(char c) => c switch
    {
        'ϐ' => 'β',
        'ϑ' => 'θ',
        'ϕ' => 'φ',
        'ϰ' => 'κ',
        'ϱ' => 'ρ',
        'ϲ' => 'σ',
        _ => c,
    };

    private static (string Latin, int Consumed) Latin(List<Letter> letters, int i, bool wordStart)
    {
        var c = letters[i].Lower;
        var next = i + 1 < letters.Count && letters[i + 1].IsLetter ? letters[i + 1] : default;
        switch (c, next.Lower)
        {
            case ('α' or 'ε' or 'η', 'υ') when !letters[i].Accented && !next.Diaeresis:
                var vowel = c switch { 'α' => "a", 'ε' => "e", _ => "i" };
                return (vowel + (VoicelessOrEndFollows(letters, i + 2) ? "f" : "v"), 2);
            case ('ο', 'υ') when !next.Diaeresis:
                return ("ou", 2);
            case ('μ', 'π'):
                return (wordStart ? "b" : "mp", 2);
            case ('ν', 'τ'):
                return (wordStart ? "d" : "nt", 2);
            case ('γ', 'κ'):
                return (wordStart ? "g" : "gk", 2);
            case ('γ', 'γ'):
                return ("ng", 2);
            case ('γ', 'ξ'):
                return ("nx", 2);
            case ('γ', 'χ'):
                return ("nch", 2);
            default:
                return (Single(c) ?? c.ToString(), 1);
        }
    }

    private static bool VoicelessOrEndFollows(List<Letter> letters, int index) =>
        index >= letters.Count || !letters[index].IsLetter
            || letters[index].Lower is 'θ' or 'κ' or 'ξ' or 'π' or 'σ' or 'ς' or 'τ' or 'φ' or 'χ' or 'ψ';

    private static string? Single(char c) => c switch
    {
        'α' => "a",
        'β' => "v",
        'γ' => "g",
        'δ' => "d",
        'ε' => "e",
        'ζ' => "z",
        'η' => "i",
        'θ' => "th",
        'ι' => "i",
        'κ' => "k",
        'λ' => "l",
        'μ' => "m",
        'ν' => "n",
        'ξ' => "x",
        'ο' => "o",
        'π' => "p",
        'ρ' => "r",
        'σ' or 'ς' => "s",
        'τ' => "t",
        'υ' => "y",
        'φ' => "f",
        'χ' => "ch",
        'ψ' => "ps",
        'ω' => "o",
        _ => null,
    };
}
