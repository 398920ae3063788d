using System.Globalization;

namespace Portcullis.Profiles.Syntax;

/// <summary>
/// Recursive descent over the condition's tokens, one method per precedence level, loosest first:
/// <c>or</c>, <c>and</c>, <c>not</c>, a comparison (= != &lt; &lt;= &gt; &gt;=, in, not in, between,
/// starts with, ends with, contains), <c>+ -</c>, then literals, fields, calls and parentheses. It
/// stops at the first error: one precise message is worth more than a cascade of guesses.
/// </summary>
internal sealed class ConditionParser(List<Token> tokens, List<ProfileDiagnostic> diagnostics)
{
    private int _position;

    private sealed class SyntaxError : Exception;

    private Token Current => tokens[_position];

    public ConditionSyntax? ParseWhole()
    {
        try
        {
            if (Current.Kind == TokenKind.End)
            {
                throw Error(Current, "`when` has no condition", "write the condition after `when`, e.g. `when booking.oneWay`");
            }
            var condition = ParseOr();
            if (Current.Kind != TokenKind.End)
            {
                throw Error(Current, $"unexpected `{Current.Text}` after a complete condition",
                    "join conditions with `and` or `or`");
            }
            return condition;
        }
        catch (SyntaxError)
        {
            return null;
        }
    }

    private ConditionSyntax ParseOr()
    {
        var left = ParseAnd();
        while (Current.IsWord("or"))
        {
            var at = Next().At;
            left = new LogicalSyntax(at, LogicalOperator.Or, left, ParseAnd());
        }
        return left;
    }

    private ConditionSyntax ParseAnd()
    {
        var left = ParseNot();
        while (Current.IsWord("and"))
        {
            var at = Next().At;
            left = new LogicalSyntax(at, LogicalOperator.And, left, ParseNot());
        }
        return left;
    }

    private ConditionSyntax ParseNot()
    {
        if (Current.IsWord("not"))
        {
            var at = Next().At;
            return new NotSyntax(at, ParseNot());
        }
        return ParseComparison();
    }

    private ConditionSyntax ParseComparison()
    {
        var left = ParseAdditive();
        var token = Current;
        ComparisonOperator? comparison = token.Kind switch
        {
            TokenKind.Equal => ComparisonOperator.Equal,
            TokenKind.NotEqual => ComparisonOperator.NotEqual,
            TokenKind.Less => ComparisonOperator.Less,
            TokenKind.LessOrEqual => ComparisonOperator.LessOrEqual,
            TokenKind.Greater => ComparisonOperator.Greater,
            TokenKind.GreaterOrEqual => ComparisonOperator.GreaterOrEqual,
            _ => null,
        };
        if (comparison is { } op)
        {
            Next();
            return new ComparisonSyntax(token.At, op, left, ParseAdditive());
        }
        if (token.IsWord("in") || (token.IsWord("not") && tokens[_position + 1].IsWord("in")))
        {
            var negated = token.IsWord("not");
            Next();
            if (negated)
            {
                Next();
            }
            return ParseInRest(token.At, left, negated);
        }
        if (token.IsWord("between"))
        {
            Next();
            var low = ParseAdditive();
            Expect("and", "`between` needs both ends: `between 18 and 30`");
            return new BetweenSyntax(token.At, left, low, ParseAdditive());
        }
        if (token.IsWord("starts") || token.IsWord("ends"))
        {
            Next();
            Expect("with", $"write `{token.Text} with`");
            var test = token.Text == "starts" ? TextTest.StartsWith : TextTest.EndsWith;
            return new TextTestSyntax(token.At, test, left, ParseAdditive());
        }
        if (token.IsWord("contains"))
        {
            Next();
            return new TextTestSyntax(token.At, TextTest.Contains, left, ParseAdditive());
        }
        return left;
    }

    private ConditionSyntax ParseInRest(SourcePosition at, ConditionSyntax value, bool negated)
    {
        if (Current.IsWord("list"))
        {
            Next();
            var name = Current;
            if (name.Kind != TokenKind.Text)
            {
                throw Error(name, "`in list` takes the list's name in double quotes", "e.g. in list \"source-countries\"");
            }
            Next();
            return new InListSyntax(at, value, name.Text, name.At, negated);
        }
        if (Current.Kind != TokenKind.OpenBracket)
        {
            throw Error(Current, "`in` takes a list of values in brackets or a named list",
                "e.g. in [\"CASH\", \"CA\"] or in list \"source-countries\"");
        }
        Next();
        var items = new List<ConditionSyntax>();
        while (true)
        {
            var item = ParsePrimary();
            if (item is not (NumberSyntax or TextSyntax or DateSyntax or DateTimeSyntax or DurationSyntax or BooleanSyntax))
            {
                throw Error(item.At, "a list in brackets holds plain values only", "write values such as \"CASH\", 2 or 2026-12-01");
            }
            items.Add(item);
            if (Current.Kind == TokenKind.Comma)
            {
                Next();
                continue;
            }
            if (Current.Kind == TokenKind.CloseBracket)
            {
                Next();
                return new InValuesSyntax(at, value, items, negated);
            }
            throw Error(Current, "expected `,` or `]` in the list", "separate values with commas and close the list with ]");
        }
    }

    private ConditionSyntax ParseAdditive()
    {
        var left = ParsePrimary();
        while (Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var token = Next();
            var op = token.Kind == TokenKind.Plus ? ArithmeticOperator.Add : ArithmeticOperator.Subtract;
            left = new ArithmeticSyntax(token.At, op, left, ParsePrimary());
        }
        return left;
    }

    private ConditionSyntax ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Next();
                return NumberOrDuration(token, decimal.Parse(token.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
            case TokenKind.Minus when tokens[_position + 1].Kind == TokenKind.Number:
                Next();
                var number = Next();
                return NumberOrDuration(token, -decimal.Parse(number.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
            case TokenKind.Text:
                Next();
                return new TextSyntax(token.At, token.Text);
            case TokenKind.Date:
                Next();
                return new DateSyntax(token.At, DateOnly.ParseExact(token.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture));
            case TokenKind.DateTime:
                Next();
                return new DateTimeSyntax(token.At, DateTime.ParseExact(token.Text, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"],
                    CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal));
            case TokenKind.OpenParen:
                Next();
                var inner = ParseOr();
                if (Current.Kind != TokenKind.CloseParen)
                {
                    throw Error(Current, "expected `)`", "close the parenthesis opened at " + Where(token.At));
                }
                Next();
                return inner;
            case TokenKind.Word:
                return ParseWord(token);
            case TokenKind.End:
                throw Error(token, "the condition ends too early", "complete the last comparison");
            default:
                throw Error(token, $"unexpected `{token.Text}`", "expected a field, a value or `(`");
        }
    }

    private ConditionSyntax ParseWord(Token token)
    {
        switch (token.Text)
        {
            case "true" or "false":
                Next();
                return new BooleanSyntax(token.At, token.Text == "true");
            case "any" or "all" or "count" when tokens[_position + 1].Kind == TokenKind.OpenParen:
                return ParseCall(token);
            case "and" or "or" or "in" or "between" or "contains" or "when":
                throw Error(token, $"`{token.Text}` cannot start a value", "expected a field, a value or `(` here");
            default:
                Next();
                return new FieldSyntax(token.At, token.Text);
        }
    }

    private CollectionSyntax ParseCall(Token name)
    {
        Next();
        Next();
        var function = name.Text switch
        {
            "any" => CollectionFunction.Any,
            "all" => CollectionFunction.All,
            _ => CollectionFunction.Count,
        };
        var collection = ParseAdditive();
        string? variable = null;
        ConditionSyntax? predicate = null;
        if (Current.Kind == TokenKind.Comma)
        {
            Next();
            var variableToken = Current;
            if (variableToken.Kind != TokenKind.Word || variableToken.Text.Contains('.', StringComparison.Ordinal))
            {
                throw Error(variableToken, "expected a name for each element", $"e.g. {name.Text}(booking.passengers, p => p.age < 18)");
            }
            Next();
            if (Current.Kind != TokenKind.Arrow)
            {
                throw Error(Current, "expected `=>` after the element's name", $"e.g. {name.Text}(booking.passengers, p => p.age < 18)");
            }
            Next();
            variable = variableToken.Text;
            predicate = ParseOr();
        }
        else if (function != CollectionFunction.Count)
        {
            throw Error(Current, $"`{name.Text}` needs a condition on each element", $"e.g. {name.Text}(booking.passengers, p => p.age < 18)");
        }
        if (Current.Kind != TokenKind.CloseParen)
        {
            throw Error(Current, "expected `)`", $"close the `{name.Text}(` opened at {Where(name.At)}");
        }
        Next();
        return new CollectionSyntax(name.At, function, collection, variable, predicate);
    }

    private ConditionSyntax NumberOrDuration(Token token, decimal amount)
    {
        DurationUnit? unit = Current.Kind == TokenKind.Word ? Current.Text switch
        {
            "minute" or "minutes" => DurationUnit.Minutes,
            "hour" or "hours" => DurationUnit.Hours,
            "day" or "days" => DurationUnit.Days,
            "week" or "weeks" => DurationUnit.Weeks,
            _ => null,
        } : null;
        if (unit is null)
        {
            return new NumberSyntax(token.At, amount);
        }
        Next();
        return new DurationSyntax(token.At, amount, unit.Value);
    }

    private void Expect(string word, string suggestion)
    {
        if (!Current.IsWord(word))
        {
            throw Error(Current, $"expected `{word}`", suggestion);
        }
        Next();
    }

    private Token Next() => tokens[_position < tokens.Count - 1 ? _position++ : _position];

    private static string Where(SourcePosition at) => string.Create(CultureInfo.InvariantCulture, $"{at.Line}:{at.Column}");

    private SyntaxError Error(Token at, string problem, string suggestion) => Error(at.At, problem, suggestion);

    private SyntaxError Error(SourcePosition at, string problem, string suggestion)
    {
        diagnostics.Add(new ProfileDiagnostic(at.Line, at.Column, problem, suggestion));
        return new SyntaxError();
    }
}
