using System.CommandLine;
using System.Globalization;
using Portcullis.Features.Audit;

namespace Portcullis.Commands;

/// <summary><c>portcullis audit verify|list</c>: the audit log from the command line.</summary>
internal static class AuditCommand
{
    public static Command Create() => new("audit", "Check and read the append-only audit log")
    {
        Verify(),
        List(),
    };

    private static Command Verify()
    {
        var json = CommonOptions.Json();
        var command = new Command("verify", "Recompute the hash chain; exit code 65 and the first broken entry if it was tampered with") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = CommandSession.Open(parse);
            var result = (await session.Get<VerifyAuditChain.Handler>().HandleAsync(cancellationToken)).Require("audit verify");
            if (parse.GetValue(json))
            {
                JsonOutput.Write(session.Output, new
                {
                    intact = result.IsIntact,
                    entriesChecked = result.EntriesChecked,
                    lastHash = result.LastHash,
                    firstBrokenSequence = result.FirstBrokenSequence,
                    problem = result.Problem,
                });
            }
            else if (result.IsIntact)
            {
                await session.Output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Audit log intact: {result.EntriesChecked} entries. Last hash: {result.LastHash}"));
            }
            else
            {
                await session.Output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Audit log BROKEN at entry {result.FirstBrokenSequence}: {result.Problem} ({result.EntriesChecked} entries before it are intact)"));
            }

            return result.IsIntact ? ExitCodes.Success : ExitCodes.BadInput;
        });
        return command;
    }

    private static Command List()
    {
        var json = CommonOptions.Json();
        var limit = new Option<int>("--limit") { Description = "How many entries, newest first", DefaultValueFactory = _ => 50 };
        var action = new Option<string?>("--action") { Description = "Only this action, for example sign-in.failed" };
        var actor = new Option<string?>("--actor") { Description = "Only actors whose user name starts with this" };
        var command = new Command("list", "Print the newest entries of the audit log") { json, limit, action, actor };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = CommandSession.Open(parse);
            var query = new ListAuditEntries.Query(parse.GetValue(action), parse.GetValue(actor), PageSize: parse.GetValue(limit));
            var result = (await session.Get<ListAuditEntries.Handler>().HandleAsync(query, cancellationToken)).Require("audit list");
            if (parse.GetValue(json))
            {
                JsonOutput.Write(session.Output, result);
                return ExitCodes.Success;
            }

            TextTable.Write(
                session.Output,
                ["#", "when (UTC)", "action", "actor", "subject", "details"],
                result.Entries.Select(e => (IReadOnlyList<string>)
                [
                    e.Sequence.ToString(CultureInfo.InvariantCulture),
                    e.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    e.Action,
                    e.ActorName,
                    e.SubjectId ?? string.Empty,
                    e.Details ?? string.Empty,
                ]));
            return ExitCodes.Success;
        });
        return command;
    }
}
