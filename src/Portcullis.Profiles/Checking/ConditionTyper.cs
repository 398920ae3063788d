using Portcullis.Profiles.Catalogue;
using Portcullis.Profiles.Syntax;

namespace Portcullis.Profiles.Checking;

/// <summary>
/// Gives every node of a condition its type, resolving names against the catalogue (and against the
/// element catalogue inside <c>any</c>, <c>all</c> and <c>count</c>). A node whose type cannot be known
/// returns null after reporting why, and its parents stay silent, so one mistake makes one error.
/// </summary>
internal sealed class ConditionTyper(FieldCatalogue root, IReferenceLists lists, Bindings bindings, List<ProfileDiagnostic> errors)
{
    private readonly List<(string Variable, FieldCatalogue Elements)> _scopes = [];
    private readonly HashSet<FieldCategory> _categories = [];

    public IReadOnlySet<FieldCategory> CategoriesUsed => _categories;

    public FieldType? Type(ConditionSyntax node)
    {
        var type = node switch
        {
            FieldSyntax field => TypeField(field),
            NumberSyntax => FieldType.Number,
            TextSyntax => FieldType.Text,
            BooleanSyntax => FieldType.Boolean,
            DateSyntax => FieldType.Date,
            DateTimeSyntax => FieldType.DateTime,
            DurationSyntax => FieldType.Duration,
            LogicalSyntax logical => TypeLogical(logical),
            NotSyntax not => RequireCondition(not.Operand, "`not`") ? FieldType.Boolean : null,
            ComparisonSyntax comparison => TypeComparison(comparison),
            ArithmeticSyntax arithmetic => TypeArithmetic(arithmetic),
            InValuesSyntax values => TypeInValues(values),
            InListSyntax list => TypeInList(list),
            TextTestSyntax test => TypeTextTest(test),
            BetweenSyntax between => TypeBetween(between),
            CollectionSyntax call => TypeCall(call),
            _ => throw new InvalidOperationException($"Unknown node {node.GetType().Name}."),
        };
        if (type is { } known)
        {
            bindings.Types[node] = known;
        }
        return type;
    }

    private FieldType? TypeField(FieldSyntax node)
    {
        var dot = node.Name.IndexOf('.', StringComparison.Ordinal);
        var head = dot < 0 ? node.Name : node.Name[..dot];
        var scope = _scopes.LastOrDefault(s => string.Equals(s.Variable, head, StringComparison.Ordinal));
        if (scope.Elements is not null)
        {
            if (dot < 0)
            {
                return Fail(node, $"`{head}` is a whole element of {scope.Elements.Name}",
                    $"test one of its fields, e.g. `{head}.{scope.Elements.Fields[0].Name}`");
            }
            var elementField = scope.Elements.Find(node.Name[(dot + 1)..]);
            if (elementField is null)
            {
                var closest = Closest.To(node.Name[(dot + 1)..], scope.Elements.Fields.Select(f => f.Name));
                return Fail(node, $"{scope.Elements.Name} have no field `{node.Name[(dot + 1)..]}`", $"did you mean `{head}.{closest}`?");
            }
            return Bind(node, elementField, head);
        }
        var field = root.Find(node.Name);
        if (field is null)
        {
            return Fail(node, $"unknown field `{node.Name}`", $"did you mean `{Closest.To(node.Name, root.Fields.Select(f => f.Name))}`?");
        }
        return Bind(node, field, null);
    }

    private FieldType Bind(FieldSyntax node, FieldDefinition field, string? variable)
    {
        bindings.Fields[node] = new BoundField(field, variable);
        // A collection is a criterion only when counted as a whole; with a condition on its elements,
        // the criterion is what the condition reads (`any(booking.passengers, p => p.age < 18)` is about age).
        if (field.Type != FieldType.Collection)
        {
            _categories.Add(field.Category);
        }
        return field.Type;
    }

    private FieldType? TypeLogical(LogicalSyntax node)
    {
        var word = node.Operator == LogicalOperator.And ? "`and`" : "`or`";
        var left = RequireCondition(node.Left, word);
        var right = RequireCondition(node.Right, word);
        return left && right ? FieldType.Boolean : null;
    }

    private bool RequireCondition(ConditionSyntax operand, string what)
    {
        var type = Type(operand);
        if (type is null)
        {
            return false;
        }
        if (type == FieldType.Boolean)
        {
            return true;
        }
        Fail(operand, $"{Name(operand)} is {Describe(type.Value)}, not a condition, so {what} cannot use it",
            $"compare it, e.g. `{ProfileFormatter.Expression(operand)} {Example(type.Value, ordered: true)}`");
        return false;
    }

    private FieldType? TypeComparison(ComparisonSyntax node)
    {
        var left = Type(node.Left);
        var right = Type(node.Right);
        if (left is not { } l || right is not { } r)
        {
            return null;
        }
        var ordered = node.Operator is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual);
        if (l == FieldType.Collection || r == FieldType.Collection)
        {
            var collection = l == FieldType.Collection ? node.Left : node.Right;
            return Fail(collection, $"{Name(collection)} is a collection", "use any(...), all(...) or count(...)");
        }
        if (!Compatible(l, r))
        {
            return Mismatch(node.Left, l, node.Right, r, ordered);
        }
        if (ordered && l is FieldType.Text or FieldType.Boolean)
        {
            return Fail(node, $"{Describe(l)} has no order, so `{ProfileFormatter.Symbol(node.Operator)}` cannot compare it",
                l == FieldType.Text ? "use =, !=, in, starts with, ends with or contains" : "use = or !=, or the field alone");
        }
        return FieldType.Boolean;
    }

    private FieldType? TypeArithmetic(ArithmeticSyntax node)
    {
        var left = Type(node.Left);
        var right = Type(node.Right);
        if (left is not { } l || right is not { } r)
        {
            return null;
        }
        var add = node.Operator == ArithmeticOperator.Add;
        FieldType? result = (l, r) switch
        {
            (FieldType.Number, FieldType.Number) => FieldType.Number,
            (FieldType.Duration, FieldType.Duration) => FieldType.Duration,
            (FieldType.Date, FieldType.Duration) => FieldType.Date,
            (FieldType.DateTime, FieldType.Duration) => FieldType.DateTime,
            (FieldType.Duration, FieldType.Date) when add => FieldType.Date,
            (FieldType.Duration, FieldType.DateTime) when add => FieldType.DateTime,
            (FieldType.Date or FieldType.DateTime, FieldType.Date or FieldType.DateTime) when !add => FieldType.Duration,
            _ => null,
        };
        if (result is null)
        {
            return Fail(node, $"cannot {(add ? "add" : "subtract")} {Describe(r)} {(add ? "to" : "from")} {Describe(l)}",
                "numbers add to numbers; a date or time plus or minus a duration is a date or time; two dates or times subtract to a duration");
        }
        return result;
    }

    private FieldType? TypeInValues(InValuesSyntax node)
    {
        if (Type(node.Value) is not { } value)
        {
            return null;
        }
        if (value is FieldType.Boolean or FieldType.Collection)
        {
            return Fail(node.Value, $"{Name(node.Value)} is {Describe(value)}; `in` tests text, numbers, dates and durations",
                value == FieldType.Boolean ? "compare it with true or use it alone" : "use any(...), all(...) or count(...)");
        }
        foreach (var item in node.Items)
        {
            var itemType = Type(item)!.Value;
            if (!Compatible(value, itemType))
            {
                return Mismatch(node.Value, value, item, itemType, ordered: false);
            }
        }
        return FieldType.Boolean;
    }

    private FieldType? TypeInList(InListSyntax node)
    {
        var value = Type(node.Value);
        var values = lists.Find(node.ListName);
        if (values is null)
        {
            var closest = Closest.To(node.ListName, lists.Names);
            errors.Add(new ProfileDiagnostic(node.ListNameAt.Line, node.ListNameAt.Column, $"there is no reference list \"{node.ListName}\"",
                closest is null ? "no reference lists are defined yet; ask an administrator to add it" : $"did you mean \"{closest}\"?"));
            return null;
        }
        if (value is not { } known)
        {
            return null;
        }
        if (known != FieldType.Text)
        {
            return Fail(node.Value, $"{Name(node.Value)} is {Describe(known)}; named lists hold text codes",
                "test a text field, e.g. `route.origin.country in list \"...\"`");
        }
        bindings.Lists[node] = new HashSet<string>(values, StringComparer.OrdinalIgnoreCase);
        return FieldType.Boolean;
    }

    private FieldType? TypeTextTest(TextTestSyntax node)
    {
        var value = Type(node.Value);
        var pattern = Type(node.Pattern);
        if (value is not { } v || pattern is not { } p)
        {
            return null;
        }
        if (v != FieldType.Text)
        {
            return Fail(node.Value, $"{Name(node.Value)} is {Describe(v)}; `{ProfileFormatter.Words(node.Test)}` tests text",
                $"compare it instead, e.g. `{ProfileFormatter.Expression(node.Value)} {Example(v, ordered: false)}`");
        }
        if (p != FieldType.Text)
        {
            return Fail(node.Pattern, $"{Name(node.Pattern)} is {Describe(p)}; `{ProfileFormatter.Words(node.Test)}` needs text",
                "write the text in double quotes, e.g. \"@mail.\"");
        }
        return FieldType.Boolean;
    }

    private FieldType? TypeBetween(BetweenSyntax node)
    {
        var value = Type(node.Value);
        var low = Type(node.Low);
        var high = Type(node.High);
        if (value is not { } v || low is not { } l || high is not { } h)
        {
            return null;
        }
        if (v is not (FieldType.Number or FieldType.Date or FieldType.DateTime or FieldType.Duration))
        {
            return Fail(node.Value, $"{Name(node.Value)} is {Describe(v)}, which has no range",
                "`between` tests numbers, dates, times and durations");
        }
        if (!Compatible(v, l))
        {
            return Mismatch(node.Value, v, node.Low, l, ordered: true);
        }
        return Compatible(v, h) ? FieldType.Boolean : Mismatch(node.Value, v, node.High, h, ordered: true);
    }

    private FieldType? TypeCall(CollectionSyntax node)
    {
        var name = node.Function.ToString().ToLowerInvariant();
        if (node.Collection is not FieldSyntax collection)
        {
            return Fail(node.Collection, $"`{name}` takes a collection field", "e.g. booking.passengers or route.transits");
        }
        if (Type(collection) is not { } type)
        {
            return null;
        }
        if (type != FieldType.Collection)
        {
            return Fail(collection, $"`{collection.Name}` is {Describe(type)}, not a collection",
                $"`{name}` takes a collection field, e.g. booking.passengers or route.transits");
        }
        var elements = bindings.Fields[collection].Field.Elements!;
        if (node.Predicate is null)
        {
            _categories.Add(bindings.Fields[collection].Field.Category);
        }
        bindings.Elements[node] = elements;
        if (node.Predicate is not null)
        {
            if (root.Find(node.Variable!) is not null || _scopes.Any(s => string.Equals(s.Variable, node.Variable, StringComparison.Ordinal)))
            {
                return Fail(node, $"`{node.Variable}` is already a name here", "choose another name for each element, e.g. p");
            }
            _scopes.Add((node.Variable!, elements));
            var holds = RequireCondition(node.Predicate, $"`{name}`");
            _scopes.RemoveAt(_scopes.Count - 1);
            if (!holds)
            {
                return null;
            }
        }
        return node.Function == CollectionFunction.Count ? FieldType.Number : FieldType.Boolean;
    }

    private static bool Compatible(FieldType left, FieldType right) =>
        left == right || (left is FieldType.Date or FieldType.DateTime && right is FieldType.Date or FieldType.DateTime);

    // Blame the operand that is not a field: "booking.oneWay = "yes"" is wrong at "yes".
    private FieldType? Mismatch(ConditionSyntax left, FieldType leftType, ConditionSyntax right, FieldType rightType, bool ordered)
    {
        var (subject, subjectType, other, otherType) = right is FieldSyntax && left is not FieldSyntax
            ? (right, rightType, left, leftType)
            : (left, leftType, right, rightType);
        var kind = subject is FieldSyntax ? FieldNoun(subjectType) : Describe(subjectType);
        return Fail(other, $"{Name(subject)} is {kind} and cannot be compared with {Describe(otherType)}",
            subjectType == FieldType.Boolean
                ? "compare it with true or use it alone"
                : $"compare it with {Describe(subjectType)}, e.g. `{ProfileFormatter.Expression(subject)} {Example(subjectType, ordered)}`");
    }

    public static string Describe(FieldType type) => type switch
    {
        FieldType.Number => "a number",
        FieldType.Text => "text",
        FieldType.Boolean => "yes or no",
        FieldType.Date => "a date",
        FieldType.DateTime => "a date and time",
        FieldType.Duration => "a duration",
        _ => "a collection",
    };

    private static string FieldNoun(FieldType type) => type switch
    {
        FieldType.Text => "a text field",
        FieldType.Boolean => "a yes/no field",
        _ => Describe(type) + " field",
    };

    private static string Example(FieldType type, bool ordered) => type switch
    {
        FieldType.Number => ordered ? "<= 2" : "= 2",
        FieldType.Text => "= \"CASH\"",
        FieldType.Boolean => "= true",
        FieldType.Date => ordered ? ">= 2026-12-01" : "= 2026-12-01",
        FieldType.DateTime => ">= 2026-12-01T06:30",
        FieldType.Duration => "<= 3 days",
        _ => "",
    };

    private static string Name(ConditionSyntax node) => $"`{ProfileFormatter.Expression(node)}`";

    private FieldType? Fail(ConditionSyntax at, string problem, string suggestion)
    {
        errors.Add(new ProfileDiagnostic(at.At.Line, at.At.Column, problem, suggestion));
        return null;
    }
}
