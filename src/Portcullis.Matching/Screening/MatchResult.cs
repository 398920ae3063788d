namespace Portcullis.Matching.Screening;

/// <summary>The outcome of comparing a query with one entry: a score in [0, 1], the decision at the threshold, and why.</summary>
public sealed record MatchResult(ScreeningEntry Entry, float Score, bool IsMatch, MatchExplanation Explanation);
