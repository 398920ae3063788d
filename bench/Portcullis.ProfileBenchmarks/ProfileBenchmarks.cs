using BenchmarkDotNet.Attributes;
using Portcullis.Profiles.Compiling;
using Portcullis.Profiles.Travellers;

namespace Portcullis.ProfileBenchmarks;

/// <summary>
/// Profile evaluations per second: every profile on every traveller, on one thread. Each method's time
/// is divided by its number of evaluations (OperationsPerInvoke), so the mean is one evaluation.
/// </summary>
[Config(typeof(ProfileThroughputConfig))]
[MemoryDiagnoser]
public class ProfileBenchmarks
{
    private const int Evaluations = BenchData.Travellers * BenchData.Profiles;

    private TravellerFacts[] _travellers = [];
    private CompiledProfile<TravellerFacts>[] _profiles = [];
    private CompiledProfileSet<TravellerFacts>? _set;
    private RulesEngineProfiles? _rules;

    [GlobalSetup]
    public void Setup()
    {
        // Build everything (and compile RulesEngine's rules into its cache) outside the timed part.
        _travellers = BenchData.AllTravellers;
        _profiles = BenchData.Compiled;
        _set = CompiledProfileSet<TravellerFacts>.Compile([.. _profiles.Select(p => p.Profile)]);
        _rules = BenchData.Rules;
        _rules.Run(_travellers[0]);
    }

    [Benchmark(Description = "Portcullis (compiled delegates)", OperationsPerInvoke = Evaluations)]
    public int Portcullis()
    {
        var hits = 0;
        var profiles = _profiles;
        foreach (var traveller in _travellers)
        {
            foreach (var profile in profiles)
            {
                hits += profile.Matches(traveller) ? 1 : 0;
            }
        }
        return hits;
    }

    // How targeting runs them: all of a unit's profiles in one call per traveller.
    [Benchmark(Description = "Portcullis (compiled set, one call per traveller)", OperationsPerInvoke = Evaluations)]
    public int PortcullisSet()
    {
        var hits = 0;
        var set = _set!;
        var results = new bool[set.Profiles.Count];
        foreach (var traveller in _travellers)
        {
            set.Evaluate(traveller, results);
            foreach (var hit in results)
            {
                hits += hit ? 1 : 0;
            }
        }

        return hits;
    }

    [Benchmark(Baseline = true, Description = "RulesEngine (ExecuteAllRulesAsync, cached)", OperationsPerInvoke = Evaluations)]
    public int RulesEngine()
    {
        var hits = 0;
        var rules = _rules!;
        foreach (var traveller in _travellers)
        {
            foreach (var result in rules.Run(traveller))
            {
                hits += result.IsSuccess ? 1 : 0;
            }
        }
        return hits;
    }
}
