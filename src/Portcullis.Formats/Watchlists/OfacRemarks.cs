using System.Text.RegularExpressions;

namespace Portcullis.Formats.Watchlists;

/// <summary>
/// OFAC's Remarks field: facts separated by semicolons ("DOB 08 Dec 1962; POB Tetovo, Macedonia;
/// nationality Iran; Passport A1234567 (Iran) expires 01 Jan 2030; a.k.a. 'NAME'."). The facts screening
/// compares (dates and places of birth, nationality, sex, passports and ID numbers, the a.k.a.s OFAC keeps
/// here rather than among the aliases, which are its weak ones) go to their fields; the rest, "Linked To:"
/// included, stays in the remarks as written.
/// </summary>
internal static partial class OfacRemarks
{
    /// <summary>Remark prefixes that name a document, and the type the document gets.</summary>
    private static readonly (string Prefix, string Type)[] DocumentPrefixes =
    [
        ("Passport ", "Passport"),
        ("National ID No. ", "National ID"),
        ("Cedula No. ", "Cedula"),
        ("Vessel Registration Identification IMO ", "IMO"),
    ];

    public static void Apply(string remarks, WatchlistEntryBuilder entry, List<Diagnostic> diagnostics, int line)
    {
        foreach (var part in Split(remarks))
        {
            if (!ApplyFact(part, entry, diagnostics, line))
            {
                entry.AddRemark(part);
            }
        }
    }

    /// <summary>
    /// Splits on semicolons, except inside an a.k.a.'s quotes (names may hold a semicolon): the quote
    /// that closes an a.k.a. is the one followed by the end, a semicolon, or a final full stop.
    /// </summary>
    internal static List<string> Split(string remarks)
    {
        var parts = new List<string>();
        var at = 0;
        while (at < remarks.Length)
        {
            while (at < remarks.Length && char.IsWhiteSpace(remarks[at]))
            {
                at++;
            }

            var end = AliasEnd(remarks, at) ?? remarks.IndexOf(';', at);
            if (end < 0)
            {
                end = remarks.Length;
            }

            if (end > at && remarks[at..end].Trim() is { Length: > 0 } part)
            {
                parts.Add(part);
            }

            at = end + 1;
        }

        return parts;
    }

    private static int? AliasEnd(string remarks, int at)
    {
        var match = AliasStart().Match(remarks, at);
        if (!match.Success || match.Index != at)
        {
            return null;
        }

        for (var quote = remarks.IndexOf('\'', match.Index + match.Length); quote >= 0; quote = remarks.IndexOf('\'', quote + 1))
        {
            var after = remarks.AsSpan(quote + 1).TrimStart();
            if (after.IsEmpty || after[0] == ';' || (after[0] == '.' && (after.Length == 1 || after[1..].TrimStart() is [';', ..] or [])))
            {
                var semicolon = remarks.IndexOf(';', quote + 1);
                return semicolon < 0 ? remarks.Length : semicolon;
            }
        }

        return null;
    }

    private static bool ApplyFact(string part, WatchlistEntryBuilder entry, List<Diagnostic> diagnostics, int line)
    {
        var fact = part.EndsWith('.') ? part[..^1].TrimEnd() : part;
        if (fact.StartsWith("alt. ", StringComparison.Ordinal))
        {
            fact = fact[5..].TrimStart();
        }

        if (AliasFact().Match(fact) is { Success: true } alias)
        {
            entry.AddNameUnlessKnown(alias.Groups["name"].Value, WatchlistNameQuality.WeakAlias);
            return true;
        }

        if (fact.StartsWith("DOB ", StringComparison.Ordinal))
        {
            return ApplyBirthDate(fact[4..], entry, diagnostics, line);
        }

        if (fact.StartsWith("POB ", StringComparison.Ordinal))
        {
            entry.AddPlaceOfBirth(fact[4..]);
            return true;
        }

        if (NationalityFact().Match(fact) is { Success: true } nationality)
        {
            entry.AddNationality(WatchlistCountries.ResolveOrKeep(nationality.Groups["country"].Value, diagnostics, $"{entry.ExternalId}: {nationality.Groups["kind"].Value}", line, "Remarks"));
            return true;
        }

        if (fact is "Gender Male" or "Gender Female")
        {
            entry.Sex = fact == "Gender Male" ? "M" : "F";
            return true;
        }

        foreach (var (prefix, type) in DocumentPrefixes)
        {
            if (fact.StartsWith(prefix, StringComparison.Ordinal) && DocumentFact().Match(fact[prefix.Length..]) is { Success: true } document)
            {
                var country = document.Groups["country"].Success
                    ? WatchlistCountries.ResolveOrKeep(document.Groups["country"].Value, diagnostics, $"{entry.ExternalId}: {type} {document.Groups["number"].Value}", line, "Remarks")
                    : null;
                var note = document.Groups["note"].Success ? document.Groups["note"].Value : null;
                entry.AddDocument(new WatchlistDocumentRef(type, document.Groups["number"].Value, country, note));
                return true;
            }
        }

        return false;
    }

    /// <summary>"08 Dec 1962", "Dec 1962", "1962", "circa 1970", "1960 to 1962", "01 Jan 1960 to 31 Dec 1962", "circa 1970-1972".</summary>
    private static bool ApplyBirthDate(string text, WatchlistEntryBuilder entry, List<Diagnostic> diagnostics, int line)
    {
        var value = text.StartsWith("circa ", StringComparison.Ordinal) ? text[6..].Trim() : text.Trim();
        var range = value.Split(" to ", StringSplitOptions.TrimEntries);
        if (range.Length == 1 && YearDash().Match(value) is { Success: true } dashed)
        {
            range = [dashed.Groups[1].Value, dashed.Groups[2].Value];
        }

        if (range.Length == 1 && PartialDates.TryParseEnglish(value, out var date))
        {
            entry.AddBirthDate(date);
            return true;
        }

        if (range.Length == 2 && PartialDates.TryParseEnglish(range[0], out var from) && PartialDates.TryParseEnglish(range[1], out var to))
        {
            var dates = RangeDates(from, to, out var capped);
            foreach (var year in dates)
            {
                entry.AddBirthDate(year);
            }

            if (capped)
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, "watchlist.long-range", $"{entry.ExternalId}: born {text}: only the two years are listed", Line: line, Field: "Remarks"));
            }

            return true;
        }

        diagnostics.Add(new Diagnostic(Severity.Warning, "ofac.bad-date", $"{entry.ExternalId}: 'DOB {text}' is not a date; kept in the remarks", Line: line, Field: "Remarks"));
        return false;
    }

    /// <summary>A range within one month is that month; within one year, that year; otherwise each year.</summary>
    private static List<string> RangeDates(string from, string to, out bool capped)
    {
        capped = false;
        if (from.Length >= 7 && to.Length >= 7 && string.Equals(from[..7], to[..7], StringComparison.Ordinal))
        {
            return [from[..7]];
        }

        return PartialDates.Years(int.Parse(from[..4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(to[..4], System.Globalization.CultureInfo.InvariantCulture), out capped);
    }

    [GeneratedRegex(@"\G[afn]\.k\.a\.\s*'")]
    private static partial Regex AliasStart();

    [GeneratedRegex(@"^[afn]\.k\.a\.\s*'(?<name>.*)'$", RegexOptions.Singleline)]
    private static partial Regex AliasFact();

    [GeneratedRegex(@"^(?<kind>nationality|citizen)\s+(?<country>.+)$")]
    private static partial Regex NationalityFact();

    /// <summary>"A1234567 (Iran) issued 01 Jan 2010 expires 01 Jan 2020": number, then optionally country and dates.</summary>
    [GeneratedRegex(@"^(?<number>.+?)(?:\s+\((?<country>[^()]+)\))?(?:\s+(?<note>(?:issued|expires|Issue Date|Expire Date|Expiration Date)\b.*))?$", RegexOptions.Singleline)]
    private static partial Regex DocumentFact();

    [GeneratedRegex(@"^(\d{4})\s*-\s*(\d{4})$")]
    private static partial Regex YearDash();
}
