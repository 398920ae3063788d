namespace Portcullis.Features;

public enum OutcomeKind
{
    Ok,

    /// <summary>Absent, or outside the person's scope: deliberately indistinguishable.</summary>
    NotFound,

    /// <summary>Visible to the person, but not theirs to do.</summary>
    Forbidden,

    /// <summary>The input breaks a rule; <see cref="Outcome{T}.Problems"/> says which.</summary>
    Invalid,
}

/// <summary>A problem with one field of the input. <paramref name="Code"/> is stable and localisable.</summary>
public sealed record Problem(string Field, string Code, string Message);

/// <summary>What a handler returns: a value, or the reason there is none.</summary>
public sealed record Outcome<T>
{
    private Outcome(OutcomeKind kind, T? value, IReadOnlyList<Problem> problems)
    {
        Kind = kind;
        Value = value;
        Problems = problems;
    }

    public OutcomeKind Kind { get; }

    public T? Value { get; }

    public IReadOnlyList<Problem> Problems { get; }

    public bool IsOk => Kind == OutcomeKind.Ok;

    public static Outcome<T> Ok(T value) => new(OutcomeKind.Ok, value, []);

    public static Outcome<T> NotFound() => new(OutcomeKind.NotFound, default, []);

    public static Outcome<T> Forbidden(string reason) => new(OutcomeKind.Forbidden, default, [new Problem(string.Empty, "forbidden", reason)]);

    public static Outcome<T> Invalid(IReadOnlyList<Problem> problems) => new(OutcomeKind.Invalid, default, problems);

    public static Outcome<T> Invalid(string field, string code, string message) => Invalid([new Problem(field, code, message)]);

    /// <summary>The same failure, carrying another value type.</summary>
    public Outcome<TOther> Cast<TOther>() => Kind == OutcomeKind.Ok
        ? throw new InvalidOperationException("Only a failed outcome can be cast.")
        : new Outcome<TOther>(Kind, default, Problems);
}
