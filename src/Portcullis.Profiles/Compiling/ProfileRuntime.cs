using System.Globalization;
using Portcullis.Profiles.Syntax;

namespace Portcullis.Profiles.Compiling;

/// <summary>
/// The operations compiled profiles call: the language's own functions and nothing else. Each one
/// takes missing values (null) in its stride: a comparison with a missing value is false, arithmetic on
/// one is missing, so absent data never selects anyone and never throws. Public only because
/// compiled expression trees call it.
/// </summary>
public static class ProfileRuntime
{
    public static bool IsTrue(bool? value) => value == true;

    public static bool Equal<T>(T? a, T? b) where T : struct, IComparable<T> => a.HasValue && b.HasValue && a.Value.CompareTo(b.Value) == 0;

    public static bool NotEqual<T>(T? a, T? b) where T : struct, IComparable<T> => a.HasValue && b.HasValue && a.Value.CompareTo(b.Value) != 0;

    public static bool Less<T>(T? a, T? b) where T : struct, IComparable<T> => a.HasValue && b.HasValue && a.Value.CompareTo(b.Value) < 0;

    public static bool LessOrEqual<T>(T? a, T? b) where T : struct, IComparable<T> => a.HasValue && b.HasValue && a.Value.CompareTo(b.Value) <= 0;

    public static bool Greater<T>(T? a, T? b) where T : struct, IComparable<T> => a.HasValue && b.HasValue && a.Value.CompareTo(b.Value) > 0;

    public static bool GreaterOrEqual<T>(T? a, T? b) where T : struct, IComparable<T> => a.HasValue && b.HasValue && a.Value.CompareTo(b.Value) >= 0;

    public static bool Between<T>(T? value, T? low, T? high) where T : struct, IComparable<T> =>
        value.HasValue && low.HasValue && high.HasValue && value.Value.CompareTo(low.Value) >= 0 && value.Value.CompareTo(high.Value) <= 0;

    // The same with the second operand written in the profile (never missing), passed as a plain value.
    public static bool Equal<T>(T? a, T b) where T : struct, IComparable<T> => a.HasValue && a.GetValueOrDefault().CompareTo(b) == 0;

    public static bool NotEqual<T>(T? a, T b) where T : struct, IComparable<T> => a.HasValue && a.GetValueOrDefault().CompareTo(b) != 0;

    public static bool Less<T>(T? a, T b) where T : struct, IComparable<T> => a.HasValue && a.GetValueOrDefault().CompareTo(b) < 0;

    public static bool LessOrEqual<T>(T? a, T b) where T : struct, IComparable<T> => a.HasValue && a.GetValueOrDefault().CompareTo(b) <= 0;

    public static bool Greater<T>(T? a, T b) where T : struct, IComparable<T> => a.HasValue && a.GetValueOrDefault().CompareTo(b) > 0;

    public static bool GreaterOrEqual<T>(T? a, T b) where T : struct, IComparable<T> => a.HasValue && a.GetValueOrDefault().CompareTo(b) >= 0;

    public static bool Between<T>(T? value, T low, T high) where T : struct, IComparable<T> =>
        value.HasValue && value.GetValueOrDefault().CompareTo(low) >= 0 && value.GetValueOrDefault().CompareTo(high) <= 0;

    // Codes arrive in either case (CASH, Cash): text equality, lists and text tests ignore case, ordinally.
    public static bool TextEqual(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    public static bool TextNotEqual(string? a, string? b) => a is not null && b is not null && !string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    public static bool StartsWith(string? value, string? prefix) =>
        value is not null && prefix is not null && value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    public static bool EndsWith(string? value, string? suffix) =>
        value is not null && suffix is not null && value.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

    public static bool Contains(string? value, string? part) =>
        value is not null && part is not null && value.Contains(part, StringComparison.OrdinalIgnoreCase);

    public static bool InSet<T>(T? value, HashSet<T> set) where T : struct => value.HasValue && set.Contains(value.Value);

    public static bool NotInSet<T>(T? value, HashSet<T> set) where T : struct => value.HasValue && !set.Contains(value.Value);

    // Built once per profile, read millions of times: see TextSet for why it is not a plain set.
    public static bool InTextSet(string? value, TextSet set) => value is not null && set.Contains(value);

    public static bool NotInTextSet(string? value, TextSet set) => value is not null && !set.Contains(value);

    public static decimal? Add(decimal? a, decimal? b) => a + b;

    public static decimal? Subtract(decimal? a, decimal? b) => a - b;

    public static TimeSpan? Add(TimeSpan? a, TimeSpan? b) => a + b;

    public static TimeSpan? Subtract(TimeSpan? a, TimeSpan? b) => a - b;

    public static DateTime? Add(DateTime? a, TimeSpan? b) => a + b;

    public static DateTime? Subtract(DateTime? a, TimeSpan? b) => a - b;

    public static TimeSpan? Subtract(DateTime? a, DateTime? b) => a - b;

    // A date is a calendar day: it moves by whole days, so "2026-12-01 + 36 hours" is 2026-12-02.
    public static DateOnly? Add(DateOnly? a, TimeSpan? b) =>
        a.HasValue && b.HasValue ? a.Value.AddDays((int)Math.Floor(b.Value.TotalDays)) : null;

    public static DateOnly? Subtract(DateOnly? a, TimeSpan? b) =>
        a.HasValue && b.HasValue ? a.Value.AddDays(-(int)Math.Floor(b.Value.TotalDays)) : null;

    /// <summary>A date compared or subtracted with a time stands for its midnight (UTC).</summary>
    public static DateTime? AtMidnight(DateOnly? date) =>
        date.HasValue ? date.Value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null;

    public static TimeSpan ToDuration(decimal amount, DurationUnit unit) => TimeSpan.FromTicks((long)(amount * unit switch
    {
        DurationUnit.Minutes => TimeSpan.TicksPerMinute,
        DurationUnit.Hours => TimeSpan.TicksPerHour,
        DurationUnit.Days => TimeSpan.TicksPerDay,
        _ => TimeSpan.TicksPerDay * 7,
    }));

    // Collections are arrays or lists in every catalogue: read as spans, so that no enumerator is
    // allocated and no interface is called per element (an array's IReadOnlyList indexer is).
    public static bool Any<TElement>(IEnumerable<TElement>? items, Func<TElement, bool> condition)
    {
        if (AsSpan(items, out var span))
        {
            foreach (var item in span)
            {
                if (condition(item))
                {
                    return true;
                }
            }

            return false;
        }

        return items is not null && items.Any(condition);
    }

    /// <summary>What <see cref="Deciding"/> returns when no element decided: the explanation leaves the value out.</summary>
    public static readonly object NoElement = new();

    /// <summary>
    /// For explanations only: a value read from the first element whose condition is
    /// <paramref name="wanted"/> (the element that made an <c>any</c> hold, or an <c>all</c> fail), or
    /// <see cref="NoElement"/> when there is none.
    /// </summary>
    public static object? Deciding<TElement>(IEnumerable<TElement>? items, Func<TElement, bool> condition, bool wanted, Func<TElement, object?> read)
    {
        foreach (var item in items ?? [])
        {
            if (condition(item) == wanted)
            {
                return read(item);
            }
        }

        return NoElement;
    }

    // "All of none" would select everyone with an empty or missing collection: it is false instead.
    public static bool All<TElement>(IEnumerable<TElement>? items, Func<TElement, bool> condition)
    {
        if (AsSpan(items, out var span))
        {
            foreach (var item in span)
            {
                if (!condition(item))
                {
                    return false;
                }
            }

            return span.Length > 0;
        }

        if (items is null)
        {
            return false;
        }

        var any = false;
        foreach (var item in items)
        {
            if (!condition(item))
            {
                return false;
            }
            any = true;
        }
        return any;
    }

    public static int? Count<TElement>(IEnumerable<TElement>? items) => items switch
    {
        TElement[] array => array.Length,
        IReadOnlyCollection<TElement> collection => collection.Count,
        _ => items?.Count(),
    };

    public static int? Count<TElement>(IEnumerable<TElement>? items, Func<TElement, bool> condition)
    {
        if (AsSpan(items, out var span))
        {
            var count = 0;
            foreach (var item in span)
            {
                count += condition(item) ? 1 : 0;
            }

            return count;
        }

        return items?.Count(condition);
    }

    private static bool AsSpan<TElement>(IEnumerable<TElement>? items, out ReadOnlySpan<TElement> span)
    {
        switch (items)
        {
            case TElement[] array:
                span = array;
                return true;
            case List<TElement> list:
                span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list);
                return true;
            default:
                span = default;
                return false;
        }
    }

    /// <summary>A value as an officer reads it in an explanation.</summary>
    public static string Display(object? value) => value switch
    {
        null => "missing",
        string text => ProfileFormatter.Quote(text),
        bool yes => yes ? "yes" : "no",
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
        TimeSpan span => DisplayDuration(span),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string DisplayDuration(TimeSpan span)
    {
        var sign = span < TimeSpan.Zero ? "-" : "";
        span = span.Duration();
        var parts = new List<string>();
        if (span.Days > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{span.Days} {(span.Days == 1 ? "day" : "days")}"));
        }
        if (span.Hours > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{span.Hours} {(span.Hours == 1 ? "hour" : "hours")}"));
        }
        if (span.Minutes > 0 || parts.Count == 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{span.Minutes} {(span.Minutes == 1 ? "minute" : "minutes")}"));
        }
        return sign + string.Join(" ", parts);
    }
}
