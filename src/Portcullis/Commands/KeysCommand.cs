using System.CommandLine;
using Portcullis.Features.Passengers;

namespace Portcullis.Commands;

/// <summary><c>portcullis keys add|list|revoke</c>: API keys for machine senders (airlines posting to /api/messages).</summary>
internal static class KeysCommand
{
    public static Command Create() => new("keys", "API keys for machine senders of messages") { Add(), List(), Revoke() };

    private static Command Add()
    {
        var name = new Argument<string>("name") { Description = "The sender, for example \"JU Air Serbia API\"" };
        var jurisdiction = new Option<string>("--jurisdiction") { Description = "The receiving jurisdiction: AL, BA, XK, ME, MK or RS", Required = true };
        var json = CommonOptions.Json();
        var command = new Command("add", "Make a key; it is printed once and cannot be shown again") { name, jurisdiction, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = CommandSession.Open(parse);
            var created = (await session.Get<ApiKeys.Handler>().CreateAsync(parse.GetValue(name)!, parse.GetValue(jurisdiction)!, cancellationToken)).Require("keys add");
            if (parse.GetValue(json))
            {
                JsonOutput.Write(session.Output, created);
            }
            else
            {
                await session.Output.WriteLineAsync($"Key for {created.Name} ({created.Jurisdiction}), shown once:");
                await session.Output.WriteLineAsync(created.Key);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List()
    {
        var json = CommonOptions.Json();
        var command = new Command("list", "List the keys (never their secrets)") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = CommandSession.Open(parse);
            var keys = await session.Get<ApiKeys.Handler>().ListAsync(cancellationToken);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(session.Output, keys);
                return ExitCodes.Success;
            }

            foreach (var k in keys)
            {
                await session.Output.WriteLineAsync($"{k.Name}\t{k.Jurisdiction}\tpcl_{k.Prefix}…\t{(k.RevokedAt is null ? "active" : "revoked")}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Revoke()
    {
        var name = new Argument<string>("name") { Description = "The key's name" };
        var command = new Command("revoke", "Revoke a key: the sender is refused from now on") { name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = CommandSession.Open(parse);
            var revoked = (await session.Get<ApiKeys.Handler>().RevokeAsync(parse.GetValue(name)!, cancellationToken)).Require("keys revoke");
            await session.Output.WriteLineAsync($"Revoked {revoked.Name}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
