using Portcullis.Profiles.Checking;

namespace Portcullis.Profiles.Compiling;

/// <summary>
/// A checked profile compiled to a delegate, evaluated on subjects without any interpretation, plus
/// the per-condition delegates that explain a result. Immutable and safe to share between threads.
/// </summary>
public sealed class CompiledProfile<TSubject>
{
    private readonly Func<TSubject, bool> _matches;
    private readonly IReadOnlyList<CompiledCondition<TSubject>> _conditions;

    internal CompiledProfile(CheckedProfile<TSubject> profile, Func<TSubject, bool> matches, IReadOnlyList<CompiledCondition<TSubject>> conditions)
    {
        Profile = profile;
        _matches = matches;
        _conditions = conditions;
    }

    public CheckedProfile<TSubject> Profile { get; }

    public ProfileHeader Header => Profile.Header;

    public bool Matches(TSubject subject) => _matches(subject);

    public ProfileExplanation Explain(TSubject subject) => new(
        _matches(subject),
        _conditions.Select(c => new ConditionExplanation(
            c.Text,
            c.Holds(subject),
            c.Values.Select(v => (Compiled: v, Seen: v.Read(subject)))
                .Where(v => !ReferenceEquals(v.Seen, ProfileRuntime.NoElement))
                .Select(v => new ObservedValue(v.Compiled.Expression, v.Compiled.Field, ProfileRuntime.Display(v.Seen))).ToList())).ToList());
}

/// <summary>One leaf condition, compiled on its own for explanations.</summary>
internal sealed record CompiledCondition<TSubject>(string Text, Func<TSubject, bool> Holds, IReadOnlyList<CompiledValue<TSubject>> Values);

internal sealed record CompiledValue<TSubject>(string Expression, string? Field, Func<TSubject, object?> Read);
