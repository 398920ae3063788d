using System.Globalization;

namespace Portcullis.Matching.Evidence;

/// <summary>A date of which only the year, or the year and month, may be known: lists often give only a year of birth.</summary>
public readonly record struct PartialDate(int Year, int? Month, int? Day)
{
    /// <summary>Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null for anything else.</summary>
    public static PartialDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || !TryNumber(parts[0], 4, out var year) || year < 1800 || year > 2200)
        {
            return null;
        }

        int? month = null, day = null;
        if (parts.Length > 1)
        {
            if (!TryNumber(parts[1], 2, out var m) || m is < 1 or > 12)
            {
                return null;
            }

            month = m;
        }

        if (parts.Length > 2)
        {
            if (!TryNumber(parts[2], 2, out var d) || d < 1 || d > DateTime.DaysInMonth(year, month!.Value))
            {
                return null;
            }

            day = d;
        }

        return new PartialDate(year, month, day);
    }

    /// <summary>The date as written in ISO 8601, as far as it is known.</summary>
    public override string ToString() => Day is not null
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}")
        : Month is not null ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}") : Year.ToString("D4", CultureInfo.InvariantCulture);

    private static bool TryNumber(string text, int length, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && text.Length == length;
}
