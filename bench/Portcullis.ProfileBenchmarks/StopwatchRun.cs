using System.Diagnostics;
using System.Globalization;
using Portcullis.Profiles.Compiling;
using Portcullis.Profiles.Travellers;

namespace Portcullis.ProfileBenchmarks;

/// <summary>
/// A quick loop for comparing engine changes by hand: the compiled set on the first N travellers
/// (all 100,000 by default; 2,000 stay in the processor's cache), repeated up to 100,000 travellers a
/// round, best of ten rounds after five to warm up. Not the published figure: BenchmarkDotNet's is.
/// With other work on the machine, run with DOTNET_TieredCompilation=0, or the background compiler may
/// not get the time to optimise the runtime's helpers before the rounds are measured.
/// </summary>
public static class StopwatchRun
{
    public static void Run(int travellers, TextWriter output)
    {
        var subset = BenchData.AllTravellers.Take(travellers).ToArray();
        var set = CompiledProfileSet<TravellerFacts>.Compile([.. BenchData.Compiled.Select(c => c.Profile)]);
        var results = new bool[set.Profiles.Count];
        var rounds = Math.Max(1, BenchData.Travellers / subset.Length);

        double Round()
        {
            var hits = 0;
            var watch = Stopwatch.StartNew();
            for (var r = 0; r < rounds; r++)
            {
                foreach (var traveller in subset)
                {
                    set.Evaluate(traveller, results);
                    foreach (var hit in results)
                    {
                        hits += hit ? 1 : 0;
                    }
                }
            }
            GC.KeepAlive(hits);
            return watch.Elapsed.TotalNanoseconds / ((double)rounds * subset.Length * results.Length);
        }

        for (var i = 0; i < 5; i++)
        {
            Round();
        }
        var best = Enumerable.Range(0, 10).Min(_ => Round());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"compiled set, {subset.Length:N0} travellers: {best:F2} ns per evaluation (best of 10 rounds)"));
    }
}
