using Portcullis.Matching.Evidence;
using Portcullis.Matching.Scoring;

namespace Portcullis.Matching.Screening;

/// <summary>
/// Why a name matched or not: the two names compared (as written, and the entry's Latin form when it
/// was in another script), which parts aligned with which and how, what was left over on each side,
/// the score from the name alone, and each piece of evidence that raised or lowered it.
/// </summary>
public sealed record MatchExplanation(
    string QueryName,
    string EntryName,
    string EntryNameLatin,
    float NameScore,
    IReadOnlyList<AlignedParts> Aligned,
    IReadOnlyList<string> UnmatchedQueryParts,
    IReadOnlyList<string> UnmatchedEntryParts,
    IReadOnlyList<EvidenceItem> Evidence);
