using System.CommandLine;
using System.Text.Json;
using Portcullis.Formats;
using Portcullis.Formats.Cargo;
using Portcullis.Formats.Passengers;

namespace Portcullis.Commands;

/// <summary>
/// <c>portcullis parse FILE</c>: prints the normalized JSON of a passenger-data file (PAXLST, PNRGOV or
/// the normalized JSON itself) or of a cargo file (CUSCAR, Cargo-XML XFWB/XFZB, Cargo-IMP FWB/FHL, the
/// CSV manifest template, docs/formats/cargo.md) with its diagnostics. Touches no database. When the file has errors,
/// not just warnings, it still prints what it read, writes one line per error to standard error, and
/// exits 65.
/// </summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The message file to read" };
        var compact = new Option<bool>("--compact") { Description = "One line of JSON instead of indented" };
        var command = new Command("parse", "Read a passenger (PAXLST, PNRGOV) or cargo (CUSCAR, XFWB, XFZB, FWB, FHL, CSV) file, or their normalized JSON, and print the normalized JSON with diagnostics") { file, compact };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new CommandInputException($"{path.FullName}: no such file");
            }

            var receivedOn = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
            string json;
            List<Diagnostic> errors;
            await using (var stream = path.OpenRead())
            {
                if (CargoFileKind.Detect(stream) != CargoFormat.None)
                {
                    var cargo = CargoDataReader.ReadDocument(stream, receivedOn);
                    json = JsonSerializer.Serialize(cargo, parse.GetValue(compact) ? CargoJson.CompactOptions : CargoJson.Options);
                    errors = [.. cargo.Diagnostics.Concat(cargo.Messages.SelectMany(m => m.Diagnostics)).Where(d => d.Severity == Severity.Error)];
                }
                else
                {
                    var document = PassengerDataReader.ReadDocument(stream, receivedOn);
                    json = JsonSerializer.Serialize(document, parse.GetValue(compact) ? PassengerJson.CompactOptions : PassengerJson.Options);
                    errors = [.. document.Diagnostics.Concat(document.Messages.SelectMany(m => m.Diagnostics)).Where(d => d.Severity == Severity.Error)];
                }
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync(json);
            foreach (var error in errors)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"{path.Name}: {error}");
            }

            return errors.Count > 0 ? ExitCodes.BadInput : ExitCodes.Success;
        });
        return command;
    }
}
