using System.Diagnostics;
using Portcullis.Matching.Screening;
using static System.FormattableString;

namespace Portcullis.Features.Screening.Bench;

/// <summary>
/// Portcullis on a synthetic list of N persons: build time, the managed memory the index holds (the
/// heap after a full collection, before and after the build) and the process's working set, and
/// throughput on all cores with the same queries as against UN + OFAC.
/// </summary>
public static class SyntheticSection
{
    public static SyntheticFigures Measure(LabelledQueries queries, ScreeningBenchSettings settings)
    {
        var watchlist = SyntheticWatchlist.FromNegatives(settings.TestDataDirectory);
        settings.Progress(Invariant($"synthetic: generating {settings.SyntheticEntries:N0} entries from {watchlist.GivenNames.Count:N0} given and {watchlist.FamilyNames.Count:N0} family names"));
        var entries = watchlist.Entries(settings.SyntheticEntries);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        settings.Progress("synthetic: building the index");
        var clock = Stopwatch.StartNew();
        var index = ScreeningIndex.Build(entries);
        var buildSeconds = clock.Elapsed.TotalSeconds;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var workingSet = Environment.WorkingSet;
        settings.Progress(Invariant($"synthetic: throughput on {settings.Threads} threads for {settings.Duration.TotalSeconds:0.#} s"));
        var throughput = ThroughputMeter.Measure(queries.MixedNames(), PortcullisScreener.Workers(index, settings.Threads), settings.Duration);
        GC.KeepAlive(index);
        return new SyntheticFigures(entries.Count, watchlist.GivenNames.Count, watchlist.FamilyNames.Count, buildSeconds, before, after, after - before, workingSet, throughput);
    }
}
