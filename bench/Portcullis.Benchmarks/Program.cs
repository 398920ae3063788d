using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Portcullis.Benchmarks;

if (args is ["--stopwatch", ..])
{
    // A quick loop for profiling by hand: no statistics, just MB/s of a few warm runs on one thread.
    var data = PaxlstFile.Bytes;
    var day = new DateOnly(2024, 6, 1);
    Console.WriteLine($"file: {(data.Length / 1e6).ToString("F1", CultureInfo.InvariantCulture)} MB, {PaxlstFile.Travellers.ToString(CultureInfo.InvariantCulture)} travellers");
    foreach (var (name, work) in new (string, Func<int>)[]
    {
        ("naive", () => NaiveParser.CountComponents(data)),
        ("segments", () => Run.Segments(data)),
        ("paxlst", () => Run.Travellers(data, day)),
    })
    {
        work();
        for (var i = 0; i < 3; i++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var result = work();
            watch.Stop();
            var perTraveller = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)PaxlstFile.Travellers;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-9} {data.Length / 1e6 / watch.Elapsed.TotalSeconds,8:F1} MB/s  {perTraveller,8:F0} B/traveller  ({result})"));
        }
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(args);
