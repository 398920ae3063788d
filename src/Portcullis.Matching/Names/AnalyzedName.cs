namespace Portcullis.Matching.Names;

/// <summary>A name as written, its Latin form, and its parts ready for comparison.</summary>
public sealed record AnalyzedName(string Original, string Latin, SubjectKind Subject, IReadOnlyList<NamePart> Parts)
{
    private const int MaximumScoredParts = 64;

    private JoinedParts[]? _joined;

    /// <summary>The sum of the weights of all parts: the denominator of a name's share in an alignment.</summary>
    public float TotalWeight { get; } = Parts.Sum(p => p.Weight);

    /// <summary>The parts that count in a comparison (weight above zero), at most 64: computed once, read by every alignment.</summary>
    public IReadOnlyList<NamePart> ScoredParts { get; } = [.. Parts.Where(p => p.Weight > 0f).Take(MaximumScoredParts)];

    /// <summary>
    /// Two or three adjacent scored parts written together, with their key, computed once: the other
    /// side may write "Abdul Rahman" as "Abdulrahman", "van der Bilt" as "Vanderbilt". Two-letter
    /// fragments are not joined ("Yu Son", "Ah San" would resemble too many short names); titles and
    /// legal forms never are.
    /// </summary>
    public IReadOnlyList<JoinedParts> Joined => _joined ??= JoinedParts.Of(ScoredParts);
}
