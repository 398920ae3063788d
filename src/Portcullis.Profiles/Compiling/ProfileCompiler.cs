using System.Linq.Expressions;
using Portcullis.Profiles.Checking;
using Portcullis.Profiles.Syntax;

namespace Portcullis.Profiles.Compiling;

/// <summary>
/// Compiles a checked profile: the whole condition into one <c>Func&lt;TSubject, bool&gt;</c> for
/// matching, and each leaf condition (with the values it reads) separately for explanations, so
/// matching pays nothing for being explainable.
/// </summary>
internal static class ProfileCompiler
{
    public static CompiledProfile<TSubject> Compile<TSubject>(CheckedProfile<TSubject> profile)
    {
        var subject = Expression.Parameter(typeof(TSubject), "subject");
        var compiler = new ConditionCompiler(profile.Bindings, subject);
        var matches = Expression.Lambda<Func<TSubject, bool>>(compiler.Condition(profile.Condition), subject).Compile();
        var leaves = new List<ConditionSyntax>();
        CollectLeaves(profile.Condition, leaves);
        var conditions = leaves.Select(leaf => new CompiledCondition<TSubject>(
            ProfileFormatter.Expression(leaf),
            Expression.Lambda<Func<TSubject, bool>>(compiler.Condition(leaf), subject).Compile(),
            Observed(leaf).Select(value => new CompiledValue<TSubject>(
                ProfileFormatter.Expression(value),
                value is FieldSyntax field ? field.Name : null,
                Expression.Lambda<Func<TSubject, object?>>(Expression.Convert(compiler.Value(value), typeof(object)), subject).Compile()))
                .Concat(Deciding<TSubject>(leaf, compiler, subject))
                .ToList())).ToList();
        return new CompiledProfile<TSubject>(profile, matches, conditions);
    }

    private static void CollectLeaves(ConditionSyntax node, List<ConditionSyntax> leaves)
    {
        switch (node)
        {
            case LogicalSyntax logical:
                CollectLeaves(logical.Left, leaves);
                CollectLeaves(logical.Right, leaves);
                break;
            case NotSyntax not:
                CollectLeaves(not.Operand, leaves);
                break;
            default:
                leaves.Add(node);
                break;
        }
    }

    // An any or all with a condition also shows the element that decided it: the first that held (any)
    // or the first that did not (all), by the fields of it the condition reads. A count alone does not
    // tell an officer which of a consignment's goods, or of a passenger's documents, it was.
    private static IEnumerable<CompiledValue<TSubject>> Deciding<TSubject>(ConditionSyntax leaf, ConditionCompiler compiler, ParameterExpression subject)
    {
        if (leaf is not CollectionSyntax { Function: CollectionFunction.Any or CollectionFunction.All, Predicate: not null } call)
        {
            return [];
        }

        var which = call.Function == CollectionFunction.Any ? "" : " (the first that did not hold)";
        return [.. compiler.VariableFields(call).Select(field => new CompiledValue<TSubject>(
            field.Name + which,
            field.Name,
            Expression.Lambda<Func<TSubject, object?>>(compiler.Deciding(call, field), subject).Compile()))];
    }

    // The values worth showing are the ones read from the subject; literals are already in the text.
    private static IEnumerable<ConditionSyntax> Observed(ConditionSyntax leaf)
    {
        IEnumerable<ConditionSyntax> operands = leaf switch
        {
            ComparisonSyntax comparison => [comparison.Left, comparison.Right],
            InValuesSyntax values => [values.Value],
            InListSyntax list => [list.Value],
            TextTestSyntax test => [test.Value, test.Pattern],
            BetweenSyntax between => [between.Value, between.Low, between.High],
            // For any and all, how many elements there are and how many satisfied the condition.
            CollectionSyntax call => [call with { Function = CollectionFunction.Count }, call with { Function = CollectionFunction.Count, Variable = null, Predicate = null }],
            _ => [leaf],
        };
        return operands.Where(o => o is not (NumberSyntax or TextSyntax or BooleanSyntax or DateSyntax or DateTimeSyntax or DurationSyntax));
    }
}
