using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Portcullis.ProfileBenchmarks;

/// <summary>
/// A short job pinned to the first core (the goal is per core), with evaluations per second and the
/// speed against RulesEngine beside BenchmarkDotNet's columns.
/// </summary>
public sealed class ProfileThroughputConfig : ManualConfig
{
    public ProfileThroughputConfig()
    {
        AddJob(Job.ShortRun.WithAffinity(1).WithId("ShortRun-core0"));
        AddColumn(new EvaluationsPerSecondColumn());
        AddColumn(new SpeedAgainstBaselineColumn());
    }
}

/// <summary>One evaluation per mean (OperationsPerInvoke divides by the evaluations), inverted.</summary>
public sealed class EvaluationsPerSecondColumn : IColumn
{
    public string Id => "EvaluationsPerSecond";

    public string ColumnName => "Evaluations/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Profile evaluations (one profile on one traveller) per second on one core";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return mean is { } ns and > 0 ? (1e9 / ns).ToString("N0", CultureInfo.InvariantCulture) : "?";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>The baseline's mean over this one's: how many times faster than RulesEngine.</summary>
public sealed class SpeedAgainstBaselineColumn : IColumn
{
    public string Id => "SpeedAgainstRulesEngine";

    public string ColumnName => "Speed vs RulesEngine";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "RulesEngine's mean time per evaluation over this one's";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var baseline = summary.BenchmarksCases.FirstOrDefault(c => c.Descriptor.Baseline);
        var baseMean = baseline is null ? null : summary[baseline]?.ResultStatistics?.Mean;
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return baseMean is { } b && mean is { } m and > 0 ? (b / m).ToString("N1", CultureInfo.InvariantCulture) + "x" : "?";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
