using System.Diagnostics;
using Portcullis.Formats.Watchlists;
using Portcullis.Matching;
using Portcullis.Matching.Evidence;
using Portcullis.Matching.Screening;

namespace Portcullis.Features.Screening;

/// <summary>
/// The quality figures of the screening engine on the labelled sets of testdata/ (see testdata/README.md),
/// the engine of <c>portcullis eval matching</c> and of the test that keeps them from sliding back:
/// F1 on the name pairs of name_bench (with logic-v2's frozen scores beside it), how often yente's noisy
/// UN names find their own entry first and in the top five, the false alerts on the synthetic
/// non-matches against UN and OFAC, the Serbian and Macedonian transliteration pairs, and the UN list's
/// document numbers found again after noise.
/// </summary>
public static class MatchingEvaluation
{
    /// <summary>All the figures.</summary>
    public sealed record Report(NameBenchFigures NameBench, RankingFigures UnPositives, FalseAlertFigures Negatives, RateFigures Interscript, RateFigures UnDocuments, IndexFigures Index);

    public sealed record NameBenchFigures(int Cases, int TruePositives, int FalsePositives, int FalseNegatives, double Precision, double Recall, double F1, int StrongCases, int StrongRight, double LogicV2F1, float Threshold);

    public sealed record RankingFigures(int Queries, int NotOnList, int First, int TopFive, double FirstRate, double TopFiveRate, IReadOnlyList<string> Misses);

    public sealed record FalseAlertFigures(int Queries, int NameOnly, int WithBirthDateAndNationality, double NameOnlyRate, double WithEvidenceRate, IReadOnlyList<string> Examples);

    public sealed record RateFigures(int Cases, int Right, double Rate, IReadOnlyList<string> Misses);

    public sealed record IndexFigures(int Entries, int Names, int Terms, double BuildSeconds);

    /// <summary>Runs everything; <paramref name="negativeLimit"/> screens only the first so many synthetic non-matches.</summary>
    public static Report Run(string testDataDirectory, int negativeLimit = int.MaxValue)
    {
        var matching = Path.Combine(testDataDirectory, "matching");
        var (index, buildSeconds) = BuildUnAndOfacIndex(testDataDirectory);
        var un = ReadUn(testDataDirectory);
        var unOnly = ScreeningIndex.Build(ScreeningEntries.From(un));
        return new Report(
            NameBench(Path.Combine(matching, "name_bench")),
            UnPositives(unOnly, Path.Combine(matching, "yente")),
            Negatives(index, Path.Combine(matching, "yente", "candidate_generation_benchmark__negatives_global.csv"), negativeLimit),
            Interscript(Path.Combine(matching, "interscript", "interscript_translit_tests.csv")),
            UnDocuments(unOnly, un),
            new IndexFigures(index.EntryCount, index.NameCount, index.TermCount, buildSeconds));
    }

    /// <summary>UN and the complete OFAC set with its aliases (about 25,000 names): the lists the figures are measured against.</summary>
    public static IReadOnlyList<ScreeningEntry> UnAndOfacEntries(string testDataDirectory) =>
    [
        .. ScreeningEntries.From(ReadUn(testDataDirectory), "UN"),
        .. ScreeningEntries.From(WatchlistFiles.Read(Path.Combine(testDataDirectory, "watchlists", "ofac-2021-07", "watchman_bench_2021-07_sdn.csv")), "OFAC"),
    ];

    /// <summary>Reads a CSV file of the test data with the product's own CSV reader.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        return [.. new CsvRecordReader(reader, [], Path.GetFileName(path)).ReadAll().Select(r => r.Fields)];
    }

    private static (ScreeningIndex Index, double Seconds) BuildUnAndOfacIndex(string testDataDirectory)
    {
        var entries = UnAndOfacEntries(testDataDirectory);
        var clock = Stopwatch.StartNew();
        var index = ScreeningIndex.Build(entries);
        return (index, clock.Elapsed.TotalSeconds);
    }

    private static WatchlistDocument ReadUn(string testDataDirectory) =>
        WatchlistFiles.Read(Path.Combine(testDataDirectory, "watchlists", "un-sc-consolidated-2026-02-27.xml"));

    private static NameBenchFigures NameBench(string directory)
    {
        var rows = ReadCsv(Path.Combine(directory, "cases.csv")).Skip(1).Where(r => r.Count >= 6).ToList();
        int tp = 0, fp = 0, fn = 0, strong = 0, strongRight = 0;
        foreach (var row in rows)
        {
            var kind = row[1] == "Person" ? SubjectKind.Person : SubjectKind.Organisation;
            var result = MatchScorer.Score(new ScreeningQuery(row[2], kind), new ScreeningEntry("B", kind, [row[3]], [], []));
            var expected = row[4] == "true";
            (tp, fp, fn) = (tp + (expected && result.IsMatch ? 1 : 0), fp + (!expected && result.IsMatch ? 1 : 0), fn + (expected && !result.IsMatch ? 1 : 0));
            if (row[5] == "STRONG")
            {
                strong++;
                strongRight += expected == result.IsMatch ? 1 : 0;
            }
        }

        var logic = ReadCsv(Path.Combine(directory, "logicv2-frozen.csv")).Skip(1).Where(r => r.Count >= 12).ToList();
        var logicF1 = F1(logic.Count(r => r[11] == "TP"), logic.Count(r => r[11] == "FP"), logic.Count(r => r[11] == "FN"));
        var precision = tp / (double)Math.Max(1, tp + fp);
        var recall = tp / (double)Math.Max(1, tp + fn);
        return new NameBenchFigures(rows.Count, tp, fp, fn, precision, recall, F1(tp, fp, fn), strong, strongRight, logicF1, MatchThreshold.Default);
    }

    private static double F1(int tp, int fp, int fn) => tp == 0 ? 0 : 2.0 * tp / ((2.0 * tp) + fp + fn);

    // yente's positives are row-aligned: a clean UN name and the same with deterministic noise. The
    // entry a clean name finds at 0.95 or more is its own; names no longer on this edition of the
    // list (delisted since yente's copy) find none and are counted apart, not as misses.
    private static RankingFigures UnPositives(ScreeningIndex index, string directory)
    {
        var clean = ReadCsv(Path.Combine(directory, "candidate_generation_benchmark__positives_un_untreated.csv")).Skip(1).ToList();
        var noisy = ReadCsv(Path.Combine(directory, "candidate_generation_benchmark__positives_un_treated.csv")).Skip(1).ToList();
        int evaluated = 0, notOnList = 0, first = 0, top5 = 0;
        var misses = new List<string>();
        for (var i = 0; i < Math.Min(clean.Count, noisy.Count); i++)
        {
            var own = index.Rank(new ScreeningQuery(clean[i][0], SubjectKind.Person), 1) is [{ Score: >= Bench.LabelledQueryReader.OwnEntryScore } best] ? best.Entry.Id : null;
            if (own is null)
            {
                notOnList++;
                continue;
            }

            evaluated++;
            var ranked = index.Rank(new ScreeningQuery(noisy[i][0], SubjectKind.Person, PartialDate.Parse(noisy[i][5])), 5);
            first += ranked.Count > 0 && ranked[0].Entry.Id == own ? 1 : 0;
            if (ranked.Any(r => r.Entry.Id == own))
            {
                top5++;
            }
            else
            {
                misses.Add($"{noisy[i][0]} (own entry {own}: {clean[i][0]})");
            }
        }

        return new RankingFigures(evaluated, notOnList, first, top5, first / (double)Math.Max(1, evaluated), top5 / (double)Math.Max(1, evaluated), misses);
    }

    private static FalseAlertFigures Negatives(ScreeningIndex index, string path, int limit)
    {
        var rows = ReadCsv(path).Skip(1).Where(r => r.Count >= 8).Take(limit).ToList();
        var nameOnly = new bool[rows.Count];
        var withEvidence = new bool[rows.Count];
        var examples = new string?[rows.Count];
        Parallel.For(0, rows.Count, i =>
        {
            var row = rows[i];
            var hits = index.Screen(new ScreeningQuery(row[0], SubjectKind.Person));
            nameOnly[i] = hits.Count > 0;
            var nationality = WatchlistCountries.Resolve(row[7]);
            var sex = row[4] switch { "male" => 'M', "female" => 'F', _ => (char?)null };
            withEvidence[i] = index.Screen(new ScreeningQuery(row[0], SubjectKind.Person, PartialDate.Parse(row[5]), nationality is null ? null : [nationality], sex)).Count > 0;
            examples[i] = hits.Count > 0 ? $"{row[0]} ~ {hits[0].Explanation.EntryName} ({hits[0].Score:0.00})" : null;
        });
        var alerts = nameOnly.Count(x => x);
        var alertsWithEvidence = withEvidence.Count(x => x);
        return new FalseAlertFigures(rows.Count, alerts, alertsWithEvidence, alerts / (double)Math.Max(1, rows.Count), alertsWithEvidence / (double)Math.Max(1, rows.Count), [.. examples.OfType<string>().Take(int.Parse(Environment.GetEnvironmentVariable("EXAMPLES") ?? "20", System.Globalization.CultureInfo.InvariantCulture))]);
    }

    private static RateFigures Interscript(string path)
    {
        var rows = ReadCsv(path).Skip(1).Where(r => r.Count >= 4 && r[1] is "srp" or "mkd").ToList();
        var misses = new List<string>();
        foreach (var row in rows)
        {
            var result = MatchScorer.Score(new ScreeningQuery(row[2]), new ScreeningEntry("B", SubjectKind.Unknown, [row[3]], [], []));
            if (!result.IsMatch)
            {
                misses.Add($"{row[0]}: {row[2]} / {row[3]} ({result.Score:0.00})");
            }
        }

        return new RateFigures(rows.Count, rows.Count - misses.Count, (rows.Count - misses.Count) / (double)Math.Max(1, rows.Count), misses);
    }

    // Each document number of the list (plain, or found in the prose of the number field and its note),
    // typed as a person at a desk might: spaces between groups, lower case, and the letter O for a
    // zero. It must find its own entry. A document field without any number of four characters or
    // more is reported as a miss with what it says.
    private static RateFigures UnDocuments(ScreeningIndex index, WatchlistDocument list)
    {
        var cases = new List<(string Number, string Id)>();
        var misses = new List<string>();
        foreach (var entry in list.Entries)
        {
            foreach (var document in entry.Documents)
            {
                var numbers = ListedDocumentNumbers.Of(document).Where(n => n.Length >= 4).ToList();
                if (numbers.Count == 0)
                {
                    misses.Add($"{entry.ExternalId}: no number in \"{document.Number}\" {document.Note}");
                }

                cases.AddRange(numbers.Select(n => (n, entry.ExternalId)));
            }
        }

        var fields = cases.Count + misses.Count;
        foreach (var (number, id) in cases)
        {
            var noisy = Noisy(number);
            var hits = index.Screen(new ScreeningQuery(string.Empty, DocumentNumber: noisy));
            if (!hits.Any(h => h.Entry.Id == id))
            {
                misses.Add($"{number} as {noisy} ({id})");
            }
        }

        return new RateFigures(fields, fields - misses.Count, (fields - misses.Count) / (double)Math.Max(1, fields), misses);
    }

    private static string Noisy(string number)
    {
        var normalized = Matching.Documents.DocumentNumber.Normalize(number).ToLowerInvariant();
        var withO = normalized.Contains('0', StringComparison.Ordinal) ? normalized.Replace('0', 'o') : normalized;
        return withO.Length > 4 ? withO[..3] + " " + withO[3..] : withO;
    }
}
