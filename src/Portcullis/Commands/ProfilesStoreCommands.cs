using System.CommandLine;
using System.Globalization;
using Portcullis.Features.Targeting;

namespace Portcullis.Commands;

/// <summary>
/// The profile verbs that work on a unit's stored profiles (the command line acts for the unit named by
/// <c>--unit</c>): import text files as drafts, export them as text files, run one in shadow over the
/// last days of traffic, and print the effectiveness figures.
/// </summary>
internal static class ProfilesStoreCommands
{
    private static Option<string> UnitOption() => new("--unit") { Description = "The unit, for example RS-ACCU-BELGRADE", Required = true };

    public static Command Import()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Profile files (.profile)", Arity = ArgumentArity.ZeroOrMore };
        var lists = new Option<DirectoryInfo?>("--lists") { Description = "A folder of reference lists (NAME.txt) to store first" };
        var unit = UnitOption();
        var json = CommonOptions.Json();
        var command = new Command("import", "Store profile files as new draft versions of the unit's profiles (and reference lists); approval follows in the application")
        {
            files, lists, unit, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var paths = parse.GetValue(files) ?? [];
            var folder = parse.GetValue(lists);
            foreach (var missing in paths.Where(f => !f.Exists))
            {
                throw new CommandInputException($"{missing.FullName}: no such file");
            }

            if (folder is { Exists: false })
            {
                throw new CommandInputException($"--lists: {folder.FullName}: no such folder");
            }

            if (paths.Length == 0 && folder is null)
            {
                throw new CommandInputException("give profile files, --lists DIR, or both");
            }

            await using var session = CommandSession.Open(parse);
            var code = parse.GetValue(unit)!;
            var report = new List<object>();
            foreach (var list in folder?.EnumerateFiles("*.txt").OrderBy(f => f.Name, StringComparer.Ordinal).ToArray() ?? [])
            {
                var values = await File.ReadAllTextAsync(list.FullName, cancellationToken);
                var count = (await session.Get<SaveReferenceList.Handler>().HandleAsync(new SaveReferenceList.Command(Path.GetFileNameWithoutExtension(list.Name), values, code), cancellationToken))
                    .Require(list.Name);
                report.Add(new { file = list.Name, list = Path.GetFileNameWithoutExtension(list.Name), values = count });
                if (!parse.GetValue(json))
                {
                    await session.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{list.Name}: list with {count} values"));
                }
            }

            var failed = false;
            foreach (var path in paths)
            {
                var text = await File.ReadAllTextAsync(path.FullName, cancellationToken);
                var outcome = await session.Get<SaveProfile.Handler>().HandleAsync(new SaveProfile.Command(text, Unit: code), cancellationToken);
                if (outcome.Kind == Features.OutcomeKind.Invalid && outcome.Problems.All(p => p.Field == "text"))
                {
                    failed = true;
                    foreach (var problem in outcome.Problems)
                    {
                        await parse.InvocationConfiguration.Error.WriteLineAsync($"{path.Name}:{problem.Message}");
                    }

                    continue;
                }

                var saved = outcome.Require(path.Name);
                report.Add(new { file = path.Name, profile = saved.Name, version = saved.Version, unchanged = saved.Unchanged });
                if (!parse.GetValue(json))
                {
                    await session.Output.WriteLineAsync(saved.Unchanged
                        ? string.Create(CultureInfo.InvariantCulture, $"{path.Name}: unchanged, \"{saved.Name}\" stays at version {saved.Version}")
                        : string.Create(CultureInfo.InvariantCulture, $"{path.Name}: \"{saved.Name}\" version {saved.Version} (draft)"));
                }
            }

            if (parse.GetValue(json))
            {
                JsonOutput.Write(session.Output, report);
            }

            return failed ? ExitCodes.BadInput : ExitCodes.Success;
        });
        return command;
    }

    public static Command Export()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write into (created if missing)", Required = true };
        var unit = UnitOption();
        var command = new Command("export", "Write the unit's profiles (the version in force, else the latest) as .profile files and its lists as lists/NAME.txt") { output, unit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(output)!;
            await using var session = CommandSession.Open(parse);
            var result = (await session.Get<ExportProfiles.Handler>().HandleAsync(new ExportProfiles.Query(parse.GetValue(unit)), cancellationToken)).Require("profiles export");
            Directory.CreateDirectory(folder.FullName);
            foreach (var profile in result.Profiles)
            {
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, profile.FileName), profile.Text, cancellationToken);
                await session.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{profile.FileName}: \"{profile.Name}\" version {profile.Version} ({profile.Status.ToString().ToLowerInvariant()})"));
            }

            if (result.Lists.Count > 0)
            {
                var lists = Directory.CreateDirectory(Path.Combine(folder.FullName, "lists"));
                foreach (var list in result.Lists)
                {
                    await File.WriteAllTextAsync(Path.Combine(lists.FullName, list.FileName), list.Values, cancellationToken);
                    await session.Output.WriteLineAsync($"lists/{list.FileName}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Shadow()
    {
        var name = new Argument<string>("name") { Description = "The profile's name" };
        var days = new Option<int>("--days") { Description = "Days of stored traffic to run over (1 to 90)", DefaultValueFactory = _ => 7 };
        var unit = UnitOption();
        var json = CommonOptions.Json();
        var command = new Command("shadow", "Run the latest version of a profile over the last days of stored traffic, raising nothing: how many and which travellers it selects")
        {
            name, days, unit, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = CommandSession.Open(parse);
            var profiles = (await session.Get<ListProfiles.Handler>().HandleAsync(new ListProfiles.Query(parse.GetValue(unit)), cancellationToken)).Require("profiles shadow");
            var wanted = parse.GetValue(name)!;
            var profile = profiles.FirstOrDefault(p => string.Equals(p.Name, wanted, StringComparison.OrdinalIgnoreCase))
                ?? throw new CommandInputException($"profiles shadow: the unit has no profile named \"{wanted}\"");
            var details = (await session.Get<GetProfile.Handler>().HandleAsync(new GetProfile.Query(profile.Id), cancellationToken)).Require("profiles shadow");
            var result = (await session.Get<ShadowRun.Handler>().HandleAsync(new ShadowRun.Query(details.Latest.Id, parse.GetValue(days)), cancellationToken)).Require("profiles shadow");
            if (parse.GetValue(json))
            {
                JsonOutput.Write(session.Output, result);
                return ExitCodes.Success;
            }

            await session.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"\"{result.Profile}\" version {result.Version}: {result.SelectedCount} of {result.Evaluated} travellers selected over the last {result.Days} days"));
            foreach (var s in result.Selected)
            {
                await session.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{s.Date:yyyy-MM-dd}\t{s.Flight}\t{s.Name}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Stats()
    {
        var unit = UnitOption();
        var json = CommonOptions.Json();
        var command = new Command("stats", "Effectiveness per profile version and per lane: evaluated, hits, reviewed, inspections, positives, hit rate, lift over the random base rate")
        {
            unit, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = CommandSession.Open(parse);
            var stats = (await session.Get<ProfileStats.Handler>().HandleAsync(new ProfileStats.Query(parse.GetValue(unit)), cancellationToken)).Require("profiles stats");
            if (parse.GetValue(json))
            {
                JsonOutput.Write(session.Output, stats);
                return ExitCodes.Success;
            }

            static string Rate(double? r) => r is { } v ? v.ToString("P1", CultureInfo.InvariantCulture) : "-";
            await session.Output.WriteLineAsync("profile\tversion\tstatus\tevaluated\thits\treviewed\tinspections\tpositives\thit rate\tlift");
            foreach (var v in stats.Versions)
            {
                var f = v.Figures;
                await session.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{v.Name}\t{v.Version}\t{v.Status.ToString().ToLowerInvariant()}\t{f.Evaluated}\t{f.Hits}\t{f.Reviewed}\t{f.Inspections}\t{f.Positives}\t{Rate(f.HitRate)}\t{(v.Lift is { } l ? l.ToString("0.0", CultureInfo.InvariantCulture) : "-")}"));
            }

            foreach (var lane in stats.Lanes)
            {
                var f = lane.Figures;
                await session.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"lane {lane.Lane.ToString().ToLowerInvariant()}\t\t\t\t{f.Hits}\t{f.Reviewed}\t{f.Inspections}\t{f.Positives}\t{Rate(f.HitRate)}\t"));
            }

            await session.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"random\t\t\t\t{stats.Random.Hits}\t{stats.Random.Reviewed}\t{stats.Random.Inspections}\t{stats.Random.Positives}\t{Rate(stats.BaseRate)}\t"));
            return ExitCodes.Success;
        });
        return command;
    }
}
