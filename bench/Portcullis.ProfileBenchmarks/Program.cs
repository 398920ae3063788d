using System.Globalization;
using BenchmarkDotNet.Running;
using Portcullis.ProfileBenchmarks;

// The hits are compared before anything is timed: figures for two engines that select different
// travellers would be meaningless. `--verify` compares and stops; `--stopwatch [N]` times the compiled
// set on the first N travellers with a plain loop, for comparing engine changes quickly.
HitComparison.Run(Console.Out);
if (args is ["--stopwatch", ..])
{
    StopwatchRun.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : BenchData.Travellers, Console.Out);
    return;
}
if (args is ["--verify", ..])
{
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ProfileBenchmarks).Assembly).Run(args);
