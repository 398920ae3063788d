using System.CommandLine;
using Npgsql;
using Portcullis.Features.Screening.Bench;
using static System.FormattableString;

namespace Portcullis.Commands;

/// <summary>
/// <c>portcullis bench screening [--data DIR] [--postgres CONNECTION] [--synthetic N] [--seconds S] [--json]</c>:
/// the screening engine's speed against UN + OFAC and a synthetic list, side by side with GTAS's
/// brute-force Jaro-Winkler scan and PostgreSQL pg_trgm on the same queries (docs/benchmarks.md).
/// Progress goes to standard error, the figures to standard output.
/// </summary>
internal static class BenchCommand
{
    /// <summary>Where the PostgreSQL server comes from when --postgres is not given: the bench's own variable first, then the tests'.</summary>
    private static readonly string[] PostgresVariables = ["PORTCULLIS_BENCH_POSTGRES", "PORTCULLIS_TEST_POSTGRES"];

    public static Command Create()
    {
        var data = new Option<DirectoryInfo?>("--data") { Description = "The testdata folder (default: testdata/ in this or a parent folder)" };
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL connection string for the pg_trgm peer (default: PORTCULLIS_BENCH_POSTGRES or PORTCULLIS_TEST_POSTGRES; skipped without)" };
        var synthetic = new Option<int>("--synthetic") { Description = "Entries of the synthetic list (0 skips it)", DefaultValueFactory = _ => 1_000_000 };
        var seconds = new Option<double>("--seconds") { Description = "Seconds per throughput measurement", DefaultValueFactory = _ => 5 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var screening = new Command("screening", "Screening speed and recall against UN + OFAC and a synthetic list, beside brute-force Jaro-Winkler and pg_trgm")
        {
            data, postgres, synthetic, seconds, json,
        };
        screening.SetAction(parse =>
        {
            var directory = parse.GetValue(data)?.FullName ?? EvalCommand.FindTestData()
                ?? throw new CommandInputException("no testdata/ folder here or above; give one with --data");
            if (!Directory.Exists(Path.Combine(directory, "matching")))
            {
                throw new CommandInputException($"{directory}: no matching/ folder in it");
            }

            if (parse.GetValue(synthetic) < 0 || parse.GetValue(seconds) <= 0)
            {
                throw new CommandInputException("--synthetic must be 0 or more and --seconds more than 0");
            }

            var connection = parse.GetValue(postgres) ?? PostgresVariables.Select(Environment.GetEnvironmentVariable).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
            using var dataSource = connection is null ? null : NpgsqlDataSource.Create(connection);
            var error = parse.InvocationConfiguration.Error;
            var settings = new ScreeningBenchSettings(directory)
            {
                Duration = TimeSpan.FromSeconds(parse.GetValue(seconds)),
                SyntheticEntries = parse.GetValue(synthetic),
                Postgres = dataSource,
                PostgresMissingNote = "no PostgreSQL connection (--postgres, PORTCULLIS_BENCH_POSTGRES or PORTCULLIS_TEST_POSTGRES)",
                Progress = line => error.WriteLine($"bench: {line}"),
            };
            var report = ScreeningBench.Run(settings);
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
        return new Command("bench", "Measure the speed of the engines") { screening, TargetingBenchCommand.Create(), CargoBenchCommand.Create() };
    }

    private static void WriteText(TextWriter output, ScreeningBenchReport r)
    {
        var m = r.Machine;
        output.WriteLine(Invariant($"{m.ProcessorCount} cores, {m.Runtime}, {m.OperatingSystem}, {(m.ReleaseBuild ? "Release" : "Debug (slower: use -c Release)")} build, {m.SecondsPerThroughput:0.#} s per throughput measurement"));
        output.WriteLine();
        var p = r.Portcullis;
        var rows = new List<IReadOnlyList<string>>
        {
            Row(Invariant($"Portcullis (threshold {p.Threshold:0.00})"), "UN + OFAC", p.Names, Invariant($"{p.BuildSecondsBestOfThree:0.00} s"), p.Throughput, p.Latency, p.Quality),
        };
        var b = r.BruteForce;
        rows.Add(Row(Invariant($"Brute-force Jaro-Winkler >= {b.Threshold:0.00}"), "UN + OFAC", b.Names, "-", b.Throughput, b.Latency, b.Quality));
        rows.Add(Row("  Portcullis, same queries", string.Empty, null, string.Empty, null, null, b.PortcullisOnSameQueries));
        var g = r.PgTrgm;
        if (g is { Throughput: { } pgThroughput, Latency: { } pgLatency, Quality: { } pgQuality, PortcullisOnSameQueries: { } pgPortcullis })
        {
            rows.Add(Row(Invariant($"pg_trgm GIN, similarity >= {g.SimilarityThreshold:0.0}"), "UN + OFAC", g.Names, Invariant($"{g.IndexSeconds:0.00} s (index)"), pgThroughput, pgLatency, pgQuality));
            rows.Add(Row("  Portcullis, same queries", string.Empty, null, string.Empty, null, null, pgPortcullis));
        }
        else
        {
            rows.Add(["pg_trgm", "skipped (below)", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty]);
        }

        if (r.Synthetic is { } s)
        {
            rows.Add(Row("Portcullis", "synthetic persons", s.Entries, Invariant($"{s.BuildSeconds:0.00} s"), s.Throughput, null, null));
        }

        TextTable.Write(output, ["Engine", "List", "Names", "Build", "Screenings/s", "p50", "p99", "Recall (noisy UN)", "False alerts"], rows);
        output.WriteLine();

        var c = r.Comparison;
        output.WriteLine(Invariant($"Portcullis / brute force: {c.TimesFasterThanBruteForce:0.0}x the throughput; recall {c.PortcullisRecallOnBruteForceQueries:P1} against {c.BruteForceRecall:P1} on the same {b.Quality.Positives} positives"));
        output.WriteLine(c.TimesFasterThanPgTrgm is { } times
            ? Invariant($"Portcullis / pg_trgm: {times:0.0}x the throughput; recall {c.PortcullisRecallOnPgTrgmQueries:P1} against {c.PgTrgmRecall:P1} on the same {g.Quality!.Positives} positives")
            : $"pg_trgm: {g.Note}");
        if (g.Measured)
        {
            output.WriteLine($"pg_trgm: {g.Note}");
        }

        if (r.Synthetic is { } memory)
        {
            output.WriteLine(Invariant($"synthetic list: {memory.Entries:N0} persons from {memory.GivenNames:N0} given and {memory.FamilyNames:N0} family names; managed heap {Megabytes(memory.ManagedBytesBeforeBuild):N0} MB before the build, {Megabytes(memory.ManagedBytesAfterBuild):N0} MB after (index {Megabytes(memory.IndexManagedBytes):N0} MB); working set {Megabytes(memory.WorkingSetBytes):N0} MB"));
        }

        output.WriteLine(Invariant($"recall: a noisy UN name is found when the entry its clean name ranks first at >= 0.95 is among its hits; {p.PositivesNotOnList} positives skipped (their clean name finds nothing that close: delisted since yente's copy)"));
        var pgQueries = g.Quality is { } measured ? Invariant($"; pg_trgm on the positives + the first {measured.Negatives:N0} negatives") : string.Empty;
        output.WriteLine(Invariant($"queries: {p.Quality.Positives} noisy positives + {p.Quality.Negatives:N0} of yente's global negatives, name only; brute force on the first {b.Quality.Positives} + {b.Quality.Negatives}{pgQueries}"));
        output.WriteLine();
        TextTable.Write(output, ["Goal (issue)", "Measured", "Met"], r.Goals.Select(goal => (IReadOnlyList<string>)[goal.Goal, goal.Measured, goal.Met switch { true => "yes", false => "NO", null => "-" }]));
    }

    private static string[] Row(string engine, string list, int? names, string build, ThroughputFigures? throughput, LatencyFigures? latency, QualityFigures? quality) =>
    [
        engine,
        list,
        names is { } n ? Invariant($"{n:N0}") : string.Empty,
        build,
        throughput is { } t ? Invariant($"{t.PerSecond:N0} ({t.Threads} threads)") : string.Empty,
        latency is { } l ? Invariant($"{l.P50Milliseconds:0.000} ms") : string.Empty,
        latency is { } l99 ? Invariant($"{l99.P99Milliseconds:0.000} ms") : string.Empty,
        quality is { } q ? Invariant($"{q.Recall:P1} ({q.Found}/{q.Positives})") : string.Empty,
        quality is { } f ? Invariant($"{f.FalseAlertRate:P2} ({f.FalseAlerts}/{f.Negatives:N0})") : string.Empty,
    ];

    private static double Megabytes(long bytes) => bytes / (1024.0 * 1024);
}
