using System.Globalization;
using System.Text;

namespace Portcullis.Profiles.Syntax;

/// <summary>
/// Writes a profile back as text in one canonical layout: header lines, then <c>when</c> with the
/// top-level <c>and</c>/<c>or</c> chain one condition per line. Parentheses are written exactly where
/// the tree needs them, so parsing the output gives the same tree.
/// </summary>
internal static class ProfileFormatter
{
    public static string Format(ParsedProfile profile)
    {
        var header = profile.Header;
        var text = new StringBuilder();
        if (header.Name is not null)
        {
            text.Append("profile ").AppendLine(Quote(header.Name));
        }
        if (header.Subject is not null)
        {
            text.Append("subject ").AppendLine(header.Subject);
        }
        if (header.Rationale is not null)
        {
            text.Append("rationale ").AppendLine(Quote(header.Rationale));
        }
        if (header.Owner is not null)
        {
            text.Append("owner ").AppendLine(header.Owner);
        }
        if (header.ValidFrom is { } from && header.ValidTo is { } to)
        {
            text.Append("valid ").Append(Date(from)).Append(" to ").AppendLine(Date(to));
        }
        if (header.HitCap is { } cap)
        {
            text.Append(CultureInfo.InvariantCulture, $"hit cap {cap.Count} per {cap.Period.ToString().ToLowerInvariant()}").AppendLine();
        }
        if (header.Score is { } score)
        {
            text.Append(CultureInfo.InvariantCulture, $"score {score}").AppendLine();
        }
        text.AppendLine("when");
        if (profile.Condition is { } condition)
        {
            AppendChain(text, condition);
        }
        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    // The top-level chain of one operator reads best one condition per line, operator first.
    private static void AppendChain(StringBuilder text, ConditionSyntax condition)
    {
        if (condition is LogicalSyntax top)
        {
            var parts = new List<ConditionSyntax>();
            var node = (ConditionSyntax)top;
            while (node is LogicalSyntax chain && chain.Operator == top.Operator)
            {
                parts.Add(chain.Right);
                node = chain.Left;
            }
            parts.Add(node);
            parts.Reverse();
            var word = top.Operator == LogicalOperator.And ? "and" : "or";
            for (var i = 0; i < parts.Count; i++)
            {
                // The first operand is the chain's left end; every later one is a right operand.
                var level = i == 0 ? Level(top) : Level(top) + 1;
                text.Append(i == 0 ? "  " : $"  {word} ").AppendLine(Expression(parts[i], level));
            }
            return;
        }
        text.Append("  ").AppendLine(Expression(condition, 0));
    }

    /// <summary>One expression on one line, parenthesised wherever its level is below <paramref name="minimumLevel"/>.</summary>
    public static string Expression(ConditionSyntax node, int minimumLevel = 0)
    {
        var written = node switch
        {
            FieldSyntax field => field.Name,
            NumberSyntax number => Number(number.Value),
            TextSyntax literal => Quote(literal.Value),
            BooleanSyntax boolean => boolean.Value ? "true" : "false",
            DateSyntax date => Date(date.Value),
            DateTimeSyntax dateTime => dateTime.Value.ToString(
                dateTime.Value.Second == 0 ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            DurationSyntax duration => Duration(duration),
            LogicalSyntax logical =>
                $"{Expression(logical.Left, Level(logical))} {(logical.Operator == LogicalOperator.And ? "and" : "or")} {Expression(logical.Right, Level(logical) + 1)}",
            NotSyntax not => $"not {Expression(not.Operand, Level(not))}",
            ComparisonSyntax comparison =>
                $"{Expression(comparison.Left, Additive)} {Symbol(comparison.Operator)} {Expression(comparison.Right, Additive)}",
            ArithmeticSyntax arithmetic =>
                $"{Expression(arithmetic.Left, Additive)} {(arithmetic.Operator == ArithmeticOperator.Add ? "+" : "-")} {Expression(arithmetic.Right, Primary)}",
            InValuesSyntax values =>
                $"{Expression(values.Value, Additive)} {(values.Negated ? "not in" : "in")} [{string.Join(", ", values.Items.Select(i => Expression(i)))}]",
            InListSyntax list => $"{Expression(list.Value, Additive)} {(list.Negated ? "not in" : "in")} list {Quote(list.ListName)}",
            TextTestSyntax test => $"{Expression(test.Value, Additive)} {Words(test.Test)} {Expression(test.Pattern, Additive)}",
            BetweenSyntax between =>
                $"{Expression(between.Value, Additive)} between {Expression(between.Low, Additive)} and {Expression(between.High, Additive)}",
            CollectionSyntax call => Call(call),
            _ => throw new InvalidOperationException($"Unknown node {node.GetType().Name}."),
        };
        return Level(node) < minimumLevel ? $"({written})" : written;
    }

    private const int Comparison = 3;
    private const int Additive = 4;
    private const int Primary = 5;

    // Binding strength, loosest first: or, and, not, comparisons, + and -, everything else.
    private static int Level(ConditionSyntax node) => node switch
    {
        LogicalSyntax { Operator: LogicalOperator.Or } => 0,
        LogicalSyntax => 1,
        NotSyntax => 2,
        ComparisonSyntax or InValuesSyntax or InListSyntax or TextTestSyntax or BetweenSyntax => Comparison,
        ArithmeticSyntax => Additive,
        // A negative literal after a minus would read as "a - -5": still one token pair, still parses.
        _ => Primary,
    };

    private static string Call(CollectionSyntax call)
    {
        var name = call.Function.ToString().ToLowerInvariant();
        return call.Predicate is null
            ? $"{name}({Expression(call.Collection, Additive)})"
            : $"{name}({Expression(call.Collection, Additive)}, {call.Variable} => {Expression(call.Predicate)})";
    }

    public static string Symbol(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "=",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        _ => ">=",
    };

    public static string Words(TextTest test) => test switch
    {
        TextTest.StartsWith => "starts with",
        TextTest.EndsWith => "ends with",
        _ => "contains",
    };

    private static string Duration(DurationSyntax duration)
    {
        var unit = duration.Unit.ToString().ToLowerInvariant();
        return $"{Number(duration.Amount)} {(duration.Amount == 1 ? unit[..^1] : unit)}";
    }

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
