namespace Portcullis.Features.Screening.Bench;

/// <summary>Everything <c>portcullis bench screening</c> measured, as printed and as its JSON object.</summary>
public sealed record ScreeningBenchReport(
    MachineFigures Machine,
    PortcullisFigures Portcullis,
    BruteForceFigures BruteForce,
    PgTrgmFigures PgTrgm,
    SyntheticFigures? Synthetic,
    ComparisonFigures Comparison,
    IReadOnlyList<GoalFigure> Goals);

public sealed record MachineFigures(int ProcessorCount, string Runtime, string OperatingSystem, bool ReleaseBuild, double SecondsPerThroughput);

/// <summary>Recall on positives (own entry among the hits) and false alerts on negatives (any hit).</summary>
public sealed record QualityFigures(int Positives, int Found, double Recall, int Negatives, int FalseAlerts, double FalseAlertRate);

/// <summary>Screenings per second with <see cref="Threads"/> threads (or connections) for <see cref="Seconds"/>.</summary>
public sealed record ThroughputFigures(int Threads, long Screenings, double Seconds, double PerSecond);

/// <summary>Single-thread time per query, each query of the set once.</summary>
public sealed record LatencyFigures(int Queries, double MeanMilliseconds, double P50Milliseconds, double P99Milliseconds);

public sealed record PortcullisFigures(
    int Entries,
    int Names,
    int Terms,
    double BuildSecondsBestOfThree,
    float Threshold,
    int PositivesNotOnList,
    ThroughputFigures Throughput,
    LatencyFigures Latency,
    QualityFigures Quality);

/// <summary>GTAS's way: Jaro-Winkler of the whole name against every name on the lists.</summary>
public sealed record BruteForceFigures(int Names, double Threshold, ThroughputFigures Throughput, LatencyFigures Latency, QualityFigures Quality, QualityFigures PortcullisOnSameQueries);

/// <summary>PostgreSQL pg_trgm with a GIN index; <see cref="Measured"/> false with a <see cref="Note"/> when skipped.</summary>
public sealed record PgTrgmFigures(
    bool Measured,
    string Note,
    double SimilarityThreshold,
    int Names,
    double? IndexSeconds,
    ThroughputFigures? Throughput,
    LatencyFigures? Latency,
    QualityFigures? Quality,
    QualityFigures? PortcullisOnSameQueries);

public sealed record SyntheticFigures(
    int Entries,
    int GivenNames,
    int FamilyNames,
    double BuildSeconds,
    long ManagedBytesBeforeBuild,
    long ManagedBytesAfterBuild,
    long IndexManagedBytes,
    long WorkingSetBytes,
    ThroughputFigures Throughput);

/// <summary>Portcullis's throughput over each peer's, and each engine's recall on the same queries.</summary>
public sealed record ComparisonFigures(
    double TimesFasterThanBruteForce,
    double? TimesFasterThanPgTrgm,
    double PortcullisRecall,
    double BruteForceRecall,
    double PortcullisRecallOnBruteForceQueries,
    double? PgTrgmRecall,
    double? PortcullisRecallOnPgTrgmQueries);

/// <summary>A goal of the issue beside what was measured; <see cref="Met"/> is null when it was not measured.</summary>
public sealed record GoalFigure(string Goal, string Measured, bool? Met);
