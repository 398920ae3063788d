using System.Diagnostics;

namespace Portcullis.Commands;

/// <summary>For the benches: the day's 06:00 UTC, running on from there, so profiles valid that day are in force whatever the real date.</summary>
internal sealed class DayClock(DateOnly day) : TimeProvider
{
    private readonly DateTimeOffset _start = new(day.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero);
    private readonly long _started = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => _start + Stopwatch.GetElapsedTime(_started);
}
