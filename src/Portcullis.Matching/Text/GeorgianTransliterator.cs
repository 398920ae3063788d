using System.Text;

namespace Portcullis.Matching.Text;

/// <summary>
/// Writes a run of Georgian in Latin letters by the national system of 2002, which passports use:
/// no apostrophes for the ejectives, so კ and ქ are both k. Mtavruli capitals are written in capitals.
/// </summary>
internal static class GeorgianTransliterator
{
    private const int MtavruliOffset = 0x1C90 - 0x10D0;

    public static void Append(StringBuilder output, ReadOnlySpan<char> run)
    {
        for (var i = 0; i < run.Length; i++)
        {
            var c = run[i];
            var upper = c is >= '\u1C90' and <= '\u1CBF';
            var letter = upper ? (char)(c - MtavruliOffset) : c;
            var latin = Latin(letter);
            if (latin is null)
            {
                output.Append(c);
                continue;
            }

            LatinCasing.Append(output, latin, upper, upper);
        }
    }

    private static string? Latin(char c) => c switch
    {
        'ა' => "a",
        'ბ' => "b",
        'გ' => "g",
        'დ' => "d",
        'ე' => "e",
        'ვ' => "v",
        'ზ' => "z",
        'თ' or 'ტ' => "t",
        'ი' => "i",
        'კ' or 'ქ' => "k",
        'ლ' => "l",
        'მ' => "m",
        'ნ' => "n",
        'ო' => "o",
        'პ' or 'ფ' => "p",
        'ჟ' => "zh",
        'რ' => "r",
        'ს' => "s",
        'უ' => "u",
        'ღ' => "gh",
        'ყ' => "q",
        'შ' => "sh",
        'ჩ' or 'ჭ' => "ch",
        'ც' or 'წ' => "ts",
        'ძ' => "dz",
        'ხ' => "kh",
        'ჯ' => "j",
        'ჰ' => "h",
        _ => null,
    };
}
