using Portcullis.Profiles.Catalogue;
using Portcullis.Profiles.Checking;
using Portcullis.Profiles.Syntax;

namespace Portcullis.Profiles.Compiling;

/// <summary>
/// The order in which the parts of an <c>and</c> (or an <c>or</c>) chain are evaluated: cheapest first,
/// so that a yes/no field or a number decides most travellers before a list is searched or a collection
/// walked. Targeters write conditions in the order that explains them best, not the fastest one.
/// <para>
/// The answer cannot change: every condition is a pure function of the subject that is never missing
/// (missing data makes it false), so <c>a and b</c> is <c>b and a</c>. The one thing evaluation order
/// can change is whether an exception is thrown: date and duration arithmetic can leave the calendar
/// and decimals can overflow, and a part written after a false one was never evaluated. A chain with
/// such arithmetic anywhere in it keeps its written order.
/// </para>
/// </summary>
internal static class ConditionOrder
{
    /// <summary>The parts of the chain of <paramref name="node"/>'s operator, in evaluation order.</summary>
    public static IReadOnlyList<ConditionSyntax> Parts(LogicalSyntax node, Bindings bindings)
    {
        var parts = new List<ConditionSyntax>();
        Flatten(node, node.Operator, parts);
        return parts.All(p => CannotThrow(p, bindings))
            ? [.. parts.OrderBy(p => Cost(p, bindings))] // stable: equal costs keep the written order
            : parts;
    }

    private static void Flatten(ConditionSyntax node, LogicalOperator op, List<ConditionSyntax> parts)
    {
        if (node is LogicalSyntax logical && logical.Operator == op)
        {
            Flatten(logical.Left, op, parts);
            Flatten(logical.Right, op, parts);
        }
        else
        {
            parts.Add(node);
        }
    }

    /// <summary>
    /// A rough count of the work, in units of one field read and comparison: enough to rank the parts,
    /// not a measurement. Measured once on the bench: a list lookup costs about four comparisons, a
    /// collection with a condition about twenty.
    /// </summary>
    public static int Cost(ConditionSyntax node, Bindings bindings) => node switch
    {
        FieldSyntax field => bindings.Fields[field].Field.Type == FieldType.Text ? 2 : 1,
        NumberSyntax or TextSyntax or BooleanSyntax or DateSyntax or DateTimeSyntax or DurationSyntax => 0,
        LogicalSyntax logical => Cost(logical.Left, bindings) + Cost(logical.Right, bindings),
        NotSyntax not => Cost(not.Operand, bindings),
        ComparisonSyntax comparison => 1 + Cost(comparison.Left, bindings) + Cost(comparison.Right, bindings),
        ArithmeticSyntax arithmetic => 2 + Cost(arithmetic.Left, bindings) + Cost(arithmetic.Right, bindings),
        InValuesSyntax values => 4 + Cost(values.Value, bindings),
        InListSyntax list => 4 + Cost(list.Value, bindings),
        TextTestSyntax test => 4 + Cost(test.Value, bindings) + Cost(test.Pattern, bindings),
        BetweenSyntax between => 2 + Cost(between.Value, bindings) + Cost(between.Low, bindings) + Cost(between.High, bindings),
        CollectionSyntax { Predicate: null } call => 2 + Cost(call.Collection, bindings),
        CollectionSyntax call => 20 + Cost(call.Collection, bindings) + (4 * Cost(call.Predicate, bindings)),
        _ => 10,
    };

    /// <summary>
    /// Whether evaluating the node can never throw. Only arithmetic can: everything else reads fields
    /// and compares. Subtracting two dates or times gives a duration that always fits; adding or
    /// subtracting a duration can leave the calendar, and numbers can overflow.
    /// </summary>
    public static bool CannotThrow(ConditionSyntax node, Bindings bindings) => node switch
    {
        ArithmeticSyntax { Operator: ArithmeticOperator.Subtract } arithmetic
            when IsCalendar(arithmetic.Left, bindings) && IsCalendar(arithmetic.Right, bindings) =>
            CannotThrow(arithmetic.Left, bindings) && CannotThrow(arithmetic.Right, bindings),
        ArithmeticSyntax => false,
        LogicalSyntax logical => CannotThrow(logical.Left, bindings) && CannotThrow(logical.Right, bindings),
        NotSyntax not => CannotThrow(not.Operand, bindings),
        ComparisonSyntax comparison => CannotThrow(comparison.Left, bindings) && CannotThrow(comparison.Right, bindings),
        InValuesSyntax values => CannotThrow(values.Value, bindings),
        InListSyntax list => CannotThrow(list.Value, bindings),
        TextTestSyntax test => CannotThrow(test.Value, bindings) && CannotThrow(test.Pattern, bindings),
        BetweenSyntax between => CannotThrow(between.Value, bindings) && CannotThrow(between.Low, bindings) && CannotThrow(between.High, bindings),
        CollectionSyntax call => CannotThrow(call.Collection, bindings) && (call.Predicate is null || CannotThrow(call.Predicate, bindings)),
        _ => true,
    };

    private static bool IsCalendar(ConditionSyntax node, Bindings bindings) =>
        bindings.Types.TryGetValue(node, out var type) && type is FieldType.Date or FieldType.DateTime;
}
