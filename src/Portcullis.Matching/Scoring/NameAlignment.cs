namespace Portcullis.Matching.Scoring;

/// <summary>The outcome of comparing two names: a score in [0, 1], the aligned parts and what was left over.</summary>
public sealed record NameAlignment(
    float Score,
    IReadOnlyList<AlignedParts> Aligned,
    IReadOnlyList<string> UnmatchedQueryParts,
    IReadOnlyList<string> UnmatchedEntryParts);
