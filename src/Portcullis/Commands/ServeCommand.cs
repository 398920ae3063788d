using System.CommandLine;
using System.Globalization;
using Portcullis.Data.Storage;
using Portcullis.Domain.Passengers;
using Portcullis.Domain.People;
using Portcullis.Domain.Reference;
using Portcullis.Features.Demo.Profiles;
using Portcullis.Features.Demo.Traffic;
using Portcullis.Features.Demo.Watchlist;
using Portcullis.Features.Passengers;
using Portcullis.Features.Screening;
using Portcullis.Features.Setup;
using Portcullis.Hosting;

namespace Portcullis.Commands;

/// <summary>
/// <c>portcullis serve</c>: migrates the database, then runs the web application on
/// 127.0.0.1:5080 (localhost only unless <c>--urls</c> says otherwise). <c>--demo</c> starts on a
/// fresh SQLite database with one person per role in each jurisdiction and prints their accounts.
/// </summary>
internal static class ServeCommand
{
    public const string DemoDatabase = "data/demo.db";

    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, ';'-separated. Default: " + PortcullisWebHost.DefaultUrl,
            DefaultValueFactory = _ => PortcullisWebHost.DefaultUrl,
        };
        var demo = new Option<bool>("--demo") { Description = "Start on a fresh demo database (" + DemoDatabase + ") with demo accounts" };
        var logFormat = new Option<string>("--log-format")
        {
            Description = "text or json; default: text on a terminal, json otherwise",
            DefaultValueFactory = _ => Console.IsOutputRedirected ? "json" : "text",
        };
        logFormat.AcceptOnlyFromAmong("text", "json");
        var demoFlights = new Option<int>("--demo-flights")
        {
            Description = "With --demo: how many flights of synthetic passenger data to ingest for today (0 for none)",
            DefaultValueFactory = _ => GenerateTraffic.DefaultFlights,
        };
        var command = new Command("serve", "Run the web application and its HTTP API") { urls, demo, demoFlights, logFormat };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var isDemo = parse.GetValue(demo);
            if (isDemo && parse.GetValue(CommonOptions.Database) is not null)
            {
                throw new CommandInputException("--demo runs on its own fresh SQLite database; leave out --database.");
            }

            var location = isDemo ? FreshDemoDatabase() : CommandSession.Locate(parse.GetValue(CommonOptions.Database));
            var listenOn = parse.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            CreateDemoPeople.Result? demoPeople = null;
            await using (var session = CommandSession.Open(parse, location))
            {
                await session.Get<MigrateDatabase.Handler>().HandleAsync(cancellationToken);
                if (isDemo)
                {
                    demoPeople = await session.Get<CreateDemoPeople.Handler>().HandleAsync(cancellationToken);
                    var starter = (await session.Get<StarterCargoProfiles.Handler>().HandleAsync(cancellationToken)).Require("starter cargo profiles");
                    await parse.InvocationConfiguration.Output.WriteLineAsync($"DEMO: put {starter.Profiles} starter cargo profiles in force at {starter.Units} cargo units (profiles/cargo).");
                    await IngestDemoTrafficAsync(session, location, parse.GetValue(demoFlights), parse.InvocationConfiguration.Output, cancellationToken);
                    await ImportDemoWatchlistAsync(session, location, parse.InvocationConfiguration.Output, cancellationToken);
                }
            }

            await using var app = PortcullisWebHost.Build([], builder =>
            {
                builder.Configuration[PortcullisWebHost.DatabaseKey] = location.ConnectionString;
                builder.Configuration[PortcullisWebHost.KeysDirectoryKey] ??= Path.Combine(
                    Path.GetDirectoryName(location.SqliteFile) ?? Path.Combine(Directory.GetCurrentDirectory(), "data"), "keys");
                builder.WebHost.UseUrls(listenOn);
                ConfigureLogging(builder.Logging, parse.GetValue(logFormat)!);
            });
            await app.StartAsync(cancellationToken);
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync($"Portcullis is listening on {string.Join(", ", app.Urls)} ({location})");
            if (demoPeople is not null)
            {
                await WriteDemoAccountsAsync(output, demoPeople, app.Urls.First());
            }

            await output.FlushAsync(cancellationToken);
            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A day of synthetic passenger data for today, through the same pipeline as a sender's messages.</summary>
    private static async Task IngestDemoTrafficAsync(CommandSession session, DatabaseLocation location, int flights, TextWriter output, CancellationToken cancellationToken)
    {
        if (flights <= 0)
        {
            return;
        }

        var folder = Path.Combine(Path.GetDirectoryName(location.SqliteFile)!, "demo-traffic");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var generated = (await new GenerateTraffic.Handler(TimeProvider.System).HandleAsync(
            new GenerateTraffic.Command(folder, Flights: Math.Min(flights, GenerateTraffic.MaxFlights)), cancellationToken)).Require("--demo-flights");
        // Passenger data (paxlst, pnrgov) and cargo (cuscar *.edi, xfwb *.xml, fwb *.txt): every file the day has.
        var files = Directory.EnumerateFiles(generated.Folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".edi" or ".xml" or ".txt")
            .Order(StringComparer.Ordinal).ToList();
        var quarantined = 0;
        await foreach (var (file, outcome) in session.Get<IngestFiles>().IngestAsync(files, "demo:traffic", null, cancellationToken))
        {
            // A quarantined file is received and kept (an Ok outcome with that status): counted, not taken for a failure.
            if (outcome.Require(file).Status == MessageStatus.Quarantined)
            {
                quarantined++;
            }
        }

        var passengerFiles = generated.Files - generated.CargoFiles;
        await output.WriteLineAsync($"DEMO: ingested {passengerFiles} synthetic PAXLST and PNRGOV messages for {generated.Flights} flights on {generated.Date:yyyy-MM-dd}, "
            + $"and {generated.CargoFiles} cargo files ({generated.VesselCalls} vessel calls, {generated.Bills} bills of lading, {generated.AirWaybills} air waybills); {quarantined} quarantined.");
    }

    /// <summary>The demonstration list, naming a few of the demo travellers; waits for their hits to be raised.</summary>
    private static async Task ImportDemoWatchlistAsync(CommandSession session, DatabaseLocation location, TextWriter output, CancellationToken cancellationToken)
    {
        var imported = (await session.Get<ImportDemoWatchlist.Handler>().HandleAsync(cancellationToken)).Require("demo watchlist");
        await session.Get<ScreeningIndexService>().Pending;

        // Beside the database, so that a new version can be made from it (the browser journeys do).
        await File.WriteAllBytesAsync(Path.Combine(Path.GetDirectoryName(location.SqliteFile)!, ImportDemoWatchlist.FileName), imported.Csv, cancellationToken);
        await output.WriteLineAsync($"DEMO: imported the watchlist \"{ImportDemoWatchlist.ListName}\" ({imported.Import.Total} entries, {imported.NamedTravellers.Count} of them demo travellers).");
    }

    private static DatabaseLocation FreshDemoDatabase()
    {
        var location = DatabaseLocation.Parse(DemoDatabase, Directory.GetCurrentDirectory());
        Directory.CreateDirectory(Path.GetDirectoryName(location.SqliteFile)!);
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(location.SqliteFile + suffix);
        }

        return location;
    }

    private static void ConfigureLogging(ILoggingBuilder logging, string format)
    {
        logging.ClearProviders();
        if (format == "json")
        {
            logging.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
            });
        }
        else
        {
            logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        }

        logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);

        // "No XML encryptor configured": on Linux there is no machine key store; the key folder is
        // readable by the service account only (PortcullisWebHost), which is the protection.
        logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error);
    }

    private static async Task WriteDemoAccountsAsync(TextWriter output, CreateDemoPeople.Result demo, string url)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync($"DEMO: a fresh database with demo accounts. Sign in at {url}");
        await output.WriteLineAsync($"Password of every demo account, for this run only: {demo.Password}");
        await output.WriteLineAsync();
        TextTable.Write(
            output,
            ["user name", "name", "role", "unit"],
            demo.Accounts.Select(a => (IReadOnlyList<string>)
            [
                a.UserName,
                a.DisplayName,
                string.Join(",", a.Roles.Select(RoleRules.Name)),
                a.Unit is null ? "(whole programme)" : $"{a.Unit} ({ReferenceCatalog.Default.Jurisdiction(new JurisdictionCode(a.Jurisdiction!)).DisplayName})",
            ]));
        if (demo.Accounts.Any(a => a.Jurisdiction == "XK"))
        {
            await output.WriteLineAsync(Jurisdiction.Unscr1244Footnote);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{demo.Accounts.Count} accounts. Press Ctrl+C to stop."));
    }
}
