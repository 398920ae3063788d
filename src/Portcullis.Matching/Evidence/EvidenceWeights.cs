using System.Globalization;

namespace Portcullis.Matching.Evidence;

/// <summary>
/// How facts besides the name move a score (documented in docs/matching.md). Agreement adds a little:
/// many people share a birthday or a nationality. Disagreement takes away more: a list entry born in
/// 1962 is not a traveller born in 1990, whatever the name. A year off by one is kept close, because
/// lists often give an approximate year. Sex is recorded wrongly often enough to weigh moderately.
/// </summary>
public static class EvidenceWeights
{
    public const float SameFullDate = 0.08f;
    public const float SameYear = 0.04f;
    public const float SameYearOtherDay = -0.04f;
    public const float YearOffByOne = -0.08f;
    public const float DifferentYear = -0.30f;
    public const float SameNationality = 0.03f;
    public const float DifferentNationality = -0.10f;
    public const float DifferentSex = -0.15f;

    /// <summary>Compares a queried date of birth with the entry's (the best agreement among them).</summary>
    public static EvidenceItem? CompareBirthDates(PartialDate? query, IReadOnlyList<PartialDate> entry)
    {
        if (query is not { } q || entry.Count == 0)
        {
            return null;
        }

        EvidenceItem? best = null;
        foreach (var e in entry)
        {
            var item = Compare(q, e);
            if (best is null || item.Effect > best.Effect)
            {
                best = item;
            }
        }

        return best;
    }

    private static EvidenceItem Compare(PartialDate q, PartialDate e)
    {
        var detail = string.Create(CultureInfo.InvariantCulture, $"{q} / {e}");
        var gap = Math.Abs(q.Year - e.Year);
        if (gap == 1)
        {
            return new EvidenceItem(EvidenceKind.DateOfBirth, YearOffByOne, detail);
        }

        if (gap > 1)
        {
            return new EvidenceItem(EvidenceKind.DateOfBirth, DifferentYear, detail);
        }

        if (q.Day is not null && e.Day is not null)
        {
            var same = q.Month == e.Month && q.Day == e.Day;
            // Day and month swapped is a keying error (US and European order), not a different person.
            var swapped = q.Month == e.Day && q.Day == e.Month;
            return new EvidenceItem(EvidenceKind.DateOfBirth, same ? SameFullDate : swapped ? SameYear : SameYearOtherDay, detail);
        }

        if (q.Month is not null && e.Month is not null && q.Month != e.Month)
        {
            return new EvidenceItem(EvidenceKind.DateOfBirth, SameYearOtherDay, detail);
        }

        return new EvidenceItem(EvidenceKind.DateOfBirth, SameYear, detail);
    }

    /// <summary>Compares nationalities (ISO 3166 alpha-2 codes, or any codes both sides use alike).</summary>
    public static EvidenceItem? CompareNationalities(IReadOnlyList<string> query, IReadOnlyList<string> entry)
    {
        if (query.Count == 0 || entry.Count == 0)
        {
            return null;
        }

        var detail = string.Join(",", query) + " / " + string.Join(",", entry);
        var overlap = query.Any(q => entry.Contains(q, StringComparer.OrdinalIgnoreCase));
        return new EvidenceItem(EvidenceKind.Nationality, overlap ? SameNationality : DifferentNationality, detail);
    }

    /// <summary>Compares sex, given as M or F.</summary>
    public static EvidenceItem? CompareSex(char? query, char? entry) =>
        query is { } q && entry is { } e && char.ToUpperInvariant(q) != char.ToUpperInvariant(e)
            ? new EvidenceItem(EvidenceKind.Sex, DifferentSex, string.Create(CultureInfo.InvariantCulture, $"{q} / {e}"))
            : null;
}
