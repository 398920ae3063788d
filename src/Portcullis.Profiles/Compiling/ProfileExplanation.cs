namespace Portcullis.Profiles.Compiling;

/// <summary>
/// Why a profile did or did not select a subject: each of its conditions (the parts joined by
/// <c>and</c>, <c>or</c> and <c>not</c>) in the order written, whether it held, and the values it saw.
/// Officers read this before acting on a target.
/// </summary>
public sealed record ProfileExplanation(bool Matched, IReadOnlyList<ConditionExplanation> Conditions);

/// <summary>One condition as written, whether it held for this subject, and the values it compared.</summary>
public sealed record ConditionExplanation(string Condition, bool Held, IReadOnlyList<ObservedValue> Values);

/// <summary>
/// A value a condition read: what was read (a field name, or an expression such as
/// <c>count(booking.passengers)</c>), the field it came from when it is one, and the value as displayed.
/// </summary>
public sealed record ObservedValue(string Expression, string? Field, string Value);
