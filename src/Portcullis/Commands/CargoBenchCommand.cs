using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Data.Storage;
using Portcullis.Domain.Targeting;
using Portcullis.Domain.Watchlists;
using Portcullis.Features.Demo.Profiles;
using Portcullis.Features.Demo.Traffic.Cargo;
using Portcullis.Features.Passengers;
using Portcullis.Features.Screening;
using Portcullis.Features.Setup;
using Portcullis.Features.Targeting;
using Portcullis.Formats.Cargo;
using static System.FormattableString;

namespace Portcullis.Commands;

/// <summary>
/// <c>portcullis bench cargo [--bills N] [--profiles DIR] [--date DAY] [--json]</c>: one CUSCAR manifest
/// of N bills of lading (10,000 by default) received at Durrës, end to end on a fresh SQLite database:
/// read, store (voyage, bills, parties with history, goods, containers), screen every party and container
/// against an organisation list of a thousand entries, evaluate 50 consignment profiles in force at the
/// Port Control Unit, and raise the targets, until the message's last write is committed. The profiles
/// are the ten starter profiles (profiles/cargo) in five variants each, or a folder's; they are put in
/// force directly: the bench measures evaluation, not approval. A smaller manifest runs first and is
/// thrown away, so the runtime's compilation of hot code is not counted.
/// </summary>
internal static class CargoBenchCommand
{
    private const string Unit = "AL-PCU-DURRES";
    private const int ListEntries = 1000;

    public static Command Create()
    {
        var bills = new Option<int>("--bills") { Description = "Bills of lading in the manifest", DefaultValueFactory = _ => 10_000 };
        var profiles = new Option<DirectoryInfo?>("--profiles") { Description = "A folder of consignment .profile files and lists/NAME.txt; default: the starter profiles in five variants (50)" };
        var date = new Option<DateOnly?>("--date") { Description = "The day of the vessel call and of the run; default today" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var command = new Command("cargo", "Manifest-to-targets time for a large sea manifest with 50 consignment profiles in force") { bills, profiles, date, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(bills) is < 1 or > 200_000)
            {
                throw new CommandInputException("--bills: 1 to 200000");
            }

            var day = parse.GetValue(date) ?? DateOnly.FromDateTime(DateTime.UtcNow);
            var texts = Texts(parse.GetValue(profiles));
            var error = parse.InvocationConfiguration.Error;
            var work = Directory.CreateTempSubdirectory("portcullis-bench-cargo-");
            try
            {
                await error.WriteLineAsync("bench: warm-up with 500 bills");
                await RunAsync(parse, work, "warm-up", 500, texts, day, cancellationToken);
                var run = await RunAsync(parse, work, "run", parse.GetValue(bills), texts, day, cancellationToken);
                if (parse.GetValue(json))
                {
                    JsonOutput.Write(parse.InvocationConfiguration.Output, run);
                }
                else
                {
                    Write(parse.InvocationConfiguration.Output, run);
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

    public sealed record Report(
        DateOnly Date, int Bills, long Bytes, int Profiles, int ListEntries, double ReadSeconds, double TotalSeconds,
        int Consignments, int Parties, int Containers, int CargoHits, int ProfileHits, int Targets, long Evaluations);

    private static async Task<Report> RunAsync(ParseResult parse, DirectoryInfo work, string name, int bills, List<(string Name, string Text)> texts, DateOnly day, CancellationToken cancellationToken)
    {
        var location = DatabaseLocation.Parse(Path.Combine(work.FullName, name + ".db"), work.FullName);
        await using var session = CommandSession.Open(parse, location, new DayClock(day));
        await session.Get<MigrateDatabase.Handler>().HandleAsync(cancellationToken);
        await PutInForceAsync(session, texts, cancellationToken);
        await ImportListAsync(session, cancellationToken);
        var manifest = new CargoGenerator(day, 1913).LargeManifest(bills);

        // Reading alone, for the share of the total it takes.
        var read = Stopwatch.StartNew();
        using (var stream = new MemoryStream(manifest, writable: false))
        {
            _ = CargoDataReader.ReadDocument(stream, day).Messages.Sum(m => m.Consignments.Count);
        }

        read.Stop();
        var total = Stopwatch.StartNew();
        var ingested = (await session.Get<IngestMessage.Handler>().HandleAsync(
            new IngestMessage.Command(manifest, "bench:cargo", "manifest.edi", null), cancellationToken)).Require("manifest");
        total.Stop();
        var db = session.Get<PortcullisDbContext>();
        var report = new Report(day, bills, manifest.Length, texts.Count, ListEntries, read.Elapsed.TotalSeconds, total.Elapsed.TotalSeconds,
            await db.CargoConsignments.CountAsync(cancellationToken),
            await db.TradeParties.CountAsync(cancellationToken),
            await db.CargoContainers.CountAsync(cancellationToken),
            await db.CargoHits.CountAsync(cancellationToken),
            await db.ProfileHits.CountAsync(h => !h.Shadow, cancellationToken),
            await db.Targets.CountAsync(cancellationToken),
            await db.RiskProfileVersions.SumAsync(v => v.Evaluated, cancellationToken));
        await parse.InvocationConfiguration.Error.WriteLineAsync(Invariant($"bench: {name}: {bills} bills in {report.TotalSeconds:0.00} s ({ingested.Status}), {report.Targets} targets"));
        return report;
    }

    /// <summary>The folder's profiles, or the ten starter profiles each in five variants (a weight floor), as the Durrës PCU's own.</summary>
    private static List<(string Name, string Text)> Texts(DirectoryInfo? folder)
    {
        if (folder is not null)
        {
            if (!folder.Exists || folder.GetFiles("*.profile").Length == 0)
            {
                throw new CommandInputException($"--profiles: {folder.FullName}: no .profile files there");
            }

            return [.. folder.GetFiles("*.profile").OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => (f.Name, File.ReadAllText(f.FullName)))];
        }

        var variants = new List<(string, string)>();
        foreach (var text in StarterCargoProfiles.Texts())
        {
            var lines = StarterCargoProfiles.OwnedBy(text, Unit).Split('\n');
            var when = Array.IndexOf(lines, "when");
            var condition = string.Join("\n", lines[(when + 1)..]).Trim();
            foreach (var floor in new[] { 0, 100, 1000, 5000, 20000 })
            {
                // The first line is `profile "NAME"`: each variant needs a name of its own.
                var name = lines[0].TrimEnd('"') + Invariant($" (from {floor} kg)\"");
                var header = string.Join("\n", lines[1..when].Prepend(name));
                variants.Add((name, Invariant($"{header}\nwhen\n  ({condition})\n  and weight >= {floor}\n")));
            }
        }

        return variants;
    }

    private static async Task PutInForceAsync(CommandSession session, List<(string Name, string Text)> texts, CancellationToken cancellationToken)
    {
        foreach (var (name, values) in StarterCargoProfiles.Lists())
        {
            (await session.Get<SaveReferenceList.Handler>().HandleAsync(new SaveReferenceList.Command(name, values, Unit), cancellationToken)).Require(name);
        }

        foreach (var (name, text) in texts)
        {
            (await session.Get<SaveProfile.Handler>().HandleAsync(new SaveProfile.Command(text, Unit: Unit), cancellationToken)).Require(name);
        }

        // Straight to active: four eyes are people's business, not the bench's.
        await session.Get<PortcullisDbContext>().RiskProfileVersions
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Status, ProfileStatus.Active).SetProperty(v => v.ApprovedBy, "bench"), cancellationToken);
    }

    /// <summary>A thousand fictitious companies with the region's legal forms, and the demo's listed ones, on an Albanian list.</summary>
    private static async Task ImportListAsync(CommandSession session, CancellationToken cancellationToken)
    {
        // Invented words, so that the list's entries are unlike the manifest's traders (a real list names few of
        // a port's regular traders): the bench pays for screening every party, and writes the hits of the listed few.
        string[] words = ["ZORVAK", "MELTRIS", "KAVORN", "DRESLIN", "TUVARO", "QUENDRA", "BOLMIR", "FRASKO", "NEVILA", "ORZANO", "PELTRA", "VRONIK", "SALDEN", "GRUMIS", "TOVEK", "JARNIC"];
        string[] trades = ["TRADE", "FRUIT", "METAL", "TEXTIL", "LOGISTIK", "IMPEX", "FOOD", "AUTO", "PHARM", "TOBACCO"];
        string[] forms = ["SH.P.K.", "SHPK", "DOO", "D.O.O.", "DOOEL", "LLC", "LTD"];
        var csv = new StringBuilder("id,kind,name,reason,listed_on\r\n");
        var random = new Random(6346);
        for (var i = 1; i <= ListEntries - CargoDemoNames.ListedCompanies.Count; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"B-{i},organisation,{words[random.Next(words.Length)]} {trades[random.Next(trades.Length)]} {random.Next(1, 99)} {forms[random.Next(forms.Length)]},Bench entry,2026-01-01\r\n");
        }

        foreach (var (company, i) in CargoDemoNames.ListedCompanies.Select((c, i) => (c, i)))
        {
            csv.Append(CultureInfo.InvariantCulture, $"L-{i},organisation,{company},Bench entry,2026-01-01\r\n");
        }

        var meta = new ImportWatchlist.NewWatchlist("Bench organisations", WatchlistSubject.Organisations, WatchlistSeverity.High, [], "Fictitious", OwnerUnit: Unit);
        (await session.Get<ImportWatchlist.Handler>().HandleAsync(new ImportWatchlist.Command(Encoding.UTF8.GetBytes(csv.ToString()), "bench.csv", null, meta), cancellationToken)).Require("bench list");
        await session.Get<ScreeningIndexService>().Pending;
    }

    private static void Write(TextWriter output, Report r)
    {
        output.WriteLine(Invariant($"One CUSCAR manifest, {r.Bills:N0} bills of lading ({r.Bytes / 1_000_000.0:0.0} MB), at Durrës on {r.Date:yyyy-MM-dd}; {r.Profiles} consignment profiles in force; {r.ListEntries:N0} listed organisations; {Environment.ProcessorCount} cores; SQLite"));
        output.WriteLine();
        TextTable.Write(output, ["Step", "Time"],
        [
            ["read (parse only)", Invariant($"{r.ReadSeconds:0.00} s")],
            ["receive, store, screen, target (end to end)", Invariant($"{r.TotalSeconds:0.00} s")],
        ]);
        output.WriteLine();
        output.WriteLine(Invariant($"{r.Consignments:N0} consignments, {r.Parties:N0} parties, {r.Containers:N0} containers; {r.CargoHits:N0} watchlist hits, {r.Evaluations:N0} profile evaluations, {r.ProfileHits:N0} profile hits, {r.Targets:N0} targets; {r.Bills / r.TotalSeconds:N0} bills a second"));
    }

}
