using static System.FormattableString;

namespace Portcullis.Features.Screening.Bench;

/// <summary>
/// The goals for screening speed beside what the bench measured. They are printed, never
/// asserted: a shared two-core machine cannot promise a figure, and the tests leave time alone.
/// </summary>
public static class ScreeningBenchGoals
{
    public const double ThroughputPerSecond = 20_000;
    public const double P99Milliseconds = 2;
    public const double RebuildSeconds = 2;
    public const long SyntheticBytes = 2L * 1024 * 1024 * 1024;
    public const double SyntheticThroughputPerSecond = 5_000;
    public const double TimesFasterThanPgTrgm = 20;

    public static IReadOnlyList<GoalFigure> Check(MachineFigures machine, PortcullisFigures portcullis, ComparisonFigures comparison, SyntheticFigures? synthetic)
    {
        var goals = new List<GoalFigure>
        {
            new(Invariant($"UN + OFAC ({portcullis.Names:N0} names) on 2 cores: >= {ThroughputPerSecond:N0} screenings/s"),
                Invariant($"{portcullis.Throughput.PerSecond:N0}/s on {machine.ProcessorCount} cores"), portcullis.Throughput.PerSecond >= ThroughputPerSecond),
            new(Invariant($"p99 latency < {P99Milliseconds} ms"), Invariant($"{portcullis.Latency.P99Milliseconds:0.00} ms"), portcullis.Latency.P99Milliseconds < P99Milliseconds),
            new(Invariant($"index rebuild of UN + OFAC < {RebuildSeconds} s"), Invariant($"{portcullis.BuildSecondsBestOfThree:0.00} s"), portcullis.BuildSecondsBestOfThree < RebuildSeconds),
        };
        var sized = synthetic is null ? "synthetic entries" : Invariant($"{synthetic.Entries:N0} synthetic entries");
        goals.Add(new(Invariant($"{sized} in < 2 GB (working set)"), synthetic is null ? "not measured" : Invariant($"{Gigabytes(synthetic.WorkingSetBytes):0.00} GB"), synthetic is null ? null : synthetic.WorkingSetBytes < SyntheticBytes));
        goals.Add(new(Invariant($"{sized}: >= {SyntheticThroughputPerSecond:N0} screenings/s"), synthetic is null ? "not measured" : Invariant($"{synthetic.Throughput.PerSecond:N0}/s"), synthetic is null ? null : synthetic.Throughput.PerSecond >= SyntheticThroughputPerSecond));
        goals.Add(new("recall above brute-force Jaro-Winkler (same queries)",
            Invariant($"{comparison.PortcullisRecallOnBruteForceQueries:P1} vs {comparison.BruteForceRecall:P1}"), comparison.PortcullisRecallOnBruteForceQueries > comparison.BruteForceRecall));
        goals.Add(new("recall above pg_trgm (same queries)",
            comparison.PgTrgmRecall is { } pg ? Invariant($"{comparison.PortcullisRecallOnPgTrgmQueries:P1} vs {pg:P1}") : "not measured",
            comparison.PgTrgmRecall is { } pgRecall ? comparison.PortcullisRecallOnPgTrgmQueries > pgRecall : null));
        goals.Add(new(Invariant($">= {TimesFasterThanPgTrgm}x the throughput of pg_trgm"),
            comparison.TimesFasterThanPgTrgm is { } times ? Invariant($"{times:0.0}x") : "not measured",
            comparison.TimesFasterThanPgTrgm is { } t ? t >= TimesFasterThanPgTrgm : null));
        return goals;
    }

    private static double Gigabytes(long bytes) => bytes / (1024.0 * 1024 * 1024);
}
