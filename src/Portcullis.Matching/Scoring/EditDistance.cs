namespace Portcullis.Matching.Scoring;

/// <summary>
/// Optimal string alignment distance (Levenshtein plus adjacent transposition), the typing and OCR
/// errors of names, counted in half edits: every edit costs two halves except one vowel written for
/// another, which costs one, because romanisations disagree most on vowels (Natanyahu, Netanyahu; Laden,
/// Ladin), and two neighbouring letters swapped, which costs one when asked, because it is the
/// commonest slip of a typing hand (Afiz for Faiz) — but not of a transliteration. Bounded: it stops as soon as the distance must exceed the bound, which keeps screening fast.
/// </summary>
public static class EditDistance
{
    /// <summary>The distance in half edits, or <paramref name="bound"/> + 1 when it exceeds the bound (also in half edits).</summary>
    public static int Compute(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int bound, bool cheapTransposition = true)
    {
        var transposition = cheapTransposition ? 1 : 2;
        if (Math.Abs(a.Length - b.Length) * 2 > bound)
        {
            return bound + 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length) * 2;
        }

        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 256 ? stackalloc int[width * 3] : new int[width * 3];
        var previousPrevious = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(width * 2, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j * 2;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i * 2;
            var rowMinimum = i * 2;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : IsVowel(a[i - 1]) && IsVowel(b[j - 1]) ? 1 : 2;
                var value = Math.Min(Math.Min(previous[j] + 2, current[j - 1] + 2), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previousPrevious[j - 2] + transposition);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > bound)
            {
                return bound + 1;
            }

            var recycled = previousPrevious;
            previousPrevious = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
