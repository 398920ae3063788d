using System.Globalization;
using Portcullis.Formats.Edifact;

namespace Portcullis.Formats.Pnrgov;

/// <summary>PNRGOV writes dates as DDMMYY (format 2 of the PADIS guides) and times as HHMM or HHMMSS.</summary>
internal static class PnrgovDates
{
    public static DateOnly? Date(string ddmmyy, DateOnly reference)
    {
        var text = ddmmyy.Trim();
        if (text.Length == 6 && text.All(char.IsAsciiDigit))
        {
            return EdifactDates.Date(string.Concat(text.AsSpan(4, 2), text.AsSpan(2, 2), text.AsSpan(0, 2)), EdifactDates.Century.Nearest, reference);
        }

        if (text.Length == 8 && text.All(char.IsAsciiDigit))
        {
            // DDMMCCYY
            return EdifactDates.Date(string.Concat(text.AsSpan(4, 4), text.AsSpan(2, 2), text.AsSpan(0, 2)), EdifactDates.Century.Nearest, reference);
        }

        return null;
    }

    public static DateTime? DateTime(string ddmmyy, string time, DateOnly reference) =>
        Date(ddmmyy, reference) is { } day ? day.ToDateTime(EdifactDates.Time(time) ?? TimeOnly.MinValue) : null;

    public static bool IsTime(string text) => text.Length is 4 or 6 && EdifactDates.Time(text) is not null;

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
