using System.Text.Json;
using Portcullis.Profiles.Travellers;
using RulesEngine.Models;

namespace Portcullis.ProfileBenchmarks;

/// <summary>
/// The same 50 profiles as one RulesEngine workflow (Rules/travellers.json, one rule per profile file,
/// named after it), with <see cref="Pf"/> as its custom type for case-insensitive text and named lists.
/// </summary>
public sealed class RulesEngineProfiles
{
    public const string Workflow = "travellers";

    /// <summary>The name the expressions use for the traveller.</summary>
    public const string Parameter = "t";

    private readonly RulesEngine.RulesEngine _engine;

    public RulesEngineProfiles()
    {
        Pf.UseLists(BenchProfiles.Lists);
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Rules", "travellers.json"));
        var workflows = JsonSerializer.Deserialize<Workflow[]>(json) ?? throw new InvalidOperationException("Rules/travellers.json is empty");
        RuleNames = [.. workflows.Single().Rules.Select(r => r.RuleName)];
        _engine = new RulesEngine.RulesEngine(workflows, new ReSettings
        {
            CustomTypes = [typeof(Pf)],
            // A rule that fails to compile or throws must stop the bench, not count as "no hit".
            EnableExceptionAsErrorMessage = false,
        });
    }

    public IReadOnlyList<string> RuleNames { get; }

    /// <summary>All rules of the workflow on one traveller: RulesEngine's ordinary call, compiled rules cached after the first.</summary>
    public List<RuleResultTree> Run(TravellerFacts traveller) =>
        _engine.ExecuteAllRulesAsync(Workflow, new RuleParameter(Parameter, traveller)).AsTask().GetAwaiter().GetResult();
}
