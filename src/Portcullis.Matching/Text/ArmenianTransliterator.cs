using System.Text;

namespace Portcullis.Matching.Text;

/// <summary>
/// Writes a run of Armenian in Latin letters as Armenian passports do (a plain English-style reading
/// without apostrophes): ու as u, ե as ye and ո as vo at the start of a word, և as ev.
/// </summary>
internal static class ArmenianTransliterator
{
    private const int CaseOffset = 'ա' - 'Ա';

    public static void Append(StringBuilder output, ReadOnlySpan<char> run, bool startsWord)
    {
        for (var i = 0; i < run.Length; i++)
        {
            var c = run[i];
            if (!char.IsLetter(c))
            {
                output.Append(c);
                continue;
            }

            var upper = c is >= 'Ա' and <= 'Ֆ';
            var lower = upper ? (char)(c + CaseOffset) : c;
            var wordStart = i == 0 ? startsWord : !char.IsLetter(run[i - 1]);
            var next = i + 1 < run.Length ? run[i + 1] : '\0';
            var consumed = 1;
            string latin;
            if (lower == 'ո' && next is 'ւ' or 'Ւ')
            {
                latin = "u";
                consumed = 2;
            }
            else
            {
                latin = Latin(lower, wordStart) ?? c.ToString();
            }

            LatinCasing.Append(output, latin, upper, LatinCasing.NeighbourIsUpper(run, i, consumed));
            i += consumed - 1;
        }
    }

    private static string? Latin(char c, bool wordStart) => c switch
    {
        'ա' => "a",
        'բ' => "b",
        'գ' => "g",
        'դ' => "d",
        'ե' => wordStart ? "ye" : "e",
        'զ' => "z",
        'է' => "e",
        'ը' => "y",
        'թ' => "t",
        'ժ' => "zh",
        'ի' => "i",
        'լ' => "l",
        'խ' => "kh",
        'ծ' => "ts",
        'կ' => "k",
        'հ' => "h",
        'ձ' => "dz",
        'ղ' => "gh",
        'ճ' => "ch",
        'մ' => "m",
        'յ' => "y",
        'ն' => "n",
        'շ' => "sh",
        'ո' => wordStart ? "vo" : "o",
        'չ' => "ch",
        'պ' => "p",
        'ջ' => "j",
        'ռ' => "r",
        'ս' => "s",
        'վ' => "v",
        'տ' => "t",
        'ր' => "r",
        'ց' => "ts",
        'ւ' => "v",
        'փ' => "p",
        'ք' => "k",
        'օ' => "o",
        'ֆ' => "f",
        'և' => "ev",
        _ => null,
    };
}
