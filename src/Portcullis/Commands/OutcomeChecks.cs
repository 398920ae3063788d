using Portcullis.Features;

namespace Portcullis.Commands;

/// <summary>Turns a failed outcome into the one-line error and exit code of the command line.</summary>
internal static class OutcomeChecks
{
    public static T Require<T>(this Outcome<T> outcome, string subject) => outcome.Kind switch
    {
        OutcomeKind.Ok => outcome.Value!,
        OutcomeKind.NotFound => throw new CommandInputException($"{subject}: not found."),
        OutcomeKind.Invalid => throw new CommandInputException(
            $"{subject}: " + string.Join(" ", outcome.Problems.Select(p => p.Field.Length > 0 ? $"{p.Field}: {p.Message}" : p.Message))),
        _ => throw new InvalidOperationException($"{subject}: {string.Join(" ", outcome.Problems.Select(p => p.Message))}"),
    };
}
