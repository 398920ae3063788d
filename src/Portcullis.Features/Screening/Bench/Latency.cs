using System.Diagnostics;

namespace Portcullis.Features.Screening.Bench;

/// <summary>Mean and percentiles of per-query times taken as Stopwatch ticks.</summary>
public static class Latency
{
    public static LatencyFigures Of(IReadOnlyCollection<long> ticks)
    {
        if (ticks.Count == 0)
        {
            return new LatencyFigures(0, 0, 0, 0);
        }

        var sorted = ticks.Order().ToArray();
        return new LatencyFigures(sorted.Length, Milliseconds(sorted.Average()), Milliseconds(Percentile(sorted, 0.50)), Milliseconds(Percentile(sorted, 0.99)));
    }

    // Nearest rank: the smallest time that at least the given share of queries did not exceed.
    private static long Percentile(long[] sorted, double share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static double Milliseconds(double ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
