using System.Reflection;
using System.Runtime.InteropServices;

namespace Portcullis.Features.Screening.Bench;

/// <summary>
/// The engine of <c>portcullis bench screening</c>: the screening engine's speed and quality against UN +
/// OFAC with aliases, side by side with GTAS's brute-force Jaro-Winkler scan and PostgreSQL pg_trgm on
/// the same queries, then on a synthetic list of a million persons. docs/benchmarks.md has the figures.
/// </summary>
public static class ScreeningBench
{
    public static ScreeningBenchReport Run(ScreeningBenchSettings settings)
    {
        settings.Progress("reading UN + OFAC and building the index (best of 3)");
        var entries = MatchingEvaluation.UnAndOfacEntries(settings.TestDataDirectory);
        var (index, buildSeconds) = IndexBuildTimer.BestOf(3, entries);
        var queries = LabelledQueryReader.Read(settings.TestDataDirectory, index, settings.Positives, settings.Negatives);

        var portcullis = PortcullisSection.Measure(index, buildSeconds, queries, settings);
        var bruteForce = BruteForceSection.Measure(entries, index, queries.Take(settings.BruteForcePositives, settings.BruteForceNegatives), settings);
        var pgTrgm = PgTrgmSection.Measure(entries, index, queries.Take(int.MaxValue, settings.PostgresNegatives), settings);
        // The UN + OFAC index is let go before the synthetic one is built, so that the memory is the latter's.
        index = null!;
        var synthetic = settings.SyntheticEntries > 0 ? SyntheticSection.Measure(queries, settings) : null;

        var machine = new MachineFigures(Environment.ProcessorCount, RuntimeInformation.FrameworkDescription, RuntimeInformation.OSDescription, IsReleaseBuild(), settings.Duration.TotalSeconds);
        var comparison = new ComparisonFigures(
            portcullis.Throughput.PerSecond / bruteForce.Throughput.PerSecond,
            pgTrgm.Throughput is { } pg ? portcullis.Throughput.PerSecond / pg.PerSecond : null,
            portcullis.Quality.Recall,
            bruteForce.Quality.Recall,
            bruteForce.PortcullisOnSameQueries.Recall,
            pgTrgm.Quality?.Recall,
            pgTrgm.PortcullisOnSameQueries?.Recall);
        settings.Progress("done");
        return new ScreeningBenchReport(machine, portcullis, bruteForce, pgTrgm, synthetic, comparison, ScreeningBenchGoals.Check(machine, portcullis, comparison, synthetic));
    }

    // A Debug build of the engine is several times slower: the figures say which one ran.
    private static bool IsReleaseBuild() =>
        typeof(Matching.Screening.ScreeningIndex).Assembly.GetCustomAttribute<System.Diagnostics.DebuggableAttribute>() is not { IsJITOptimizerDisabled: true };
}
