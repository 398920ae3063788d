using System.Linq.Expressions;
using Portcullis.Profiles.Catalogue;
using Portcullis.Profiles.Checking;
using Portcullis.Profiles.Syntax;

namespace Portcullis.Profiles.Compiling;

/// <summary>
/// Turns a checked condition into an expression tree over one subject parameter. Field accessors are
/// inlined from the catalogue; every operation is a call into <see cref="ProfileRuntime"/>, chosen here
/// by the checked types, never by a name from the profile's text.
/// </summary>
internal sealed class ConditionCompiler(Bindings bindings, ParameterExpression subject)
{
    private readonly List<(string Name, ParameterExpression Parameter)> _variables = [];

    /// <summary>The node as a <c>bool</c> (boolean fields: missing is false).</summary>
    public Expression Condition(ConditionSyntax node) => node switch
    {
        LogicalSyntax logical => Chain(logical),
        NotSyntax not => Expression.Not(Condition(not.Operand)),
        ComparisonSyntax comparison => Comparison(comparison),
        InValuesSyntax values => InValues(values),
        InListSyntax list => Runtime(list.Negated ? nameof(ProfileRuntime.NotInTextSet) : nameof(ProfileRuntime.InTextSet),
            Value(list.Value), Expression.Constant(new TextSet(bindings.Lists[list]))),
        TextTestSyntax test => Runtime(test.Test.ToString(), Value(test.Value), Value(test.Pattern)),
        BetweenSyntax between => Between(between),
        CollectionSyntax call when call.Function != CollectionFunction.Count => Call(call),
        _ => Runtime(nameof(ProfileRuntime.IsTrue), Value(node)),
    };

    /// <summary>An <c>and</c> or <c>or</c> chain, its parts in <see cref="ConditionOrder"/>, short-circuiting.</summary>
    private Expression Chain(LogicalSyntax node)
    {
        var parts = ConditionOrder.Parts(node, bindings).Select(Condition);
        return node.Operator == LogicalOperator.And ? parts.Aggregate(Expression.AndAlso) : parts.Aggregate(Expression.OrElse);
    }

    /// <summary>The node in its type's runtime shape (see <see cref="FieldType"/>).</summary>
    public Expression Value(ConditionSyntax node) => node switch
    {
        FieldSyntax field => Field(field),
        NumberSyntax number => Expression.Constant(number.Value, typeof(decimal?)),
        TextSyntax text => Expression.Constant(text.Value, typeof(string)),
        BooleanSyntax boolean => Expression.Constant(boolean.Value, typeof(bool?)),
        DateSyntax date => Expression.Constant(date.Value, typeof(DateOnly?)),
        DateTimeSyntax dateTime => Expression.Constant(dateTime.Value, typeof(DateTime?)),
        DurationSyntax duration => Expression.Constant(ProfileRuntime.ToDuration(duration.Amount, duration.Unit), typeof(TimeSpan?)),
        ArithmeticSyntax arithmetic => Arithmetic(arithmetic),
        // Counts are whole numbers: read as int and widened, so that comparisons narrow them back.
        CollectionSyntax { Function: CollectionFunction.Count } count => Expression.Convert(Call(count), typeof(decimal?)),
        _ => Expression.Convert(Condition(node), typeof(bool?)),
    };

    private Expression Field(FieldSyntax node)
    {
        var bound = bindings.Fields[node];
        var parameter = bound.Variable is null ? subject : _variables.Last(v => string.Equals(v.Name, bound.Variable, StringComparison.Ordinal)).Parameter;
        var accessor = bound.Field.Accessor;
        return new ParameterSwap(accessor.Parameters[0], parameter).Visit(accessor.Body);
    }

    private MethodCallExpression Comparison(ComparisonSyntax node)
    {
        var (left, right) = Aligned(Value(node.Left), Value(node.Right));
        if (left.Type == typeof(string))
        {
            return Runtime(node.Operator == ComparisonOperator.Equal ? nameof(ProfileRuntime.TextEqual) : nameof(ProfileRuntime.TextNotEqual), left, right);
        }

        if (NarrowedToWholeNumbers([left, right]) is [var narrowLeft, var narrowRight])
        {
            (left, right) = (narrowLeft, narrowRight);
        }

        return Compare(node.Operator.ToString(), left, right);
    }

    /// <summary>
    /// Numbers are decimals in the language; when every operand is a whole-number field read or a whole
    /// constant, they are compared as integers instead, which is several times faster and gives the
    /// same answer (an int converts to decimal exactly).
    /// </summary>
    private static Expression[]? NarrowedToWholeNumbers(Expression[] operands)
    {
        var narrowed = new Expression[operands.Length];
        for (var i = 0; i < operands.Length; i++)
        {
            switch (operands[i])
            {
                case UnaryExpression { NodeType: ExpressionType.Convert, Operand: var operand } convert
                    when convert.Type == typeof(decimal?) && (operand.Type == typeof(int?) || operand.Type == typeof(int)):
                    narrowed[i] = operand.Type == typeof(int?) ? operand : Expression.Convert(operand, typeof(int?));
                    break;
                case ConstantExpression { Value: decimal value } when value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue:
                    narrowed[i] = Expression.Constant((int?)(int)value, typeof(int?));
                    break;
                default:
                    return null;
            }
        }

        return narrowed;
    }

    private MethodCallExpression InValues(InValuesSyntax node)
    {
        var value = Value(node.Value);
        var constants = node.Items.Select(i => ((ConstantExpression)Value(i)).Value).ToList();
        // Dates and times mix by reading every date as its midnight.
        if (constants.Any(c => c is DateTime) || (value.Type == typeof(DateTime?) && constants.Any(c => c is DateOnly)))
        {
            value = AtMidnight(value);
            constants = constants.Select(c => c is DateOnly date ? ProfileRuntime.AtMidnight(date) : c).ToList();
        }
        if (value.Type == typeof(string))
        {
            var texts = new TextSet(constants.Cast<string>());
            return Runtime(node.Negated ? nameof(ProfileRuntime.NotInTextSet) : nameof(ProfileRuntime.InTextSet), value, Expression.Constant(texts));
        }
        var underlying = Nullable.GetUnderlyingType(value.Type)!;
        var set = Activator.CreateInstance(typeof(HashSet<>).MakeGenericType(underlying))!;
        var add = set.GetType().GetMethod(nameof(HashSet<int>.Add))!;
        foreach (var constant in constants)
        {
            add.Invoke(set, [constant]);
        }
        return Generic(node.Negated ? nameof(ProfileRuntime.NotInSet) : nameof(ProfileRuntime.InSet), value, Expression.Constant(set));
    }

    private MethodCallExpression Between(BetweenSyntax node)
    {
        var parts = new[] { Value(node.Value), Value(node.Low), Value(node.High) };
        if (parts.Any(p => p.Type != parts[0].Type))
        {
            parts = parts.Select(AtMidnight).ToArray();
        }

        parts = NarrowedToWholeNumbers(parts) ?? parts;
        return Compare(nameof(ProfileRuntime.Between), parts);
    }

    private MethodCallExpression Arithmetic(ArithmeticSyntax node)
    {
        var left = Value(node.Left);
        var right = Value(node.Right);
        var name = node.Operator == ArithmeticOperator.Add ? nameof(ProfileRuntime.Add) : nameof(ProfileRuntime.Subtract);
        if (node.Operator == ArithmeticOperator.Add && left.Type == typeof(TimeSpan?) && right.Type != typeof(TimeSpan?))
        {
            (left, right) = (right, left);
        }
        // Two dates, or a date and a time, subtract as times from midnight.
        if (node.Operator == ArithmeticOperator.Subtract && left.Type != typeof(TimeSpan?) && right.Type != typeof(TimeSpan?)
            && left.Type != typeof(decimal?))
        {
            (left, right) = (AtMidnight(left), AtMidnight(right));
        }
        return Runtime(name, left, right);
    }

    private MethodCallExpression Call(CollectionSyntax node)
    {
        var collection = Value(node.Collection);
        var elementType = bindings.Fields[(FieldSyntax)node.Collection].Field.Elements!.SubjectType;
        var name = node.Function switch
        {
            CollectionFunction.Any => nameof(ProfileRuntime.Any),
            CollectionFunction.All => nameof(ProfileRuntime.All),
            _ => nameof(ProfileRuntime.Count),
        };
        if (node.Predicate is null)
        {
            return Expression.Call(typeof(ProfileRuntime), name, [elementType], collection);
        }
        var element = Expression.Parameter(elementType, node.Variable);
        _variables.Add((node.Variable!, element));
        var body = Condition(node.Predicate);
        _variables.RemoveAt(_variables.Count - 1);
        var predicate = Expression.Lambda(typeof(Func<,>).MakeGenericType(elementType, typeof(bool)), body, element);

        // A predicate that reads only its element is compiled once, here, and passed as a constant:
        // left nested, the compiled profile would build a new closure and delegate on every call.
        Expression argument = ReadsOnly(body, element) ? Expression.Constant(predicate.Compile(), predicate.Type) : predicate;
        return Expression.Call(typeof(ProfileRuntime), name, [elementType], collection, argument);
    }

    /// <summary>
    /// For explaining an <c>any</c> or <c>all</c> with a condition: <paramref name="field"/> of the variable,
    /// read from the first element that made the call hold (any) or fail (all), as an object; or
    /// <see cref="ProfileRuntime.NoElement"/>.
    /// </summary>
    public Expression Deciding(CollectionSyntax call, FieldSyntax field)
    {
        var collection = Value(call.Collection);
        var elementType = bindings.Fields[(FieldSyntax)call.Collection].Field.Elements!.SubjectType;
        var element = Expression.Parameter(elementType, call.Variable);
        _variables.Add((call.Variable!, element));
        var condition = Expression.Lambda(typeof(Func<,>).MakeGenericType(elementType, typeof(bool)), Condition(call.Predicate!), element);
        var read = Expression.Lambda(typeof(Func<,>).MakeGenericType(elementType, typeof(object)), Expression.Convert(Value(field), typeof(object)), element);
        _variables.RemoveAt(_variables.Count - 1);
        return Expression.Call(typeof(ProfileRuntime), nameof(ProfileRuntime.Deciding), [elementType],
            collection, condition, Expression.Constant(call.Function == CollectionFunction.Any), read);
    }

    /// <summary>The fields of a call's variable its condition reads, outside any call nested in it; collections left out.</summary>
    public IEnumerable<FieldSyntax> VariableFields(CollectionSyntax call)
    {
        var found = new List<FieldSyntax>();
        Collect(call.Predicate);
        return found.DistinctBy(f => f.Name, StringComparer.Ordinal);

        void Collect(ConditionSyntax? node)
        {
            switch (node)
            {
                case FieldSyntax field when bindings.Fields[field] is { Field.Elements: null } bound && string.Equals(bound.Variable, call.Variable, StringComparison.Ordinal):
                    found.Add(field);
                    break;
                case LogicalSyntax logical:
                    Collect(logical.Left);
                    Collect(logical.Right);
                    break;
                case NotSyntax not:
                    Collect(not.Operand);
                    break;
                case ComparisonSyntax comparison:
                    Collect(comparison.Left);
                    Collect(comparison.Right);
                    break;
                case InValuesSyntax values:
                    Collect(values.Value);
                    break;
                case InListSyntax list:
                    Collect(list.Value);
                    break;
                case TextTestSyntax test:
                    Collect(test.Value);
                    Collect(test.Pattern);
                    break;
                case BetweenSyntax between:
                    Collect(between.Value);
                    Collect(between.Low);
                    Collect(between.High);
                    break;
                case ArithmeticSyntax arithmetic:
                    Collect(arithmetic.Left);
                    Collect(arithmetic.Right);
                    break;
            }
        }
    }

    private bool ReadsOnly(Expression body, ParameterExpression element)
    {
        var finder = new ParameterFinder();
        finder.Visit(body);
        return finder.Found.All(p => p == element) && !finder.Found.Contains(subject);
    }

    private static (Expression Left, Expression Right) Aligned(Expression left, Expression right) =>
        left.Type == right.Type ? (left, right) : (AtMidnight(left), AtMidnight(right));

    private static Expression AtMidnight(Expression value) => value switch
    {
        _ when value.Type != typeof(DateOnly?) => value,
        // A written date moves to its midnight once, here, rather than on every evaluation.
        ConstantExpression { Value: DateOnly date } => Expression.Constant(ProfileRuntime.AtMidnight(date), typeof(DateTime?)),
        _ => Runtime(nameof(ProfileRuntime.AtMidnight), value),
    };

    /// <summary>
    /// A comparison or <c>between</c>. When everything after the first operand is written in the profile,
    /// the overload that takes those constants as plain values is called: a nullable constant lives boxed
    /// in the delegate's closure and is unboxed through a helper on every evaluation, a plain int is an
    /// instruction operand.
    /// </summary>
    private static MethodCallExpression Compare(string name, params Expression[] operands)
    {
        if (operands.Skip(1).All(o => o is ConstantExpression { Value: not null }))
        {
            var underlying = Nullable.GetUnderlyingType(operands[0].Type)!;
            var plain = operands.Skip(1).Select(o => (Expression)Expression.Constant(((ConstantExpression)o).Value, underlying));
            return Expression.Call(typeof(ProfileRuntime), name, [underlying], [operands[0], .. plain]);
        }
        return Generic(name, operands);
    }


    private static MethodCallExpression Runtime(string name, params Expression[] arguments) =>
        Expression.Call(typeof(ProfileRuntime), name, null, arguments);

    private static MethodCallExpression Generic(string name, params Expression[] arguments) =>
        Expression.Call(typeof(ProfileRuntime), name, [Nullable.GetUnderlyingType(arguments[0].Type)!], arguments);

    private sealed class ParameterFinder : ExpressionVisitor
    {
        public HashSet<ParameterExpression> Found { get; } = [];

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found.Add(node);
            return node;
        }
    }

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
