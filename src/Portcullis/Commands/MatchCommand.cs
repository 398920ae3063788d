using System.CommandLine;
using Portcullis.Matching;
using Portcullis.Matching.Evidence;
using Portcullis.Matching.Screening;

namespace Portcullis.Commands;

/// <summary>
/// <c>portcullis match "NAME A" "NAME B" [--dob ...] [--json]</c>: compares two names with the screening
/// engine's scorer and prints the score, the decision at the default threshold, and the explanation.
/// With <c>--json</c>, exactly one JSON object with <c>score</c>, <c>match</c> and <c>explanation</c>.
/// </summary>
internal static class MatchCommand
{
    public static Command Create()
    {
        var first = new Argument<string>("name-a") { Description = "The name screened (a traveller, a party)" };
        var second = new Argument<string>("name-b") { Description = "The name it is compared with (a list entry)" };
        var dob = new Option<string?>("--dob") { Description = "Date of birth of A (YYYY, YYYY-MM or YYYY-MM-DD)" };
        var otherDob = new Option<string?>("--dob-b") { Description = "Date of birth of B" };
        var kind = new Option<SubjectKind>("--kind") { Description = "Person, Organisation or Unknown", DefaultValueFactory = _ => SubjectKind.Unknown };
        var threshold = new Option<float>("--threshold") { Description = "Decision threshold", DefaultValueFactory = _ => MatchThreshold.Default };
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var command = new Command("match", "Compare two names and explain the score") { first, second, dob, otherDob, kind, threshold, json };
        command.SetAction(parse =>
        {
            var query = new ScreeningQuery(parse.GetValue(first)!, parse.GetValue(kind), ReadDate(parse.GetValue(dob), "--dob"));
            var entry = new ScreeningEntry("B", parse.GetValue(kind), [parse.GetValue(second)!], ReadDate(parse.GetValue(otherDob), "--dob-b") is { } d ? [d] : [], []);
            var result = MatchScorer.Score(query, entry, parse.GetValue(threshold));
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(output, new { score = Math.Round(result.Score, 4), match = result.IsMatch, threshold = parse.GetValue(threshold), explanation = result.Explanation });
            }
            else
            {
                ExplanationText.Write(output, result);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static PartialDate? ReadDate(string? text, string option) =>
        text is null ? null : PartialDate.Parse(text) ?? throw new CommandInputException($"{option}: \"{text}\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
}
