using Portcullis.Profiles.Catalogue;

namespace Portcullis.Profiles.Checking;

/// <summary>
/// Checks a parsed profile against a catalogue and the reference lists: the header is complete (a
/// profile without rationale, owner, validity or hit cap is not accountable), the condition is well
/// typed, and it is not a profile of who people are (the guardrail: Personal fields need company).
/// </summary>
public static class ProfileChecker
{
    public static ProfileCheck<TSubject> Check<TSubject>(ParsedProfile parsed, FieldCatalogue<TSubject> catalogue, IReferenceLists lists)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(lists);
        var errors = new List<ProfileDiagnostic>(parsed.Diagnostics);
        CheckHeader(parsed, errors);
        var bindings = new Bindings();
        if (parsed.Condition is { } condition)
        {
            var before = errors.Count;
            var typer = new ConditionTyper(catalogue, lists, bindings, errors);
            var type = typer.Type(condition);
            if (type is { } known && known != FieldType.Boolean)
            {
                errors.Add(new ProfileDiagnostic(condition.At.Line, condition.At.Column,
                    $"the condition is {ConditionTyper.Describe(known)}, not yes or no",
                    "compare it with something, e.g. `booking.daysBeforeDeparture <= 2`"));
            }
            if (errors.Count == before)
            {
                CheckGuardrail(parsed, typer.CategoriesUsed, errors);
            }
        }
        var ordered = errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList();
        return ordered.Count == 0
            ? new ProfileCheck<TSubject>(new CheckedProfile<TSubject>(parsed, catalogue, bindings), [])
            : new ProfileCheck<TSubject>(null, ordered);
    }

    private static void CheckHeader(ParsedProfile parsed, List<ProfileDiagnostic> errors)
    {
        var header = parsed.Header;
        var lines = header.Lines;
        void Require(bool present, string keyword, string problem, string example)
        {
            // A line that was present but unreadable already has its own error.
            if (!present && !lines.ContainsKey(keyword))
            {
                errors.Add(new ProfileDiagnostic(parsed.WhenAt.Line, parsed.WhenAt.Column, problem, $"add `{example}` before `when`"));
            }
        }
        Require(header.Name is not null, "profile", "the profile has no name", "profile \"Short descriptive name\"");
        Require(header.Rationale is not null, "rationale",
            "the profile has no rationale: every profile must say why its conditions indicate risk", "rationale \"...\"");
        Require(header.Owner is not null, "owner", "the profile has no owner: every profile must name the unit accountable for it",
            "owner RS-ACCU-BELGRADE");
        Require(header.ValidFrom is not null, "valid", "the profile has no validity period: every profile must expire",
            "valid 2026-12-01 to 2027-06-01");
        Require(header.HitCap is not null, "hit cap", "the profile has no hit cap: every profile must limit how many it selects",
            "hit cap 50 per day");
        Require(header.Score is not null, "score", "the profile has no score", "score 40");
    }

    // Selecting people for who they are, rather than for what they do or how they travel, is
    // discrimination, not risk analysis: Personal fields may narrow a profile, never make it alone.
    private static void CheckGuardrail(ParsedProfile parsed, IReadOnlySet<FieldCategory> used, List<ProfileDiagnostic> errors)
    {
        if (used.Count == 0)
        {
            errors.Add(new ProfileDiagnostic(parsed.WhenAt.Line, parsed.WhenAt.Column,
                "the condition tests no field, so it would select everyone",
                "add a criterion on behaviour, travel, booking, payment, documents, baggage, history or goods"));
        }
        else if (used.All(c => c == FieldCategory.Personal))
        {
            errors.Add(new ProfileDiagnostic(parsed.WhenAt.Line, parsed.WhenAt.Column,
                "the condition uses only personal characteristics (nationality, sex, age): selecting people for who they are is not allowed",
                "add a criterion on behaviour, travel, booking, payment, documents, baggage, history or goods that the rationale explains"));
        }
    }
}
