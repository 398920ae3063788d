using Portcullis.Matching.Evidence;
using Portcullis.Matching.Names;
using Portcullis.Matching.Scoring;

namespace Portcullis.Matching.Screening;

/// <summary>
/// Scores a query against one entry: the best alignment of any of the query's names with any of the
/// entry's names (primary, aliases, original script), then the evidence of date of birth, nationality
/// and sex added to it, clamped to [0, 1]. Names joined by a slash are alternatives ("Al-Qa'ida/Islamic
/// Army") and are compared one by one.
/// </summary>
public static class MatchScorer
{
    /// <summary>A weak alias matched exactly scores 0.8: a hit, but below any strong name's.</summary>
    public const float WeakAliasFactor = 0.8f;

    /// <summary>
    /// True when the entry can be about the query's subject: a person is not screened against a
    /// company's entry, nor a company against a person's; an unknown kind on either side is screened
    /// against all.
    /// </summary>
    public static bool KindsAgree(SubjectKind query, SubjectKind entry) =>
        query == SubjectKind.Unknown || entry == SubjectKind.Unknown || query == entry;

    /// <summary>Scores a query against an entry whose names are already analysed.</summary>
    public static MatchResult Score(AnalyzedQuery query, IndexedEntry entry, float threshold = MatchThreshold.Default)
    {
        // Every pair of names is scored without its explanation; only the best is aligned again, explained.
        var bestScore = -1f;
        AnalyzedName? bestQueryName = null;
        AnalyzedName? bestEntryName = null;
        var bestIsWeak = false;
        foreach (var q in query.Names)
        {
            for (var i = 0; i < entry.Names.Count; i++)
            {
                var e = entry.Names[i];
                var isWeak = i >= entry.WeakFrom;
                var score = NameAligner.Align(q, e, explain: false).Score * (isWeak ? WeakAliasFactor : 1f);
                if (score > bestScore)
                {
                    (bestScore, bestQueryName, bestEntryName, bestIsWeak) = (score, q, e, isWeak);
                }
            }
        }

        NameAlignment? best = null;
        if (bestQueryName is not null && bestEntryName is not null)
        {
            best = NameAligner.Align(bestQueryName, bestEntryName);
            if (bestIsWeak)
            {
                best = best with { Score = best.Score * WeakAliasFactor };
            }
        }

        // A document-only entry (lost and stolen documents) has no name to align.
        best ??= new NameAlignment(0f, [], [], []);
        bestQueryName ??= query.Names.Count > 0 ? query.Names[0] : NameAnalyzer.Analyze(query.Query.Name);
        bestEntryName ??= NameAnalyzer.Analyze(string.Empty);
        return Finish(query, entry, best, bestQueryName, bestEntryName, threshold);
    }

    /// <summary>Scores a query against an entry, analysing both: for one-off comparisons such as `portcullis match`.</summary>
    public static MatchResult Score(ScreeningQuery query, ScreeningEntry entry, float threshold = MatchThreshold.Default) =>
        Score(AnalyzedQuery.Of(query), IndexedEntry.Of(entry), threshold);

    private static MatchResult Finish(AnalyzedQuery query, IndexedEntry entry, NameAlignment alignment, AnalyzedName queryName, AnalyzedName entryName, float threshold)
    {
        var evidence = new List<EvidenceItem>(3);
        AddIfAny(evidence, EvidenceWeights.CompareBirthDates(query.Query.BirthDate, entry.Entry.BirthDates));
        AddIfAny(evidence, EvidenceWeights.CompareNationalities(query.Query.Nationalities ?? [], entry.Entry.Nationalities));
        AddIfAny(evidence, EvidenceWeights.CompareSex(query.Query.Sex, entry.Entry.Sex));
        var score = alignment.Score;
        foreach (var item in evidence)
        {
            score += item.Effect;
        }

        score = Math.Clamp(score, 0f, 1f);
        var explanation = new MatchExplanation(
            queryName.Original, entryName.Original, entryName.Latin, alignment.Score,
            alignment.Aligned, alignment.UnmatchedQueryParts, alignment.UnmatchedEntryParts, evidence);
        return new MatchResult(entry.Entry, score, score >= threshold, explanation);
    }

    private static void AddIfAny(List<EvidenceItem> items, EvidenceItem? item)
    {
        if (item is not null)
        {
            items.Add(item);
        }
    }
}
