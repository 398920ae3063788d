using System.Diagnostics;
using System.Globalization;

namespace Portcullis.ProfileBenchmarks;

/// <summary>
/// Both engines on every traveller and every profile: the hits must be identical, or the speed figures
/// compare two different things. Throws on the first difference, naming the profile and the traveller.
/// </summary>
public static class HitComparison
{
    public static void Run(TextWriter output)
    {
        var names = BenchProfiles.Compile().Select(p => p.Name).ToArray();
        var compiled = BenchData.Compiled;
        var rules = BenchData.Rules;
        var travellers = BenchData.AllTravellers;
        if (names.Length != BenchData.Profiles || !names.SequenceEqual(rules.RuleNames))
        {
            throw new InvalidOperationException("The profile files and the RulesEngine rules are not the same 50, in the same order.");
        }

        var hits = new int[names.Length];
        var set = Portcullis.Profiles.Compiling.CompiledProfileSet<Portcullis.Profiles.Travellers.TravellerFacts>.Compile([.. compiled.Select(c => c.Profile)]);
        var setResults = new bool[names.Length];
        var rulesTime = new Stopwatch();
        var portcullisTime = new Stopwatch();
        foreach (var traveller in travellers)
        {
            rulesTime.Start();
            var results = rules.Run(traveller);
            rulesTime.Stop();
            set.Evaluate(traveller, setResults);
            for (var p = 0; p < compiled.Length; p++)
            {
                portcullisTime.Start();
                var ours = compiled[p].Matches(traveller);
                portcullisTime.Stop();
                var result = results[p];
                if (!string.IsNullOrEmpty(result.ExceptionMessage))
                {
                    throw new InvalidOperationException($"RulesEngine rule {result.Rule.RuleName} failed on {traveller.BookingRecordLocator}: {result.ExceptionMessage}");
                }
                if (result.Rule.RuleName != names[p] || result.IsSuccess != ours || setResults[p] != ours)
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                        $"First difference: profile {names[p]}, traveller {traveller.BookingRecordLocator}: Portcullis {ours} (in the set {setResults[p]}), RulesEngine {result.IsSuccess} (rule {result.Rule.RuleName}).\n{traveller}"));
                }
                hits[p] += ours ? 1 : 0;
            }
        }

        var evaluations = (double)travellers.Length * names.Length;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"identical hits: {names.Length} profiles x {travellers.Length:N0} travellers = {evaluations:N0} evaluations, {hits.Sum():N0} hits, no difference"));
        for (var p = 0; p < names.Length; p++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {names[p],-38} {hits[p],7:N0}"));
        }
        // A rough figure only (stopwatch around each call, no warm-up): BenchmarkDotNet gives the real one.
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rough: Portcullis {evaluations / portcullisTime.Elapsed.TotalSeconds:N0}/s, RulesEngine {evaluations / rulesTime.Elapsed.TotalSeconds:N0}/s"));
    }
}
