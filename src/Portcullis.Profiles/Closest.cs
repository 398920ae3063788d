namespace Portcullis.Profiles;

/// <summary>
/// Picks the candidate a mistyped name most likely meant, for "did you mean" suggestions. A candidate
/// that starts with what was typed wins first (a truncated name, <c>booking.daysBefore</c>, is far in
/// edit distance from its full form but obviously meant it); otherwise the fewest edits.
/// </summary>
internal static class Closest
{
    public static string? To(string typed, IEnumerable<string> candidates)
    {
        var list = candidates.ToList();
        var completion = list
            .Where(c => c.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.Length)
            .ThenBy(c => c, StringComparer.Ordinal)
            .FirstOrDefault();
        if (completion is not null)
        {
            return completion;
        }
        return list
            .OrderBy(c => Distance(typed.ToUpperInvariant(), c.ToUpperInvariant()))
            .ThenBy(c => c, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions each cost one.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
