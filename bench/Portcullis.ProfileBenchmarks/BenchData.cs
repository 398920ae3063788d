using Portcullis.Profiles.Compiling;
using Portcullis.Profiles.Travellers;

namespace Portcullis.ProfileBenchmarks;

/// <summary>The travellers, the compiled profiles and the RulesEngine workflow, built once per process.</summary>
public static class BenchData
{
    public const int Travellers = 100_000;

    public const int Profiles = 50;

    private static readonly Lazy<TravellerFacts[]> LazyTravellers = new(() => TravellerGenerator.Make(Travellers));
    private static readonly Lazy<CompiledProfile<TravellerFacts>[]> LazyCompiled = new(() => [.. BenchProfiles.Compile().Select(p => p.Profile)]);
    private static readonly Lazy<RulesEngineProfiles> LazyRules = new(() => new RulesEngineProfiles());

    public static TravellerFacts[] AllTravellers => LazyTravellers.Value;

    public static CompiledProfile<TravellerFacts>[] Compiled => LazyCompiled.Value;

    public static RulesEngineProfiles Rules => LazyRules.Value;
}
