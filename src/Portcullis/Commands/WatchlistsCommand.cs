using System.CommandLine;
using System.Globalization;
using Portcullis.Domain.Watchlists;
using Portcullis.Features.Screening;

namespace Portcullis.Commands;

/// <summary>
/// <c>portcullis watchlists import|list</c>: a unit loads its lists from the command line (the UN list,
/// OFAC's SDN file, its national CSV) the same way the upload page does, and sees what it keeps. An
/// import waits until everyone still due to travel has been screened against the new version.
/// </summary>
internal static class WatchlistsCommand
{
    public static Command Create() => new("watchlists", "Import list files and list the watchlists") { Import(), List() };

    private static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = "The list file: UN consolidated list XML, OFAC SDN CSV or the national CSV template" };
        var list = new Option<Guid?>("--list") { Description = "The list this file is a new version of (its id, from `watchlists list`)" };
        var name = new Option<string?>("--name") { Description = "For a new list: its name" };
        var subject = new Option<WatchlistSubject>("--subject") { Description = "For a new list: Persons, TravelDocuments, Organisations or VehiclesAndContainers", DefaultValueFactory = _ => WatchlistSubject.Persons };
        var severity = new Option<WatchlistSeverity>("--severity") { Description = "For a new list: Low, Medium, High or Critical", DefaultValueFactory = _ => WatchlistSeverity.High };
        var owner = new Option<string?>("--owner-unit") { Description = "For a new list: the unit that keeps it, for example RS-ACCU-BELGRADE" };
        var share = new Option<string[]>("--share") { Description = "For a new list: a jurisdiction it is shared with (AL, BA, XK, ME, MK, RS); repeat for several" };
        var json = CommonOptions.Json();
        var command = new Command("import", "Import a list file as a new list or a new version of one, and screen travellers still due against it")
        {
            file, list, name, subject, severity, owner, share, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new CommandInputException($"{path.FullName}: no such file");
            }

            var existing = parse.GetValue(list);
            var listName = parse.GetValue(name);
            if ((existing is null) == (listName is null))
            {
                throw new CommandInputException("give either --list ID (a new version) or --name NAME (a new list)");
            }

            var newList = listName is null ? null : new ImportWatchlist.NewWatchlist(
                listName, parse.GetValue(subject), parse.GetValue(severity), parse.GetValue(share) ?? [], OwnerUnit: parse.GetValue(owner)
                    ?? throw new CommandInputException("--owner-unit: a new list needs the unit that keeps it"));
            await using var session = CommandSession.Open(parse);
            var content = await File.ReadAllBytesAsync(path.FullName, cancellationToken);
            var result = (await session.Get<ImportWatchlist.Handler>().HandleAsync(new ImportWatchlist.Command(content, path.Name, existing, newList), cancellationToken))
                .Require("watchlists import");
            await session.Get<ScreeningIndexService>().Pending;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(session.Output, result);
                return ExitCodes.Success;
            }

            await session.Output.WriteLineAsync(result.Unchanged
                ? string.Create(CultureInfo.InvariantCulture, $"{path.Name}: nothing changed; the list stays at version {result.Version}.")
                : string.Create(CultureInfo.InvariantCulture, $"{path.Name}: version {result.Version} of list {result.WatchlistId}: {result.Added} added, {result.Changed} changed, {result.Removed} removed, {result.Total} entries."));
            foreach (var warning in result.Warnings.Take(20))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"{path.Name}: {warning}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List()
    {
        var json = CommonOptions.Json();
        var command = new Command("list", "The watchlists, with their current version") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = CommandSession.Open(parse);
            var lists = (await session.Get<ListWatchlists.Handler>().HandleAsync(cancellationToken)).Require("watchlists list");
            if (parse.GetValue(json))
            {
                JsonOutput.Write(session.Output, lists);
                return ExitCodes.Success;
            }

            foreach (var w in lists)
            {
                await session.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{w.Id}\t{w.Name}\t{w.Subject}\t{w.Severity}\t{w.OwnerUnit ?? w.OwnerJurisdiction}\tversion {w.CurrentVersion}\t{w.Entries} entries"));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
