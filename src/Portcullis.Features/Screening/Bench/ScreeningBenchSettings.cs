using System.Data.Common;

namespace Portcullis.Features.Screening.Bench;

/// <summary>
/// What <see cref="ScreeningBench"/> measures and how long. The defaults are the full bench of
/// docs/benchmarks.md; the tests shrink every figure so that the bench runs in a second or two.
/// </summary>
public sealed record ScreeningBenchSettings(string TestDataDirectory)
{
    /// <summary>How long each throughput measurement runs.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Threads for the in-memory throughput measurements: all cores, as a server would use them.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Entries of the synthetic list; 0 skips it.</summary>
    public int SyntheticEntries { get; init; } = 1_000_000;

    /// <summary>The PostgreSQL server for the pg_trgm peer; null skips it (with <see cref="PostgresMissingNote"/>).</summary>
    public DbDataSource? Postgres { get; init; }

    /// <summary>Printed when <see cref="Postgres"/> is null: why there is no server.</summary>
    public string PostgresMissingNote { get; init; } = "no PostgreSQL connection given";

    /// <summary>Parallel connections for the pg_trgm throughput, as a small application server would hold.</summary>
    public int PostgresConnections { get; init; } = 2;

    /// <summary>yente's noisy UN positives to use (683 in all).</summary>
    public int Positives { get; init; } = int.MaxValue;

    /// <summary>The first so many of yente's global negatives.</summary>
    public int Negatives { get; init; } = 10_000;

    /// <summary>The brute-force scan's subset: the first so many positives and negatives (it is slow).</summary>
    public int BruteForcePositives { get; init; } = 150;

    public int BruteForceNegatives { get; init; } = 150;

    /// <summary>pg_trgm screens every positive and the first so many negatives.</summary>
    public int PostgresNegatives { get; init; } = 2_000;

    /// <summary>Where to say what is being measured while it runs (standard error for the command).</summary>
    public Action<string> Progress { get; init; } = _ => { };
}
