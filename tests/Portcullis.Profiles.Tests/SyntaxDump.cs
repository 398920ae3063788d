using System.Globalization;
using Portcullis.Profiles.Syntax;

namespace Portcullis.Profiles.Tests;

/// <summary>
/// The tree as an S-expression without positions: the shape the parser produced, for assertions that
/// must not depend on the formatter under test.
/// </summary>
internal static class SyntaxDump
{
    public static string Of(ConditionSyntax? node) => node switch
    {
        null => "null",
        FieldSyntax f => f.Name,
        NumberSyntax n => n.Value.ToString(CultureInfo.InvariantCulture),
        TextSyntax t => $"'{t.Value}'",
        BooleanSyntax b => b.Value ? "true" : "false",
        DateSyntax d => d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeSyntax d => d.Value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        DurationSyntax d => $"{d.Amount.ToString(CultureInfo.InvariantCulture)}{d.Unit}",
        LogicalSyntax l => $"({l.Operator} {Of(l.Left)} {Of(l.Right)})",
        NotSyntax n => $"(Not {Of(n.Operand)})",
        ComparisonSyntax c => $"({c.Operator} {Of(c.Left)} {Of(c.Right)})",
        ArithmeticSyntax a => $"({a.Operator} {Of(a.Left)} {Of(a.Right)})",
        InValuesSyntax i => $"({(i.Negated ? "NotIn" : "In")} {Of(i.Value)} [{string.Join(" ", i.Items.Select(Of))}])",
        InListSyntax i => $"({(i.Negated ? "NotInList" : "InList")} {Of(i.Value)} '{i.ListName}')",
        TextTestSyntax t => $"({t.Test} {Of(t.Value)} {Of(t.Pattern)})",
        BetweenSyntax b => $"(Between {Of(b.Value)} {Of(b.Low)} {Of(b.High)})",
        CollectionSyntax c => c.Predicate is null ? $"({c.Function} {Of(c.Collection)})" : $"({c.Function} {Of(c.Collection)} {c.Variable} {Of(c.Predicate)})",
        _ => throw new InvalidOperationException(node.GetType().Name),
    };
}
