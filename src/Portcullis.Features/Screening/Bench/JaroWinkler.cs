namespace Portcullis.Features.Screening.Bench;

/// <summary>
/// The Jaro-Winkler similarity, standard definition: characters match within half the longer length
/// less one, transpositions count half, and a common prefix of up to four characters lifts the score by
/// 0.1 per character of what is left to 1. As in Winkler's paper the lift applies only above a Jaro
/// score of 0.7 (which changes nothing at GTAS's threshold of 0.95).
/// </summary>
public static class JaroWinkler
{
    public const double PrefixScale = 0.1;
    public const int MaxPrefix = 4;
    public const double BoostThreshold = 0.7;

    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var jaro = Jaro(a, b);
        if (jaro <= BoostThreshold)
        {
            return jaro;
        }

        var prefix = 0;
        while (prefix < MaxPrefix && prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * PrefixScale * (1 - jaro));
    }

    public static double Jaro(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 1 : 0;
        }

        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        // Names are short; the flags live on the stack unless a name is unusually long.
        Span<bool> aMatched = a.Length <= 128 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> bMatched = b.Length <= 128 ? stackalloc bool[b.Length] : new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var last = Math.Min(b.Length - 1, i + window);
            for (var j = Math.Max(0, i - window); j <= last; j++)
            {
                if (!bMatched[j] && a[i] == b[j])
                {
                    aMatched[i] = bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        // Matched characters read in order on both sides: each position where they differ is half a transposition.
        var halfTranspositions = 0;
        for (int i = 0, j = 0; i < a.Length; i++)
        {
            if (!aMatched[i])
            {
                continue;
            }

            while (!bMatched[j])
            {
                j++;
            }

            halfTranspositions += a[i] == b[j] ? 0 : 1;
            j++;
        }

        double m = matches;
        return ((m / a.Length) + (m / b.Length) + ((m - (halfTranspositions / 2.0)) / m)) / 3;
    }
}
