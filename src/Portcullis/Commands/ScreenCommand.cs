using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Portcullis.Features.Screening;
using Portcullis.Matching.Screening;

namespace Portcullis.Commands;

/// <summary>
/// <c>portcullis screen --list FILE [--list FILE...] --names FILE.csv [--json]</c>: screens a CSV of names
/// against list files (UN XML, OFAC SDN CSV with its alt/add files beside it, the national CSV template)
/// and writes one line per hit; with <c>--json</c>, one JSON object per line. No database.
/// </summary>
internal static class ScreenCommand
{
    private static readonly JsonSerializerOptions LineOptions = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var lists = new Option<FileInfo[]>("--list") { Description = "A list file; repeat for several", Required = true, AllowMultipleArgumentsPerToken = false };
        var names = new Option<FileInfo>("--names") { Description = "CSV with columns id,name and optional dateOfBirth,nationality,documentNumber", Required = true };
        var threshold = new Option<float>("--threshold") { Description = "Decision threshold", DefaultValueFactory = _ => MatchThreshold.Default };
        var json = new Option<bool>("--json") { Description = "One JSON object per hit, one per line" };
        var command = new Command("screen", "Screen a CSV of names against list files and print one line per hit") { lists, names, threshold, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var listFiles = parse.GetValue(lists)!;
            var namesFile = parse.GetValue(names)!;
            foreach (var file in listFiles.Append(namesFile).Where(f => !f.Exists))
            {
                throw new CommandInputException($"{file.FullName}: no such file");
            }

            ScreeningIndex index;
            IReadOnlyList<ScreenNames.Row> rows;
            try
            {
                index = ScreenNames.BuildIndex(listFiles.Select(f => f.FullName));
                await using var stream = namesFile.OpenRead();
                rows = ScreenNames.ReadRows(stream, namesFile.Name);
            }
            catch (InvalidDataException e)
            {
                throw new CommandInputException(e.Message);
            }

            var output = parse.InvocationConfiguration.Output;
            var hits = ScreenNames.Screen(index, rows, parse.GetValue(threshold));
            foreach (var hit in hits)
            {
                await output.WriteLineAsync(parse.GetValue(json) ? JsonLine(hit) : TextLine(hit));
            }

            await parse.InvocationConfiguration.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{rows.Count} screened against {index.EntryCount} entries ({index.NameCount} names): {hits.Count} hits"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string TextLine(ScreenNames.Hit hit) => string.Create(CultureInfo.InvariantCulture,
        $"{hit.RowId}\t{hit.Name}\t{hit.Result.Score:0.000}\t{hit.List}\t{hit.Result.Entry.Id}\t{hit.Result.Explanation.EntryName}\t{Summary(hit.Result.Explanation)}");

    private static string Summary(MatchExplanation e) =>
        string.Join(", ", e.Aligned.Select(a => a.QueryText == a.EntryText ? a.QueryText : $"{a.QueryText}={a.EntryText}")
            .Concat(e.Evidence.Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Kind} {x.Effect:+0.00;-0.00}"))));

    private static string JsonLine(ScreenNames.Hit hit) => JsonSerializer.Serialize(new
    {
        id = hit.RowId,
        name = hit.Name,
        score = Math.Round(hit.Result.Score, 4),
        match = hit.Result.IsMatch,
        list = hit.List,
        entryId = hit.Result.Entry.Id,
        entryName = hit.Result.Explanation.EntryName,
        explanation = hit.Result.Explanation,
    }, LineOptions);
}
