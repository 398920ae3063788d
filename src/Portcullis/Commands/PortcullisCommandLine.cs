using System.CommandLine;

namespace Portcullis.Commands;

/// <summary>
/// The verbs of the <c>portcullis</c> executable. Errors come out as one line on standard error,
/// never a stack trace: exit code 65 for bad input, 1 for anything else.
/// </summary>
internal static class PortcullisCommandLine
{
    public static async Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Portcullis: passenger and cargo targeting for the control units of ports and airports.")
        {
            ServeCommand.Create(),
            MigrateCommand.Create(),
            UsersCommand.Create(),
            AuditCommand.Create(),
            ParseCommand.Create(),
            IngestCommand.Create(),
            KeysCommand.Create(),
            DemoCommand.Create(),
            MatchCommand.Create(),
            ScreenCommand.Create(),
            WatchlistsCommand.Create(),
            ProfilesCommand.Create(),
            EvalCommand.Create(),
            BenchCommand.Create(),
        };
        root.Options.Add(CommonOptions.Database);

        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await root.Parse(args).InvokeAsync(configuration);
        }
        catch (CommandInputException e)
        {
            await error.WriteLineAsync($"portcullis: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("portcullis: cancelled.");
            return ExitCodes.Failure;
        }
#pragma warning disable CA1031 // The last line of defence: one line, no stack trace, exit code 1.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await error.WriteLineAsync($"portcullis: {Describe(e)}");
            return ExitCodes.Failure;
        }
    }

    private static string Describe(Exception e)
    {
        var innermost = e;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        var message = innermost == e ? e.Message : $"{e.Message} ({innermost.Message})";
        return message.ReplaceLineEndings(" ");
    }
}
