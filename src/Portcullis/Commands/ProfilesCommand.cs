using System.CommandLine;
using Portcullis.Features.Profiles;

namespace Portcullis.Commands;

/// <summary>
/// <c>portcullis profiles check FILE... [--lists DIR]</c>: checks risk-profile files (docs/profiles.md)
/// against the traveller catalogue and the guardrails. Exit 0 when every file passes; otherwise one
/// line per error, <c>FILE:LINE:COLUMN: problem; suggestion</c>, on standard error and exit 65.
/// The other verbs work on a unit's stored profiles: import, export, shadow, stats
/// (<see cref="ProfilesStoreCommands"/>).
/// </summary>
internal static class ProfilesCommand
{
    public static Command Create() => new("profiles", "Risk profiles: check, import, export, run in shadow, effectiveness")
    {
        Check(), ProfilesStoreCommands.Import(), ProfilesStoreCommands.Export(), ProfilesStoreCommands.Shadow(), ProfilesStoreCommands.Stats(),
    };

    private static Command Check()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Profile files (.profile)", Arity = ArgumentArity.OneOrMore };
        var lists = new Option<DirectoryInfo?>("--lists") { Description = "A folder of reference lists: NAME.txt holds the list NAME, one value per line" };
        var command = new Command("check", "Check profile files: exit 0, or 65 with FILE:LINE:COLUMN errors") { files, lists };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var paths = parse.GetValue(files)!;
            foreach (var missing in paths.Where(f => !f.Exists))
            {
                throw new CommandInputException($"{missing.FullName}: no such file");
            }

            var referenceLists = ReadLists(parse.GetValue(lists));
            var results = CheckProfileFiles.Check(paths.Select(p => p.FullName), referenceLists);
            foreach (var result in results)
            {
                var name = Path.GetFileName(result.Path);
                if (result.Passed)
                {
                    await parse.InvocationConfiguration.Output.WriteLineAsync($"{name}: ok ({result.ProfileName})");
                    continue;
                }

                foreach (var error in result.Errors)
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync($"{name}:{error}");
                }
            }

            return results.All(r => r.Passed) ? ExitCodes.Success : ExitCodes.BadInput;
        });
        return command;
    }

    private static Portcullis.Profiles.Checking.ReferenceLists ReadLists(DirectoryInfo? directory)
    {
        try
        {
            return ReferenceListFiles.Read(directory?.FullName);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new CommandInputException($"--lists: {e.Message}");
        }
    }
}
