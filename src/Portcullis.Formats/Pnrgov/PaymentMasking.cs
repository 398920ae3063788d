using System.Text;
using System.Text.RegularExpressions;

namespace Portcullis.Formats.Pnrgov;

/// <summary>
/// Card numbers are never kept whole (PCI DSS): a form of payment keeps its last four digits, and any
/// run of 13 to 19 digits in free text (remarks, history, OSI) is masked the same way.
/// </summary>
internal static partial class PaymentMasking
{
    /// <summary>"4111111111111111" gives "XXXXXXXXXXXX1111"; a number already masked by the sender keeps its last four.</summary>
    public static string? MaskCardNumber(string number)
    {
        var digits = new StringBuilder();
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c) || c is 'X' or 'x' or '*')
            {
                digits.Append(c);
            }
        }

        var text = digits.ToString();
        if (text.Length == 0)
        {
            return null;
        }

        var keep = Math.Min(4, text.Length);
        var last = text[^keep..];
        return new string('X', text.Length - keep) + last;
    }

    /// <summary>
    /// Masks every run of 13 to 19 digits, and card numbers written in groups of four ("4111 1111 1111
    /// 1111"), to their last four. Telephone numbers written with spaces are left alone.
    /// </summary>
    public static string MaskFreeText(string text) =>
        string.IsNullOrEmpty(text) ? text : CardLike().Replace(text, m => MaskRun(m.Value));

    private static string MaskRun(string run)
    {
        var total = run.Count(char.IsAsciiDigit);
        var seen = 0;
        var builder = new StringBuilder(run.Length);
        foreach (var c in run)
        {
            if (char.IsAsciiDigit(c))
            {
                seen++;
                builder.Append(seen > total - 4 ? c : 'X');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"(?<!\d)(?:\d{13,19}|\d{4}(?:[ -]\d{4}){2}[ -]\d{1,7})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex CardLike();
}
