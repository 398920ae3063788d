using System.Globalization;
using System.Text;

namespace Portcullis.Features.Screening.Bench;

/// <summary>
/// The form GTAS compares names in: the full name upper-cased, diacritics stripped, spaces collapsed.
/// Nothing else: no transliteration, no reordering, no variants; that is the point of the comparison.
/// </summary>
public static class GtasNameForm
{
    public static string Of(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var form = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = form.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                form.Append(' ');
                pendingSpace = false;
            }

            form.Append(char.ToUpperInvariant(c));
        }

        return form.ToString();
    }
}
