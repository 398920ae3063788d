namespace Portcullis.Matching.Screening;

/// <summary>
/// The default decision threshold: a score at or above it is a match. Chosen on the labelled name pairs
/// of testdata/matching/name_bench, where it gives the best F1 (see docs/benchmarks.md); a unit may set
/// its own per list.
/// </summary>
public static class MatchThreshold
{
    /// <summary>The default threshold.</summary>
    public const float Default = 0.72f;
}
