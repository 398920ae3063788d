using Portcullis.Matching;
using Portcullis.Matching.Screening;

namespace Portcullis.Features.Screening.Bench;

/// <summary>
/// Reads yente's files into <see cref="LabelledQueries"/>. The positives are row-aligned, clean and
/// noisy; the entry a clean name ranks first at 0.95 or more is the one its noisy form must find (the
/// rule of <c>eval matching</c>). A clean name that finds nothing that close was delisted since yente's
/// copy: it is counted apart, not screened.
/// </summary>
public static class LabelledQueryReader
{
    /// <summary>The score a clean name must reach for its first-ranked entry to count as its own.</summary>
    public const float OwnEntryScore = 0.95f;

    public static LabelledQueries Read(string testDataDirectory, ScreeningIndex index, int positives, int negatives)
    {
        var yente = Path.Combine(testDataDirectory, "matching", "yente");
        var clean = MatchingEvaluation.ReadCsv(Path.Combine(yente, "candidate_generation_benchmark__positives_un_untreated.csv")).Skip(1).ToList();
        var noisy = MatchingEvaluation.ReadCsv(Path.Combine(yente, "candidate_generation_benchmark__positives_un_treated.csv")).Skip(1).ToList();
        var labelled = new List<LabelledPositive>();
        var notOnList = 0;
        for (var i = 0; i < Math.Min(clean.Count, noisy.Count) && labelled.Count < positives; i++)
        {
            if (index.Rank(new ScreeningQuery(clean[i][0], SubjectKind.Person), 1) is [{ Score: >= OwnEntryScore } own])
            {
                labelled.Add(new LabelledPositive(noisy[i][0], clean[i][0], EntryKey.Of(own.Entry)));
            }
            else
            {
                notOnList++;
            }
        }

        var negativeNames = MatchingEvaluation.ReadCsv(Path.Combine(yente, "candidate_generation_benchmark__negatives_global.csv"))
            .Skip(1).Where(r => r.Count > 0 && r[0].Length > 0).Take(negatives).Select(r => r[0]).ToList();
        return new LabelledQueries(labelled, negativeNames, notOnList);
    }
}
