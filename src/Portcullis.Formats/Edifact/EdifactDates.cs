using System.Globalization;

namespace Portcullis.Formats.Edifact;

/// <summary>
/// EDIFACT date and time texts (format codes 101 YYMMDD, 102 CCYYMMDD, 201 YYMMDDHHMM, 203
/// CCYYMMDDHHMM, 204 with seconds, and IATA's DDMMMYY) into dates and local date-times. Two-digit
/// years are placed by what the date is: see <see cref="Century"/>.
/// </summary>
public static class EdifactDates
{
    /// <summary>How a two-digit year is expanded.</summary>
    public enum Century
    {
        /// <summary>Within 50 years either side of the reference (transmissions, flights, expiries).</summary>
        Nearest,

        /// <summary>Never after the reference: a date of birth in a message of that date.</summary>
        NotAfter,

        /// <summary>At most 20 years after the reference: a document expiry (no passport is valid longer).</summary>
        Expiry,
    }

    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    public static DateTime? DateTime(string date, string time)
    {
        var day = Date(date, Century.Nearest, null);
        if (day is null)
        {
            return null;
        }

        var t = Time(time) ?? TimeOnly.MinValue;
        return day.Value.ToDateTime(t);
    }

    public static TimeOnly? Time(string text)
    {
        text = text.Trim();
        if (text.Length is 4 or 6 && int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var h) &&
            int.TryParse(text.AsSpan(2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && h < 24 && m < 60)
        {
            return new TimeOnly(h, m);
        }

        return null;
    }

    /// <summary>A date from YYMMDD, CCYYMMDD or DDMMMYY; null when it is not one.</summary>
    public static DateOnly? Date(string text, Century century, DateOnly? reference)
    {
        text = text.Trim();
        if (text.Length == 8 && Digits(text, 0, 4, out var year4) && Digits(text, 4, 2, out var m8) && Digits(text, 6, 2, out var d8))
        {
            return Make(year4, m8, d8);
        }

        if (text.Length == 6 && Digits(text, 0, 2, out var yy) && Digits(text, 2, 2, out var m6) && Digits(text, 4, 2, out var d6))
        {
            return Expand(yy, m6, d6, century, reference);
        }

        if (text.Length == 7 && Digits(text, 0, 2, out var dd) && Digits(text, 5, 2, out var yy7))
        {
            var month = Array.IndexOf(Months, text.Substring(2, 3).ToUpperInvariant()) + 1;
            return month == 0 ? null : Expand(yy7, month, dd, century, reference);
        }

        return null;
    }

    /// <summary>A local date-time from YYMMDDHHMM (201), CCYYMMDDHHMM (203) or CCYYMMDDHHMMSS (204); a bare date gives midnight.</summary>
    public static DateTime? LocalDateTime(string text, DateOnly? reference)
    {
        text = text.Trim();
        return text.Length switch
        {
            10 => Combine(Date(text[..6], Century.Nearest, reference), text[6..]),
            12 => Combine(Date(text[..8], Century.Nearest, reference), text[8..]),
            14 => Combine(Date(text[..8], Century.Nearest, reference), text[8..12]),
            6 or 8 => Date(text, Century.Nearest, reference)?.ToDateTime(TimeOnly.MinValue),
            _ => null,
        };
    }

    private static DateTime? Combine(DateOnly? date, string time) =>
        date is { } d && Time(time) is { } t ? d.ToDateTime(t) : null;

    private static DateOnly? Expand(int yy, int month, int day, Century century, DateOnly? reference)
    {
        if (reference is null)
        {
            // Nothing to compare with (the UNB date itself): the usual 1970 pivot.
            return Make(yy < 70 ? 2000 + yy : 1900 + yy, month, day);
        }

        var anchor = reference.Value;
        var year = (anchor.Year / 100 * 100) + yy;
        if (century == Century.NotAfter)
        {
            if (Make(year, month, day) is { } candidate && candidate > anchor)
            {
                year -= 100;
            }
        }
        else if (century == Century.Expiry)
        {
            if (year > anchor.Year + 20)
            {
                year -= 100;
            }
        }
        else if (year > anchor.Year + 50)
        {
            year -= 100;
        }
        else if (year < anchor.Year - 50)
        {
            year += 100;
        }

        return Make(year, month, day);
    }

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= System.DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static bool Digits(string text, int at, int count, out int value) =>
        int.TryParse(text.AsSpan(at, count), NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
