using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Reference;
using Portcullis.Domain.Watchlists;
using Portcullis.Features.Screening;

namespace Portcullis.Features.Demo.Watchlist;

/// <summary>
/// For <c>serve --demo</c>: a small national list in the CSV template (docs/formats/watchlists.md),
/// kept by Belgrade and shared with every jurisdiction, so the demo shows hits. Seven fictitious
/// entries ship with the code (demo-national-list.csv), among them the companies and the container of
/// the demo cargo (CargoDemoNames); to them are added, for each jurisdiction, the
/// first passenger of the first demo flight through the airport of its first unit (the unit of its
/// demo accounts). The demo traffic is generated for today with seed 1913, so its people change with
/// the day; the list is therefore written from the flights in the database, after they are ingested.
/// </summary>
public static class ImportDemoWatchlist
{
    public const string ListName = "Demonstration national list";

    public const string FileName = "demo-national-list.csv";

    public sealed record Result(ImportWatchlist.Result Import, byte[] Csv, IReadOnlyList<string> NamedTravellers);

    public sealed class Handler(PortcullisDbContext db, ImportWatchlist.Handler import)
    {
        public async Task<Outcome<Result>> HandleAsync(CancellationToken cancellationToken)
        {
            var csv = new StringBuilder(FixedEntries());
            var named = new List<string>();
            var number = 100;
            foreach (var jurisdiction in ReferenceCatalog.Default.Jurisdictions)
            {
                var location = ReferenceCatalog.Default.Units.First(u => u.Jurisdiction == jurisdiction.Code).LocationCode;
                var traveller = await db.FlightTravellers.AsNoTracking()
                    .Where(t => t.Role == "passenger" && t.DateOfBirth != null && t.Surname != null && t.GivenNames != null
                        && (t.Flight!.ArrivalLocation == location || t.Flight.DepartureLocation == location))
                    .OrderBy(t => t.Flight!.Carrier).ThenBy(t => t.Flight!.Number).ThenBy(t => t.Key)
                    .FirstOrDefaultAsync(cancellationToken);
                if (traveller is null || named.Contains(traveller.Key, StringComparer.Ordinal))
                {
                    continue;
                }

                named.Add(traveller.Key);
                var given = TitleCase(traveller.GivenNames!);
                var surname = TitleCase(traveller.Surname!);
                csv.Append(CultureInfo.InvariantCulture, $"DEMO-{++number:0000},person,{given} {surname},{given},{surname},,,,");
                csv.Append(CultureInfo.InvariantCulture, $"{traveller.DateOfBirth:yyyy-MM-dd},,{traveller.Nationality},{traveller.Sex},,,,,");
                csv.Append("Demonstration entry: a generated demo traveller,2026-11-01,Names a traveller of the demo traffic so that the demo shows a hit\r\n");
            }

            var bytes = Encoding.UTF8.GetBytes(csv.ToString());
            var meta = new ImportWatchlist.NewWatchlist(
                ListName, WatchlistSubject.Persons, WatchlistSeverity.High,
                [.. ReferenceCatalog.Default.Jurisdictions.Select(j => j.Code.Value)],
                "Fictitious entries and a few generated demo travellers, to show screening at work.",
                OwnerUnit: "RS-ACCU-BELGRADE");
            var outcome = await import.HandleAsync(new ImportWatchlist.Command(bytes, FileName, null, meta), cancellationToken);
            return outcome.IsOk ? Outcome<Result>.Ok(new Result(outcome.Value!, bytes, named)) : outcome.Cast<Result>();
        }

        private static string FixedEntries()
        {
            using var stream = typeof(ImportDemoWatchlist).Assembly.GetManifestResourceStream(typeof(ImportDemoWatchlist).Namespace + "." + FileName)
                ?? throw new InvalidOperationException($"{FileName} is not embedded in the assembly.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var text = reader.ReadToEnd().ReplaceLineEndings("\r\n");
            return text.EndsWith("\r\n", StringComparison.Ordinal) ? text : text + "\r\n";
        }

        private static string TitleCase(string upper) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(upper.ToLowerInvariant());
    }
}
