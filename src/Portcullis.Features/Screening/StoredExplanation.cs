using System.Text.Json;
using Portcullis.Matching.Screening;

namespace Portcullis.Features.Screening;

/// <summary>Two aligned name parts as stored with a hit; <see cref="Reason"/> is the engine's PartComparison name.</summary>
public sealed record StoredAlignedParts(string QueryText, string EntryText, float Similarity, string Reason);

/// <summary>One piece of evidence as stored with a hit; <see cref="Kind"/> is the engine's EvidenceKind name.</summary>
public sealed record StoredEvidence(string Kind, float Effect, string Detail);

/// <summary>
/// The engine's <see cref="MatchExplanation"/> as a hit keeps it. A copy in our own shape rather than
/// the engine's type serialized: the engine's internals change, and a hit raised last year must still
/// read back as it was explained then.
/// </summary>
public sealed record StoredExplanation(
    string QueryName,
    string EntryName,
    string EntryNameLatin,
    float NameScore,
    IReadOnlyList<StoredAlignedParts> Aligned,
    IReadOnlyList<string> UnmatchedQueryParts,
    IReadOnlyList<string> UnmatchedEntryParts,
    IReadOnlyList<StoredEvidence> Evidence)
{
    public static StoredExplanation From(MatchExplanation e) => new(
        e.QueryName,
        e.EntryName,
        e.EntryNameLatin,
        e.NameScore,
        [.. e.Aligned.Select(a => new StoredAlignedParts(a.QueryText, a.EntryText, a.Similarity, a.Reason.ToString()))],
        e.UnmatchedQueryParts,
        e.UnmatchedEntryParts,
        [.. e.Evidence.Select(x => new StoredEvidence(x.Kind.ToString(), x.Effect, x.Detail))]);

    public string ToJson() => JsonSerializer.Serialize(this, StoredEntry.Json);

    public static StoredExplanation Parse(string json) =>
        JsonSerializer.Deserialize<StoredExplanation>(json, StoredEntry.Json) ?? new StoredExplanation("", "", "", 0, [], [], [], []);
}
