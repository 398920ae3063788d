using Portcullis.Matching.Screening;
using static System.FormattableString;

namespace Portcullis.Features.Screening.Bench;

/// <summary>Portcullis against UN + OFAC with aliases: throughput on all cores, then latency and quality on one thread.</summary>
public static class PortcullisSection
{
    public static PortcullisFigures Measure(ScreeningIndex index, double buildSeconds, LabelledQueries queries, ScreeningBenchSettings settings)
    {
        settings.Progress(Invariant($"Portcullis: throughput on {settings.Threads} threads for {settings.Duration.TotalSeconds:0.#} s"));
        var throughput = ThroughputMeter.Measure(queries.MixedNames(), PortcullisScreener.Workers(index, settings.Threads), settings.Duration);
        settings.Progress(Invariant($"Portcullis: latency, recall and false alerts, {queries.Positives.Count + queries.Negatives.Count} queries on one thread"));
        var (quality, latency) = LabelledPass.Run(queries, name => PortcullisScreener.HitKeys(index, name));
        return new PortcullisFigures(index.EntryCount, index.NameCount, index.TermCount, buildSeconds, MatchThreshold.Default, queries.PositivesNotOnList, throughput, latency, quality);
    }
}
