using System.CommandLine;
using Portcullis.Features.Setup;

namespace Portcullis.Commands;

/// <summary><c>portcullis migrate</c>: creates or updates the database schema.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var json = CommonOptions.Json();
        var command = new Command("migrate", "Create or update the database schema (SQLite file or PostgreSQL database)") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = CommandSession.Open(parse);
            var result = await session.Get<MigrateDatabase.Handler>().HandleAsync(cancellationToken);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(session.Output, new { database = session.Location.ToString(), applied = result.Applied, alreadyApplied = result.AlreadyApplied });
            }
            else
            {
                await session.Output.WriteLineAsync(result.Applied.Count == 0
                    ? $"Up to date ({result.AlreadyApplied.Count} migrations): {session.Location}"
                    : $"Applied {result.Applied.Count} migrations ({string.Join(", ", result.Applied)}): {session.Location}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
