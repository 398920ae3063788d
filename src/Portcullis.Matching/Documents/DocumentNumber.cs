using System.Text;

namespace Portcullis.Matching.Documents;

/// <summary>Which rule made two document numbers near.</summary>
public enum NearRule
{
    /// <summary>The numbers differ only in characters that are read or keyed for one another (O and 0, I and 1...).</summary>
    SameSkeleton,

    /// <summary>One character inserted, removed, replaced, or two neighbours swapped, in numbers of seven or more.</summary>
    OneEdit,
}

/// <summary>
/// Passport and identity-card numbers as keys: the same number written "A 123-456", "a123456" or
/// "Ａ１２３４５６" normalizes to one form, and numbers that a reader or a clerk could have
/// confused with one another are "near".
/// </summary>
public static class DocumentNumber
{
    /// <summary>Below this length one edit turns too many unrelated numbers into neighbours.</summary>
    public const int MinimumLengthForOneEdit = 7;

    /// <summary>Upper-case ASCII letters and digits only; spaces, hyphens, slashes and all other punctuation dropped.</summary>
    public static string Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var result = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            var ascii = FullWidthToAscii(c);
            if (ascii is >= 'a' and <= 'z')
            {
                result.Append((char)(ascii - 'a' + 'A'));
            }
            else if (ascii is >= 'A' and <= 'Z' or >= '0' and <= '9')
            {
                result.Append(ascii);
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// The normalized number with look-alike letters replaced by the digit they are confused with, so
    /// that numbers with the same skeleton are near.
    /// </summary>
    public static string Skeleton(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return string.Create(normalized.Length, normalized, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        });
    }

    /// <summary>Whether two numbers (raw or normalized) are near: see <see cref="NearBy"/>.</summary>
    public static bool IsNear(string a, string b) => NearBy(a, b) is not null;

    /// <summary>
    /// The rule by which two numbers (raw or normalized) are near, or null: the same skeleton, or one
    /// edit apart (a swap of neighbours counts as one) when both are at least seven characters long.
    /// Equal numbers are near by the skeleton rule.
    /// </summary>
    public static NearRule? NearBy(string a, string b)
    {
        var left = Normalize(a);
        var right = Normalize(b);
        if (left.Length == 0 || right.Length == 0)
        {
            return null;
        }

        if (string.Equals(Skeleton(left), Skeleton(right), StringComparison.Ordinal))
        {
            return NearRule.SameSkeleton;
        }

        if (Math.Min(left.Length, right.Length) >= MinimumLengthForOneEdit && EditDistance.IsAtMostOne(left, right))
        {
            return NearRule.OneEdit;
        }

        return null;
    }

    // The confusions folded are those that happen in practice with passport numbers, both when a
    // machine-readable zone is read by OCR and when a clerk keys a number from the data page or a
    // photocopy:
    //   O, Q -> 0   the classic; OCR-B's zero is narrow but still read as O, Q loses its tail in bad
    //               prints, and lists say it outright ("letter O followed by 3 zeros").
    //   I, L -> 1   I and 1 in OCR and in handwriting; L because a lower-case l keyed for 1 becomes L
    //               once upper-cased.
    //   Z -> 2, S -> 5, B -> 8   the usual OCR look-alikes on worn or low-resolution scans.
    // Not folded: D (a real prefix, D for diplomatic passports, which must stay apart from ordinary
    // numbers), G/6 and U/V (seldom confused in OCR-B, and folding them would merge real series).
    private static char Fold(char c) => c switch
    {
        'O' or 'Q' => '0',
        'I' or 'L' => '1',
        'Z' => '2',
        'S' => '5',
        'B' => '8',
        _ => c,
    };

    // Full-width forms (U+FF01..U+FF5E) mirror ASCII 0x21..0x7E: East Asian keyboards produce them.
    private static char FullWidthToAscii(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
}
