using System.Linq.Expressions;
using Portcullis.Profiles.Checking;

namespace Portcullis.Profiles.Compiling;

/// <summary>
/// The active profiles of a unit compiled together into one delegate that evaluates them all on a
/// subject: how targeting runs them when a traveller's data arrives. One call instead of one per
/// profile, and the subject's fields stay at hand from one profile to the next. The answers are
/// exactly those of each profile's own <see cref="CompiledProfile{TSubject}.Matches"/>.
/// </summary>
public sealed class CompiledProfileSet<TSubject>
{
    private readonly Action<TSubject, bool[]> _evaluate;

    private CompiledProfileSet(IReadOnlyList<CheckedProfile<TSubject>> profiles, Action<TSubject, bool[]> evaluate)
    {
        Profiles = profiles;
        _evaluate = evaluate;
    }

    /// <summary>The profiles, in the order of the results.</summary>
    public IReadOnlyList<CheckedProfile<TSubject>> Profiles { get; }

    /// <summary>Compiles the profiles into one delegate.</summary>
    public static CompiledProfileSet<TSubject> Compile(IReadOnlyList<CheckedProfile<TSubject>> profiles)
    {
        var subject = Expression.Parameter(typeof(TSubject), "subject");
        var results = Expression.Parameter(typeof(bool[]), "results");
        var assignments = profiles.Select((profile, i) => (Expression)Expression.Assign(
            Expression.ArrayAccess(results, Expression.Constant(i)),
            new ConditionCompiler(profile.Bindings, subject).Condition(profile.Condition)));
        var body = Expression.Block(assignments.Append(Expression.Empty()));
        return new CompiledProfileSet<TSubject>(profiles, Expression.Lambda<Action<TSubject, bool[]>>(body, subject, results).Compile());
    }

    /// <summary>Evaluates every profile on the subject: <c>results[i]</c> says whether profile <c>i</c> matched.</summary>
    public void Evaluate(TSubject subject, bool[] results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Length < Profiles.Count)
        {
            throw new ArgumentException($"results must hold at least {Profiles.Count} values", nameof(results));
        }

        _evaluate(subject, results);
    }
}
