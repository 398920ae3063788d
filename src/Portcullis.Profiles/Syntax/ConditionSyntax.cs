namespace Portcullis.Profiles.Syntax;

/// <summary>
/// The parsed form of a profile's condition, exactly as written (no types yet: the checker adds them).
/// Parentheses leave no node: the tree's shape already says what they grouped.
/// </summary>
public abstract record ConditionSyntax(SourcePosition At);

/// <summary>A field (<c>booking.oneWay</c>) or a lambda variable's field (<c>p.age</c>).</summary>
public sealed record FieldSyntax(SourcePosition At, string Name) : ConditionSyntax(At);

public sealed record NumberSyntax(SourcePosition At, decimal Value) : ConditionSyntax(At);

public sealed record TextSyntax(SourcePosition At, string Value) : ConditionSyntax(At);

public sealed record BooleanSyntax(SourcePosition At, bool Value) : ConditionSyntax(At);

public sealed record DateSyntax(SourcePosition At, DateOnly Value) : ConditionSyntax(At);

public sealed record DateTimeSyntax(SourcePosition At, DateTime Value) : ConditionSyntax(At);

/// <summary><c>3 days</c>: the amount and unit as written, so formatting gives back the same words.</summary>
public sealed record DurationSyntax(SourcePosition At, decimal Amount, DurationUnit Unit) : ConditionSyntax(At);

public sealed record LogicalSyntax(SourcePosition At, LogicalOperator Operator, ConditionSyntax Left, ConditionSyntax Right)
    : ConditionSyntax(At);

public sealed record NotSyntax(SourcePosition At, ConditionSyntax Operand) : ConditionSyntax(At);

public sealed record ComparisonSyntax(SourcePosition At, ComparisonOperator Operator, ConditionSyntax Left, ConditionSyntax Right)
    : ConditionSyntax(At);

public sealed record ArithmeticSyntax(SourcePosition At, ArithmeticOperator Operator, ConditionSyntax Left, ConditionSyntax Right)
    : ConditionSyntax(At);

/// <summary><c>x in ["A", "B"]</c> or <c>x not in [...]</c>: the items are literals only.</summary>
public sealed record InValuesSyntax(SourcePosition At, ConditionSyntax Value, IReadOnlyList<ConditionSyntax> Items, bool Negated)
    : ConditionSyntax(At);

/// <summary><c>x in list "source-countries"</c>: a named reference list, resolved when the profile is checked.</summary>
public sealed record InListSyntax(SourcePosition At, ConditionSyntax Value, string ListName, SourcePosition ListNameAt, bool Negated)
    : ConditionSyntax(At);

public sealed record TextTestSyntax(SourcePosition At, TextTest Test, ConditionSyntax Value, ConditionSyntax Pattern)
    : ConditionSyntax(At);

public sealed record BetweenSyntax(SourcePosition At, ConditionSyntax Value, ConditionSyntax Low, ConditionSyntax High)
    : ConditionSyntax(At);

/// <summary>
/// <c>any(coll, x => cond)</c>, <c>all(coll, x => cond)</c>, <c>count(coll)</c>, <c>count(coll, x => cond)</c>.
/// The only calls the language has: there is no way to name anything else.
/// </summary>
public sealed record CollectionSyntax(
    SourcePosition At,
    CollectionFunction Function,
    ConditionSyntax Collection,
    string? Variable,
    ConditionSyntax? Predicate) : ConditionSyntax(At);

public enum LogicalOperator { And, Or }

public enum ComparisonOperator { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual }

public enum ArithmeticOperator { Add, Subtract }

public enum TextTest { StartsWith, EndsWith, Contains }

public enum CollectionFunction { Any, All, Count }

public enum DurationUnit { Minutes, Hours, Days, Weeks }
