using Portcullis.Matching.Screening;
using static System.FormattableString;

namespace Portcullis.Features.Screening.Bench;

/// <summary>GTAS's brute-force Jaro-Winkler scan on a subset of the queries (it takes milliseconds per query).</summary>
public static class BruteForceSection
{
    public static BruteForceFigures Measure(IReadOnlyList<ScreeningEntry> entries, ScreeningIndex index, LabelledQueries subset, ScreeningBenchSettings settings)
    {
        var screener = new BruteForceJaroWinklerScreener(entries);
        settings.Progress(Invariant($"brute force: {subset.Positives.Count + subset.Negatives.Count} queries against {screener.NameCount} names on one thread"));
        var (quality, latency) = LabelledPass.Run(subset, screener.HitKeys);
        settings.Progress(Invariant($"brute force: throughput on {settings.Threads} threads for {settings.Duration.TotalSeconds:0.#} s"));
        var workers = Enumerable.Range(0, settings.Threads).Select(_ => (Action<string>)(name => screener.HitKeys(name))).ToList();
        var throughput = ThroughputMeter.Measure(subset.MixedNames(), workers, settings.Duration);
        var portcullis = LabelledPass.Run(subset, name => PortcullisScreener.HitKeys(index, name)).Quality;
        return new BruteForceFigures(screener.NameCount, BruteForceJaroWinklerScreener.DefaultThreshold, throughput, latency, quality, portcullis);
    }
}
