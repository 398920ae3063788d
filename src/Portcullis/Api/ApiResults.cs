using Portcullis.Features;

namespace Portcullis.Api;

/// <summary>Turns a handler's outcome into an HTTP answer: 200, 404, 403 or 400 with problem details.</summary>
internal static class ApiResults
{
    public static IResult From<T>(Outcome<T> outcome, Func<T, object?>? shape = null) => outcome.Kind switch
    {
        OutcomeKind.Ok => Results.Ok(shape is null ? outcome.Value : shape(outcome.Value!)),
        _ => Failure(outcome),
    };

    public static IResult Failure<T>(Outcome<T> outcome) => outcome.Kind switch
    {
        OutcomeKind.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found"),
        OutcomeKind.Forbidden => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: outcome.Problems[0].Message),
        OutcomeKind.Invalid => Results.ValidationProblem(
            outcome.Problems.GroupBy(p => p.Field, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal)),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome.Kind, null),
    };
}
