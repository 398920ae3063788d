using System.Globalization;
using System.Text;
using Portcullis.Formats.Passengers;

namespace Portcullis.Features.Passengers;

/// <summary>
/// A traveller's identity within one flight: folded surname, given names, date of birth and first
/// document number. A list resent at check-in and again at closing finds the same row by it.
/// </summary>
public static class TravellerKey
{
    public static string Of(Traveller t)
    {
        var document = t.Documents.FirstOrDefault(d => d.Number is not null)?.Number;
        var key = string.Join('|', Fold(t.Surname), Fold(t.GivenNames), t.DateOfBirth?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "", Fold(document));
        return key.Length <= 400 ? key : key[..400];
    }

    /// <summary>Upper case, without diacritics and punctuation, single spaces: "Đorđe  Petrović" and "DJORDJE PETROVIC" are not equal, but "Petrović" and "PETROVIĆ" are.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToUpperInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }
}
