using BenchmarkDotNet.Running;
using Portcullis.ProfileBenchmarks;

// The hits are compared before anything is timed: figures for two engines that select different
// travellers would be meaningless. `--verify` compares and stops.
HitComparison.Run(Console.Out);
if (args is ["--verify", ..])
{
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ProfileBenchmarks).Assembly).Run(args);
