namespace Portcullis.Matching.Names;

/// <summary>A name as written, its Latin form, and its parts ready for comparison.</summary>
public sealed record AnalyzedName(string Original, string Latin, SubjectKind Subject, IReadOnlyList<NamePart> Parts)
{
    /// <summary>The sum of the weights of all parts: the denominator of a name's share in an alignment.</summary>
    public float TotalWeight { get; } = Parts.Sum(p => p.Weight);
}
