using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portcullis.Data;
using Portcullis.Domain.Passengers;
using Portcullis.Features.Demo.Traffic.Cargo;
using Portcullis.Testing;

namespace Portcullis.Features.Tests.Cargo;

/// <summary>
/// A manifest of more bills than one statement may carry parameters: every step reads and writes it in
/// batches. SQLite's limit is lowered to 1,500 for the test, so that 2,000 bills stand for the hundred
/// thousand that pass the real one (a whole manifest's ids in one query failed there).
/// </summary>
public sealed class LargeManifestTests
{
    [Fact]
    public async Task A_manifest_of_more_bills_than_a_statement_has_parameters_is_stored_screened_and_targeted()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var host = new FeatureHost(database,
            configure: services => services.ConfigureDbContext<PortcullisDbContext>(options => options.AddInterceptors(new SqliteParameterLimit(1500))));
        var world = await CargoWorld.CreateAsync(host);
        await world.ImportListAsync(string.Join("\r\n", CargoDemoNames.ListedCompanies.Select((name, i) => $"L-{i},organisation,{name},,,,,,,,Test,2026-01-01")), Domain.Watchlists.WatchlistSubject.Organisations);
        await world.ActivateAsync(CargoWorld.Profile("weight >= 0", "Every bill"));

        var ingested = await world.IngestAsync(new CargoGenerator(new DateOnly(2026, 12, 15), 1913).LargeManifest(2000));

        ingested.Status.ShouldBeOneOf(MessageStatus.Processed, MessageStatus.ProcessedWithWarnings);
        var counts = await host.RunAsync<PortcullisDbContext, (int Consignments, int CargoHits, int ProfileHits, int Targets)>(FeatureHost.CommandLine, async db => (
            await db.CargoConsignments.IgnoreQueryFilters().CountAsync(CargoWorld.Cancel),
            await db.CargoHits.IgnoreQueryFilters().CountAsync(CargoWorld.Cancel),
            await db.ProfileHits.IgnoreQueryFilters().CountAsync(h => !h.Shadow, CargoWorld.Cancel),
            await db.Targets.IgnoreQueryFilters().CountAsync(CargoWorld.Cancel)));
        counts.Consignments.ShouldBe(2000);
        counts.CargoHits.ShouldBeGreaterThan(0, "the demo's listed companies trade in the manifest");
        counts.ProfileHits.ShouldBe(100, "the profile hits every bill, up to its cap of 100 a day");
        counts.Targets.ShouldBeGreaterThanOrEqualTo(100);
    }
}
