namespace Portcullis.Matching.Documents;

/// <summary>
/// Whether two strings are at most one edit apart, where an edit is an insertion, a deletion, a
/// substitution or the swap of two neighbouring characters. A linear walk rather than a full distance
/// table, since only "one or not" is ever asked.
/// </summary>
internal static class EditDistance
{
    public static bool IsAtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var first = 0;
        while (first < a.Length && first < b.Length && a[first] == b[first])
        {
            first++;
        }

        if (first == a.Length && first == b.Length)
        {
            return true;
        }

        if (a.Length == b.Length)
        {
            var substitution = a.AsSpan(first + 1).SequenceEqual(b.AsSpan(first + 1));
            var swap = first + 1 < a.Length
                && a[first] == b[first + 1]
                && a[first + 1] == b[first]
                && a.AsSpan(first + 2).SequenceEqual(b.AsSpan(first + 2));
            return substitution || swap;
        }

        // One insertion: the longer string without its character at the first difference is the shorter.
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        return shorter.AsSpan(first).SequenceEqual(longer.AsSpan(first + 1));
    }
}
