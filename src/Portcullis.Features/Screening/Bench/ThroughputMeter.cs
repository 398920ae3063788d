using System.Diagnostics;

namespace Portcullis.Features.Screening.Bench;

/// <summary>
/// Screenings per second: one thread per worker, each taking the next query of a fixed set (cycling)
/// until the time is up. A worker is one engine's screening call; for a database, each worker holds
/// its own connection. A short warm-up on the same workers comes first and is not counted, so that
/// the figure is the steady state's, not the JIT's tiers or a cold connection's.
/// </summary>
public static class ThroughputMeter
{
    private static readonly TimeSpan LongestWarmUp = TimeSpan.FromSeconds(1);

    public static ThroughputFigures Measure(IReadOnlyList<string> queries, IReadOnlyList<Action<string>> workers, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfZero(queries.Count);
        Run(queries, workers, TimeSpan.FromTicks(Math.Min(LongestWarmUp.Ticks, duration.Ticks / 5)));
        return Run(queries, workers, duration);
    }

    private static ThroughputFigures Run(IReadOnlyList<string> queries, IReadOnlyList<Action<string>> workers, TimeSpan duration)
    {
        var next = -1;
        long screenings = 0;
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var threads = workers.Select(worker => new Thread(() =>
        {
            long done = 0;
            while (Stopwatch.GetTimestamp() < end)
            {
                var position = (uint)Interlocked.Increment(ref next) % (uint)queries.Count;
                worker(queries[(int)position]);
                done++;
            }

            Interlocked.Add(ref screenings, done);
        })
        { IsBackground = true, Name = "bench worker" }).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return new ThroughputFigures(workers.Count, screenings, seconds, screenings / seconds);
    }
}
