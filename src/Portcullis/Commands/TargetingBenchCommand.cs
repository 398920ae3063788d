using System.CommandLine;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Data.Storage;
using Portcullis.Domain.Reference;
using Portcullis.Domain.Targeting;
using Portcullis.Features.Demo.Traffic;
using Portcullis.Features.Passengers;
using Portcullis.Features.Setup;
using Portcullis.Features.Targeting;
using static System.FormattableString;

namespace Portcullis.Commands;

/// <summary>
/// <c>portcullis bench targeting --profiles DIR [--flights N] [--date DAY] [--json]</c>: how soon a
/// flight's targets are ready after its message arrives. A day of synthetic traffic is ingested into a
/// fresh SQLite database twice, message by message: once with no profiles (receive, store, screen)
/// and once with the folder's profiles in force in every passenger unit of the region (and its
/// reference lists, <c>lists/NAME.txt</c>). Each message is timed from its bytes to its targets
/// committed. The profiles are put in force directly: the bench measures evaluation, not approval.
/// </summary>
internal static class TargetingBenchCommand
{
    public static Command Create()
    {
        var profiles = new Option<DirectoryInfo>("--profiles") { Description = "A folder of .profile files, with their lists in lists/NAME.txt (e.g. bench/Portcullis.ProfileBenchmarks/Profiles)", Required = true };
        var flights = new Option<int>("--flights") { Description = "Flights of synthetic traffic", DefaultValueFactory = _ => GenerateTraffic.DefaultFlights };
        var date = new Option<DateOnly?>("--date") { Description = "The day of the traffic and of the run (the profiles must be valid on it); default today" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var command = new Command("targeting", "Message-to-targets time for a day of traffic, without and with the profiles in force in every passenger unit") { profiles, flights, date, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(profiles)!;
            if (!folder.Exists || folder.GetFiles("*.profile").Length == 0)
            {
                throw new CommandInputException($"--profiles: {folder.FullName}: no .profile files there");
            }

            if (parse.GetValue(flights) is < 1 or > GenerateTraffic.MaxFlights)
            {
                throw new CommandInputException(Invariant($"--flights: 1 to {GenerateTraffic.MaxFlights}"));
            }

            var day = parse.GetValue(date) ?? DateOnly.FromDateTime(DateTime.UtcNow);
            var error = parse.InvocationConfiguration.Error;
            var work = Directory.CreateTempSubdirectory("portcullis-bench-targeting-");
            try
            {
                var traffic = Path.Combine(work.FullName, "traffic");
                var generated = (await new GenerateTraffic.Handler(TimeProvider.System)
                    .HandleAsync(new GenerateTraffic.Command(traffic, day, parse.GetValue(flights)), cancellationToken)).Require("bench targeting");
                // As airlines send them: the PNRs a day or two before departure, the passenger lists at check-in.
                // Passenger data only: the day's cargo (cuscar, xfwb, fwb) is not targeted yet.
                var all = Directory.EnumerateFiles(Path.Combine(generated.Folder, "paxlst"), "*.edi")
                    .Concat(Directory.EnumerateFiles(Path.Combine(generated.Folder, "pnrgov"), "*.edi"))
                    .Order(StringComparer.Ordinal).ToList();
                var pnrs = all.Where(f => f.Contains($"{Path.DirectorySeparatorChar}pnrgov{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToList();
                var files = pnrs.Concat(all.Except(pnrs)).ToList();
                await error.WriteLineAsync(Invariant($"bench: {files.Count} messages for {generated.Flights} flights on {day:yyyy-MM-dd}"));
                // A first pass over the same day, thrown away: the runtime compiles hot code again after
                // a few hundred calls (tiered compilation), and the first run would pay for it (measured:
                // about 25 ms a message more, whichever run came first).
                await RunAsync(parse, work, "warm-up", files, folder, day, error, cancellationToken);
                var without = await RunAsync(parse, work, "without", files, null, day, error, cancellationToken);
                var with = await RunAsync(parse, work, "with", files, folder, day, error, cancellationToken);
                var report = new Report(day, generated.Flights, generated.Travellers, files.Count, without, with);
                if (parse.GetValue(json))
                {
                    JsonOutput.Write(parse.InvocationConfiguration.Output, report);
                }
                else
                {
                    Write(parse.InvocationConfiguration.Output, report);
                }

                return ExitCodes.Success;
            }
            finally
            {
                work.Delete(recursive: true);
            }
        });
        return command;
    }

    public sealed record Run(int Profiles, int Units, double Seconds, double P50Milliseconds, double P95Milliseconds, double MaxMilliseconds, long Evaluations, int Targets, int ProfileHits, int RandomTargets);

    public sealed record Report(DateOnly Date, int Flights, int Travellers, int Messages, Run WithoutProfiles, Run WithProfiles);

    private static async Task<Run> RunAsync(
        ParseResult parse, DirectoryInfo work, string name, List<string> files, DirectoryInfo? profiles, DateOnly day, TextWriter error, CancellationToken cancellationToken)
    {
        var location = DatabaseLocation.Parse(Path.Combine(work.FullName, name + ".db"), work.FullName);
        var clock = new DayClock(day);
        await using var session = CommandSession.Open(parse, location, clock);
        await session.Get<MigrateDatabase.Handler>().HandleAsync(cancellationToken);
        var units = PassengerUnitsOfTheRegion();
        var profileCount = profiles is null ? 0 : await PutInForceAsync(session, profiles, units, cancellationToken);
        var db = session.Get<PortcullisDbContext>();
        var times = new List<double>(files.Count);
        var total = Stopwatch.StartNew();
        var each = Stopwatch.StartNew();
        await foreach (var (file, outcome) in session.Get<IngestFiles>().IngestAsync(files, "bench:traffic", null, cancellationToken))
        {
            outcome.Require(file);
            times.Add(each.Elapsed.TotalMilliseconds);
            each.Restart();
        }

        total.Stop();
        var evaluations = await db.RiskProfileVersions.SumAsync(v => v.Evaluated, cancellationToken);
        var targets = await db.Targets.CountAsync(cancellationToken);
        var random = await db.Targets.CountAsync(t => t.Random, cancellationToken);
        var hits = await db.ProfileHits.CountAsync(h => !h.Shadow, cancellationToken);
        times.Sort();
        var run = new Run(profileCount, profiles is null ? 0 : units.Count, total.Elapsed.TotalSeconds, Percentile(times, 0.50), Percentile(times, 0.95), times[^1], evaluations, targets, hits, random);
        await error.WriteLineAsync(Invariant($"bench: {name}: {run.Seconds:0.0} s, p50 {run.P50Milliseconds:0.0} ms, {targets} targets"));
        return run;
    }

    /// <summary>Every unit that targets travellers somewhere in the region (the rule of <see cref="PassengerUnits"/>).</summary>
    private static List<Unit> PassengerUnitsOfTheRegion() =>
        [.. ReferenceCatalog.Default.Locations
            .Where(l => l.Kind == LocationKind.Airport)
            .SelectMany(l => PassengerUnits.Of(new Domain.Passengers.Flight { ArrivalLocation = l.Code }).Select(u => u.Unit))
            .DistinctBy(u => u.Code)];

    private static async Task<int> PutInForceAsync(CommandSession session, DirectoryInfo folder, List<Unit> units, CancellationToken cancellationToken)
    {
        var files = folder.GetFiles("*.profile").OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        var lists = Path.Combine(folder.FullName, "lists");
        foreach (var unit in units)
        {
            foreach (var list in Directory.Exists(lists) ? Directory.GetFiles(lists, "*.txt") : [])
            {
                (await session.Get<SaveReferenceList.Handler>().HandleAsync(
                    new SaveReferenceList.Command(Path.GetFileNameWithoutExtension(list), await File.ReadAllTextAsync(list, cancellationToken), unit.Code.Value), cancellationToken)).Require(list);
            }

            foreach (var file in files)
            {
                (await session.Get<SaveProfile.Handler>().HandleAsync(
                    new SaveProfile.Command(await File.ReadAllTextAsync(file.FullName, cancellationToken), Unit: unit.Code.Value), cancellationToken)).Require(file.Name);
            }
        }

        // Straight to active: four eyes are people's business, not the bench's.
        await session.Get<PortcullisDbContext>().RiskProfileVersions
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Status, ProfileStatus.Active).SetProperty(v => v.ApprovedBy, "bench"), cancellationToken);
        return files.Count;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];

    private static void Write(TextWriter output, Report r)
    {
        output.WriteLine(Invariant($"{r.Messages} messages (PAXLST and PNRGOV) for {r.Flights} flights, {r.Travellers:N0} travellers, on {r.Date:yyyy-MM-dd}; {Environment.ProcessorCount} cores; SQLite"));
        output.WriteLine();
        TextTable.Write(output, ["Run", "Profiles x units", "Total", "Per message p50", "p95", "max", "Profile evaluations", "Targets", "Profile hits", "Random"],
        [
            Row("receive, store, screen", r.WithoutProfiles),
            Row("… and target", r.WithProfiles),
        ]);
        output.WriteLine();
        output.WriteLine(Invariant($"the median message is done in {r.WithoutProfiles.P50Milliseconds:0.0} ms without profiles and {r.WithProfiles.P50Milliseconds:0.0} ms with targeting; the slowest message's targets were ready {r.WithProfiles.MaxMilliseconds / 1000:0.00} s after it arrived"));
    }

    private static string[] Row(string name, Run run) =>
    [
        name,
        Invariant($"{run.Profiles} x {run.Units}"),
        Invariant($"{run.Seconds:0.0} s"),
        Invariant($"{run.P50Milliseconds:0.0} ms"),
        Invariant($"{run.P95Milliseconds:0.0} ms"),
        Invariant($"{run.MaxMilliseconds:0.0} ms"),
        Invariant($"{run.Evaluations:N0}"),
        Invariant($"{run.Targets:N0}"),
        Invariant($"{run.ProfileHits:N0}"),
        Invariant($"{run.RandomTargets:N0}"),
    ];

}
