namespace Portcullis.Matching.Scoring;

/// <summary>Parts of the two names that were aligned: one or two on each side (two when written as one word on the other).</summary>
public sealed record AlignedParts(string QueryText, string EntryText, float Similarity, PartComparison Reason);
