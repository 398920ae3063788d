using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portcullis.Data;
using Portcullis.Domain.Watchlists;
using Portcullis.Features.Screening;
using Portcullis.Testing;

namespace Portcullis.Features.Tests.Targeting;

/// <summary>
/// A passenger file of more travellers than one statement may carry parameters (a push of many flights'
/// PNRs can hold tens of thousands): screening and targeting read and write them in batches. SQLite's
/// limit is lowered to 1,500 for the test, so that 2,000 travellers stand for the 32,767 the real one needs.
/// </summary>
public sealed class LargePassengerListTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_list_of_more_travellers_than_a_statement_has_parameters_is_stored_screened_and_targeted()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var host = new FeatureHost(database,
            configure: services => services.ConfigureDbContext<PortcullisDbContext>(options => options.AddInterceptors(new SqliteParameterLimit(1500))));
        var world = await TargetingWorld.CreateAsync(host);
        await world.SetRandomPercentAsync(100);
        const string List = "id,kind,name,given_name,family_name,aliases,date_of_birth,nationality,sex,document_number,reason,listed_on\r\n"
            + "AL-9,person,Xhevdet Krasniqi,Xhevdet,Krasniqi,,1985-01-11,RS,M,,Arrest warrant,2026-11-01\r\n";
        (await host.RunAsync<ImportWatchlist.Handler, Outcome<ImportWatchlist.Result>>(FeatureHost.CommandLine,
            h => h.HandleAsync(new ImportWatchlist.Command(Encoding.UTF8.GetBytes(List), "wanted.csv", null,
                new ImportWatchlist.NewWatchlist("Wanted", WatchlistSubject.Persons, WatchlistSeverity.High, [], "Warrants", OwnerUnit: TargetingWorld.Tirana)), Cancel))).Kind.ShouldBe(OutcomeKind.Ok);
        await host.RunAsync<ScreeningIndexService, bool>(FeatureHost.CommandLine, async s =>
        {
            await s.Pending;
            return true;
        });

        await world.IngestAsync(passengers: 2000);

        await using var db = database.CreateContext(FeatureHost.CommandLine);
        (await db.FlightTravellers.IgnoreQueryFilters().CountAsync(Cancel)).ShouldBe(2000);
        (await db.ScreeningHits.IgnoreQueryFilters().CountAsync(Cancel)).ShouldBeGreaterThan(0, "a fifth of the list is XHEVDET KRASNIQI");
        (await db.Targets.IgnoreQueryFilters().CountAsync(t => t.Unit == TargetingWorld.Tirana, Cancel)).ShouldBe(2000, "Tirana picks every traveller at random");
    }
}
