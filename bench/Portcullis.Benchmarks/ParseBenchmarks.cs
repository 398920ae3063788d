using BenchmarkDotNet.Attributes;
using Portcullis.Formats.Edifact;
using Portcullis.Formats.Passengers;

namespace Portcullis.Benchmarks;

/// <summary>
/// One operation = the whole generated file (<see cref="PaxlstFile"/>), read through a non-seekable
/// view of it so that the readers stream as they would from a network or upload stream.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ParseBenchmarks
{
    private static readonly DateOnly ReceivedOn = new(2024, 6, 1);

    private byte[] _data = [];

    [GlobalSetup]
    public void Setup() => _data = PaxlstFile.Bytes;

    [Benchmark(Baseline = true, Description = "Naive split (no release, whole string)")]
    public int Naive() => NaiveParser.CountComponents(_data);

    [Benchmark(Description = "EdifactSegmentReader (syntax only)")]
    public int SegmentReader() => Run.Segments(_data);

    [Benchmark(Description = "PassengerDataReader (PAXLST)")]
    public int Paxlst() => Run.Travellers(_data, ReceivedOn);
}

/// <summary>The work of each benchmark, shared with the stopwatch mode.</summary>
public static class Run
{
    public static int Segments(byte[] data)
    {
        var reader = new EdifactSegmentReader(new ForwardOnlyStream(data));
        var count = 0;
        while (reader.Read() is not null)
        {
            count++;
        }

        return count;
    }

    public static int Travellers(byte[] data, DateOnly receivedOn)
    {
        var reader = new PassengerDataReader(new ForwardOnlyStream(data), receivedOn);
        var count = 0;
        foreach (var message in reader.ReadMessages())
        {
            count += message.Travellers.Count;
        }

        return count;
    }
}
