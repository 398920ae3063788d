using System.Globalization;

namespace Portcullis.Profiles;

/// <summary>
/// One mistake in a profile's text: where it is (1-based line and column), what is wrong, and what to
/// write instead. Targeters fix profiles from these alone, so the suggestion is never left vague.
/// </summary>
public sealed record ProfileDiagnostic(int Line, int Column, string Problem, string? Suggestion = null)
{
    public override string ToString() => Suggestion is null
        ? string.Create(CultureInfo.InvariantCulture, $"{Line}:{Column}: {Problem}")
        : string.Create(CultureInfo.InvariantCulture, $"{Line}:{Column}: {Problem}; {Suggestion}");
}
