using System.Diagnostics;

namespace Portcullis.Features.Screening.Bench;

/// <summary>
/// Screens each labelled query once on one thread, timing each (Stopwatch.GetTimestamp around the call):
/// recall and false alerts, and the latency figures, from the same pass.
/// </summary>
public static class LabelledPass
{
    /// <summary>What an engine found for a name: the keys (<see cref="EntryKey"/>) of the entries it hit.</summary>
    public delegate IReadOnlyCollection<string> HitKeys(string name);

    /// <summary>Queries screened first and not counted, so that the first timings are not the JIT's.</summary>
    private const int WarmUpQueries = 20;

    public static (QualityFigures Quality, LatencyFigures Latency) Run(LabelledQueries queries, HitKeys screen)
    {
        foreach (var name in queries.Names().Take(WarmUpQueries))
        {
            screen(name);
        }

        var ticks = new List<long>(queries.Positives.Count + queries.Negatives.Count);
        var found = 0;
        foreach (var positive in queries.Positives)
        {
            var hits = Timed(screen, positive.Name, ticks);
            found += hits.Contains(positive.OwnEntry) ? 1 : 0;
        }

        var alerts = 0;
        foreach (var negative in queries.Negatives)
        {
            alerts += Timed(screen, negative, ticks).Count > 0 ? 1 : 0;
        }

        var quality = new QualityFigures(
            queries.Positives.Count, found, Rate(found, queries.Positives.Count),
            queries.Negatives.Count, alerts, Rate(alerts, queries.Negatives.Count));
        return (quality, Latency.Of(ticks));
    }

    private static IReadOnlyCollection<string> Timed(HitKeys screen, string name, List<long> ticks)
    {
        var start = Stopwatch.GetTimestamp();
        var hits = screen(name);
        ticks.Add(Stopwatch.GetTimestamp() - start);
        return hits;
    }

    private static double Rate(int count, int of) => of == 0 ? 0 : count / (double)of;
}
