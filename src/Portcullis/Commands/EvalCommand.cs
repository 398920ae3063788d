using System.CommandLine;
using System.Globalization;
using Portcullis.Features.Screening;

namespace Portcullis.Commands;

/// <summary>
/// <c>portcullis eval matching [--data DIR] [--json]</c>: the screening engine's quality figures on the
/// labelled sets of the repository's testdata/ folder (found from the working directory upwards).
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo?>("--data") { Description = "The testdata folder (default: testdata/ in this or a parent folder)" };
        var negatives = new Option<int>("--negatives") { Description = "Screen only the first N synthetic non-matches", DefaultValueFactory = _ => int.MaxValue };
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var matching = new Command("matching", "Quality figures of name screening on the labelled sets") { data, negatives, json };
        matching.SetAction(parse =>
        {
            var directory = parse.GetValue(data)?.FullName ?? FindTestData()
                ?? throw new CommandInputException("no testdata/ folder here or above; give one with --data");
            if (!Directory.Exists(Path.Combine(directory, "matching")))
            {
                throw new CommandInputException($"{directory}: no matching/ folder in it");
            }

            var report = MatchingEvaluation.Run(directory, parse.GetValue(negatives));
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(output, report);
            }
            else
            {
                WriteText(output, report);
            }

            return ExitCodes.Success;
        });
        return new Command("eval", "Measure the quality of the engines on labelled data") { matching };
    }

    /// <summary>testdata/ in the working directory or the nearest parent that has one (shared with <c>bench screening</c>).</summary>
    internal static string? FindTestData()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "testdata");
            if (Directory.Exists(Path.Combine(candidate, "matching")))
            {
                return candidate;
            }
        }

        return null;
    }

    private static void WriteText(TextWriter output, MatchingEvaluation.Report r)
    {
        var n = r.NameBench;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"name_bench ({n.Cases} pairs, threshold {n.Threshold:0.00}): F1 {n.F1:0.000} (precision {n.Precision:0.000}, recall {n.Recall:0.000}); logic-v2 F1 {n.LogicV2F1:0.000}; STRONG right {n.StrongRight}/{n.StrongCases}"));
        var u = r.UnPositives;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"yente UN positives ({u.Queries} noisy names; {u.NotOnList} no longer listed): first {u.FirstRate:P2}, top 5 {u.TopFiveRate:P2}"));
        foreach (var miss in u.Misses)
        {
            output.WriteLine($"  not in top 5: {miss}");
        }

        var f = r.Negatives;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"false alerts on {f.Queries} synthetic non-matches against UN + OFAC: name only {f.NameOnlyRate:P3} ({f.NameOnly}), with date of birth, nationality and sex {f.WithEvidenceRate:P3} ({f.WithBirthDateAndNationality})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"interscript Serbian and Macedonian pairs: {r.Interscript.Right}/{r.Interscript.Cases} ({r.Interscript.Rate:P1})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"UN list document numbers found after noise: {r.UnDocuments.Right}/{r.UnDocuments.Cases} ({r.UnDocuments.Rate:P1})"));
        foreach (var miss in r.Interscript.Misses.Concat(r.UnDocuments.Misses).Take(20))
        {
            output.WriteLine($"  miss: {miss}");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"index: {r.Index.Entries} entries, {r.Index.Names} names, {r.Index.Terms} terms, built in {r.Index.BuildSeconds:0.00} s"));
    }
}
