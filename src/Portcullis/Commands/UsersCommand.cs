using System.CommandLine;
using Portcullis.Domain.People;
using Portcullis.Features.People;

namespace Portcullis.Commands;

/// <summary>
/// <c>portcullis users add|list|disable|enable|reset-password</c>. This is how the first
/// administrator is created: there is no default password anywhere.
/// </summary>
internal static class UsersCommand
{
    public static Command Create() => new("users", "Add, list, disable and enable people, and reset their passwords")
    {
        Add(),
        List(),
        Disable(disable: true),
        Disable(disable: false),
        ResetPassword(),
    };

    private static Command Add()
    {
        var userName = new Argument<string>("user-name") { Description = "Lower-case letters, digits, '.', '_' and '-'" };
        var name = new Option<string>("--name") { Description = "The person's full name", Required = true };
        var roles = new Option<string[]>("--role")
        {
            Description = "officer, targeter, unit-head, auditor (with --unit), programme-coordinator or administrator; repeat for several",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var unit = new Option<string?>("--unit") { Description = "Unit code, for example AL-PCU-DURRES (see the reference data)" };
        var language = new Option<string>("--language") { Description = "en, sq, sr-Latn or mk", DefaultValueFactory = _ => Language.English };
        var email = new Option<string?>("--email") { Description = "E-mail address (optional)" };
        var passwordStdin = PasswordStdin();
        var json = CommonOptions.Json();
        var command = new Command("add", "Add a person; prints a generated one-time password unless --password-stdin")
        {
            userName, name, roles, unit, language, email, passwordStdin, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var password = parse.GetValue(passwordStdin) ? await ReadPasswordAsync() : null;
            await using var session = CommandSession.Open(parse);
            var added = (await session.Get<AddPerson.Handler>().HandleAsync(
                new AddPerson.Command(
                    parse.GetValue(userName)!,
                    parse.GetValue(name)!,
                    ParseRoles(parse.GetValue(roles)!),
                    parse.GetValue(unit),
                    parse.GetValue(language)!,
                    parse.GetValue(email),
                    password),
                cancellationToken)).Require("users add");
            if (parse.GetValue(json))
            {
                JsonOutput.Write(session.Output, new { id = added.Id, userName = added.UserName, password = added.GeneratedPassword });
                return ExitCodes.Success;
            }

            await session.Output.WriteLineAsync($"Added {added.UserName}.");
            await WritePasswordAsync(session.Output, added.GeneratedPassword);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List()
    {
        var role = new Option<string?>("--role") { Description = "Only people with this role" };
        var search = new Option<string?>("--search") { Description = "Only names or user names containing this" };
        var json = CommonOptions.Json();
        var command = new Command("list", "List people, with their roles, unit and status") { role, search, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            Role? only = parse.GetValue(role) is { } text ? ParseRoles([text])[0] : null;
            await using var session = CommandSession.Open(parse);
            var people = (await session.Get<ListPeople.Handler>().HandleAsync(new ListPeople.Query(parse.GetValue(search), only), cancellationToken)).Require("users list");
            if (parse.GetValue(json))
            {
                JsonOutput.Write(session.Output, people);
                return ExitCodes.Success;
            }

            TextTable.Write(
                session.Output,
                ["user name", "name", "roles", "unit", "status"],
                people.Select(p => (IReadOnlyList<string>)
                [
                    p.UserName,
                    p.DisplayName,
                    string.Join(",", p.Roles.Select(RoleRules.Name)),
                    p.Unit ?? "-",
                    p.IsDisabled ? "disabled" : p.IsLockedOut ? "locked out" : "active",
                ]));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Disable(bool disable)
    {
        var person = new Argument<string>("user-name");
        var command = new Command(
            disable ? "disable" : "enable",
            disable ? "Disable a person: they cannot sign in and are signed out at once" : "Enable a disabled person")
        {
            person,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = CommandSession.Open(parse);
            var who = parse.GetValue(person)!;
            (await session.Get<DisablePerson.Handler>().HandleAsync(new DisablePerson.Command(who, disable), cancellationToken))
                .Require($"users {command.Name} {who}");
            await session.Output.WriteLineAsync($"{(disable ? "Disabled" : "Enabled")} {who}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command ResetPassword()
    {
        var person = new Argument<string>("user-name");
        var passwordStdin = PasswordStdin();
        var json = CommonOptions.Json();
        var command = new Command("reset-password", "Set a new password (generated unless --password-stdin) and lift a lockout")
        {
            person, passwordStdin, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var password = parse.GetValue(passwordStdin) ? await ReadPasswordAsync() : null;
            await using var session = CommandSession.Open(parse);
            var who = parse.GetValue(person)!;
            var reset = (await session.Get<Features.People.ResetPassword.Handler>().HandleAsync(
                new Features.People.ResetPassword.Command(who, password), cancellationToken)).Require($"users reset-password {who}");
            if (parse.GetValue(json))
            {
                JsonOutput.Write(session.Output, new { id = reset.Id, userName = reset.UserName, password = reset.GeneratedPassword });
                return ExitCodes.Success;
            }

            await session.Output.WriteLineAsync($"Reset the password of {reset.UserName}.");
            await WritePasswordAsync(session.Output, reset.GeneratedPassword);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Option<bool> PasswordStdin() =>
        new("--password-stdin") { Description = "Read the password from standard input instead of generating one" };

    private static async Task<string> ReadPasswordAsync() =>
        (await Console.In.ReadLineAsync())?.TrimEnd('\r', '\n')
        ?? throw new CommandInputException("--password-stdin: standard input was empty.");

    private static async Task WritePasswordAsync(TextWriter output, string? password)
    {
        if (password is not null)
        {
            await output.WriteLineAsync($"One-time password: {password}");
            await output.WriteLineAsync("Give it to the person in confidence. It is stored only as a hash and will not be shown again.");
        }
    }

    private static List<Role> ParseRoles(IEnumerable<string> texts) =>
        texts.SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(t => RoleRules.TryParse(t, out var role)
                ? role
                : throw new CommandInputException($"--role: '{t}' is not a role; use {string.Join(", ", RoleRules.All.Select(RoleRules.Name))}."))
            .ToList();
}
