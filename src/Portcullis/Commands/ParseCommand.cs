using System.CommandLine;
using System.Text.Json;
using Portcullis.Formats;
using Portcullis.Formats.Passengers;

namespace Portcullis.Commands;

/// <summary>
/// <c>portcullis parse FILE</c>: prints the normalized JSON of a passenger-data file (PAXLST, PNRGOV or
/// the normalized JSON itself) with its diagnostics. Touches no database. When the file has errors,
/// not just warnings, it still prints what it read, writes one line per error to standard error, and
/// exits 65.
/// </summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The message file to read" };
        var compact = new Option<bool>("--compact") { Description = "One line of JSON instead of indented" };
        var command = new Command("parse", "Read a PAXLST, PNRGOV or normalized JSON file and print the normalized JSON with diagnostics") { file, compact };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new CommandInputException($"{path.FullName}: no such file");
            }

            PassengerDocument document;
            await using (var stream = path.OpenRead())
            {
                document = PassengerDataReader.ReadDocument(stream, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));
            }

            var options = parse.GetValue(compact) ? PassengerJson.CompactOptions : PassengerJson.Options;
            await parse.InvocationConfiguration.Output.WriteLineAsync(JsonSerializer.Serialize(document, options));

            var errors = document.Diagnostics.Concat(document.Messages.SelectMany(m => m.Diagnostics))
                .Where(d => d.Severity == Severity.Error)
                .ToList();
            foreach (var error in errors)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"{path.Name}: {error}");
            }

            return errors.Count > 0 ? ExitCodes.BadInput : ExitCodes.Success;
        });
        return command;
    }
}
