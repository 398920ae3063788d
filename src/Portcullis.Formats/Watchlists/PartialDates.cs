using System.Globalization;

namespace Portcullis.Formats.Watchlists;

/// <summary>
/// Dates of birth as lists know them: often only a year or a month. Written as partial ISO dates
/// ("1962", "1962-12", "1962-12-08") so that the matcher compares what is known and nothing more.
/// </summary>
internal static class PartialDates
{
    /// <summary>
    /// A range longer than this says little more than "an adult"; listing each year would only make
    /// every traveller of that age a candidate, so longer ranges keep their two ends only.
    /// </summary>
    public const int MaxYearsExpanded = 20;

    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static string Format(int year, int? month = null, int? day = null) =>
        day is not null && month is not null
            ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}")
            : month is not null
                ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}")
                : year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>"YYYY", "YYYY-MM" or "YYYY-MM-DD", checked (no 31 February); also accepts a full date with a time or zone after it.</summary>
    public static bool TryParseIso(string? text, out string date)
    {
        date = "";
        var s = text?.Trim() ?? "";
        if (s.Length > 10 && s[10] is 'T' or ' ' or '-' or '+' or 'Z')
        {
            s = s[..10];
        }

        var parts = s.Split('-');
        if (parts.Length > 3 || !TryYear(parts[0], out var year))
        {
            return false;
        }

        int? month = null, day = null;
        if (parts.Length >= 2)
        {
            if (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)
            {
                return false;
            }

            month = m;
        }

        if (parts.Length == 3)
        {
            if (parts[2].Length != 2 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d < 1 || d > DateTime.DaysInMonth(year, month!.Value))
            {
                return false;
            }

            day = d;
        }

        date = Format(year, month, day);
        return true;
    }

    /// <summary>A full ISO date (YYYY-MM-DD, optionally followed by a zone as the UN writes LISTED_ON).</summary>
    public static DateOnly? ParseDay(string? text) =>
        TryParseIso(text, out var date) && date.Length == 10
            ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    /// <summary>English dates as OFAC and UN notes write them: "08 Dec 1962", "8 December 1962", "Dec 1962", "Nov. 1973", "1962".</summary>
    public static bool TryParseEnglish(string? text, out string date)
    {
        date = "";
        var words = (text ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        switch (words.Length)
        {
            case 1 when TryYear(words[0], out var year):
                date = Format(year);
                return true;
            case 2 when TryMonth(words[0], out var month) && TryYear(words[1], out var year):
                date = Format(year, month);
                return true;
            case 3 when int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                && TryMonth(words[1], out var month) && TryYear(words[2], out var year)
                && day >= 1 && day <= DateTime.DaysInMonth(year, month):
                date = Format(year, month, day);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Each year from one to the other, both included; only the two ends when the range is longer than
    /// <see cref="MaxYearsExpanded"/> (<paramref name="capped"/> then says so).
    /// </summary>
    public static List<string> Years(int from, int to, out bool capped)
    {
        if (to < from)
        {
            (from, to) = (to, from);
        }

        capped = to - from + 1 > MaxYearsExpanded;
        if (capped)
        {
            return [Format(from), Format(to)];
        }

        var years = new List<string>(to - from + 1);
        for (var year = from; year <= to; year++)
        {
            years.Add(Format(year));
        }

        return years;
    }

    public static bool TryYear(string? text, out int year)
    {
        year = 0;
        var s = text?.Trim().TrimEnd('.') ?? "";
        return s.Length == 4
            && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && year is >= 1000 and <= 9999;
    }

    private static bool TryMonth(string word, out int month)
    {
        month = 0;
        var w = word.TrimEnd('.');
        if (w.Length < 3)
        {
            return false;
        }

        var index = Array.FindIndex(MonthNames, m => w.StartsWith(m, StringComparison.OrdinalIgnoreCase));
        // "Sept" and full names start like the abbreviation; anything else must be just the abbreviation.
        if (index < 0 || !(w.Length == 3 || IsFullMonthName(w, index) || (index == 8 && w.Equals("sept", StringComparison.OrdinalIgnoreCase))))
        {
            return false;
        }

        month = index + 1;
        return true;
    }

    private static bool IsFullMonthName(string word, int index) =>
        word.Equals(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[index], StringComparison.OrdinalIgnoreCase);
}
