using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data.Scoping;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.People;
using Portcullis.Domain.Watchlists;
using Portcullis.Features.Passengers;
using Portcullis.Features.Screening;
using Portcullis.Testing;

namespace Portcullis.Features.Tests.Screening;

/// <summary>
/// Watchlists imported as versions with their differences, travellers screened on arrival and again
/// after an import, hits raised once, and who sees lists and hits; on both databases.
/// </summary>
public sealed class WatchlistTests
{
    private const string Header = "id,kind,name,given_name,family_name,aliases,date_of_birth,nationality,sex,document_number,reason,listed_on";

    private const string Kovac = "RS-1,person,Ana Kovač,Ana,Kovač,,1985|1986,BA,F,,Entry ban,2025-11-02";
    private const string Petrovic = "RS-2,person,Marko Petrović,Marko,Petrović,Marko Petrovic,1979-03-14,RS,M,012345678,Arrest warrant,2026-01-15";
    private const string PetrovicChanged = "RS-2,person,Marko Petrović,Marko,Petrović,Marko Petrovic,1979-03-14,RS,M,012345678,Arrest warrant (smuggling of migrants),2026-01-15";
    private const string Logistics = "RS-3,organisation,Balkan Route Logistics d.o.o.,,,BRL Logistics,,,,,Customs fraud,2024-06-30";

    // The second passenger of PassengerSamples.Paxlst: KRASNIQI XHEVDET, born 1985-01-11, Serbian passport P01234561.
    private const string Krasniqi = "RS-4,person,Xhevdet Krasniqi,Xhevdet,Krasniqi,,1985-01-11,RS,M,,Arrest warrant,2026-11-01";

    // The fifth: GASHI BESNIK, born 1985-01-14.
    private const string Gashi = "RS-5,person,Besnik Gashi,Besnik,Gashi,,1985-01-14,RS,M,,Entry ban,2026-11-01";

    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Tomorrow, as the airline writes it: the flight is still due whenever the test runs.</summary>
    private static string Tomorrow => DateTime.UtcNow.AddDays(1).ToString("yyMMdd", CultureInfo.InvariantCulture);

    private static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. rows]) + "\r\n");

    private static ImportWatchlist.NewWatchlist SerbianList(params string[] sharedWith) =>
        new("Wanted persons", WatchlistSubject.Persons, WatchlistSeverity.High, sharedWith, "Arrest warrants", OwnerUnit: "RS-ACCU-BELGRADE");

    private static async Task<ImportWatchlist.Result> ImportAsync(FeatureHost host, byte[] content, Guid? list = null, ImportWatchlist.NewWatchlist? meta = null, AccessScope? scope = null)
    {
        var outcome = await host.RunAsync<ImportWatchlist.Handler, Outcome<ImportWatchlist.Result>>(scope ?? FeatureHost.CommandLine,
            h => h.HandleAsync(new ImportWatchlist.Command(content, "wanted.csv", list, list is null ? meta ?? SerbianList() : null), default));
        outcome.Kind.ShouldBe(OutcomeKind.Ok, string.Join("; ", outcome.Problems.Select(p => p.Message)));
        await host.RunAsync<ScreeningIndexService, bool>(FeatureHost.CommandLine, async s =>
        {
            await s.Pending;
            return true;
        });
        return outcome.Value!;
    }

    private static Task<Outcome<IngestMessage.Result>> IngestAsync(FeatureHost host, int passengers = 3) =>
        host.RunAsync<IngestMessage.Handler, Outcome<IngestMessage.Result>>(FeatureHost.CommandLine,
            h => h.HandleAsync(new IngestMessage.Command(PassengerSamples.Paxlst(day: Tomorrow, passengers: passengers), "cli:test", "sample.edi", null), default));

    private static async Task<int> HitCountAsync(TestDatabase database)
    {
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        return await db.ScreeningHits.CountAsync(Cancel);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_second_version_with_an_entry_added_one_changed_and_one_removed_says_so(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var first = await ImportAsync(host, Csv(Kovac, Petrovic, Logistics));

        var second = await ImportAsync(host, Csv(Kovac, PetrovicChanged, Krasniqi), first.WatchlistId);

        (first.Version, first.Added, first.Total).ShouldBe((1, 3, 3));
        (second.Version, second.Added, second.Changed, second.Removed, second.Total).ShouldBe((2, 1, 1, 1, 3));
        var diff = (await host.RunAsync<GetWatchlistVersionDiff.Handler, Outcome<GetWatchlistVersionDiff.Diff>>(FeatureHost.CommandLine,
            h => h.HandleAsync(new GetWatchlistVersionDiff.Query(first.WatchlistId, 2), default))).Value!;
        diff.Added.Select(e => e.ExternalId).ShouldBe(["RS-4"]);
        diff.Changed.Select(c => (c.Before.ExternalId, c.Before.Reason, c.After.Reason)).ShouldBe([("RS-2", "Arrest warrant", "Arrest warrant (smuggling of migrants)")]);
        diff.Removed.Select(e => e.ExternalId).ShouldBe(["RS-3"]);
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        (await db.WatchlistEntries.CountAsync(e => e.ToVersion == null, Cancel)).ShouldBe(3);
        (await db.WatchlistEntries.CountAsync(Cancel)).ShouldBe(5);
        var version = await db.WatchlistVersions.SingleAsync(v => v.Number == 2, Cancel);
        version.Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Csv(Kovac, PetrovicChanged, Krasniqi))));
        version.Format.ShouldBe("NationalListCsv");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_file_the_reader_refuses_makes_no_list_and_no_version(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);

        var outcome = await host.RunAsync<ImportWatchlist.Handler, Outcome<ImportWatchlist.Result>>(FeatureHost.CommandLine,
            h => h.HandleAsync(new ImportWatchlist.Command("name,remarks\r\nsomeone,x\r\n"u8.ToArray(), "list.csv", null, SerbianList()), default));

        outcome.Kind.ShouldBe(OutcomeKind.Invalid);
        outcome.Problems[0].Message.ShouldStartWith("The file could not be read");
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        (await db.Watchlists.CountAsync(Cancel)).ShouldBe(0);
        (await db.AuditEntries.CountAsync(e => e.Action == AuditActions.WatchlistImportRefused, Cancel)).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_traveller_ingested_before_the_list_matches_after_the_new_version_once(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        (await IngestAsync(host)).IsOk.ShouldBeTrue();
        var first = await ImportAsync(host, Csv(Kovac, Petrovic));
        (await HitCountAsync(database)).ShouldBe(0);

        await ImportAsync(host, Csv(Kovac, Petrovic, Krasniqi), first.WatchlistId);
        var again = await ImportAsync(host, Csv(Kovac, Petrovic, Krasniqi), first.WatchlistId);

        again.Unchanged.ShouldBeTrue();
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        var hit = await db.ScreeningHits.Include(h => h.Traveller).SingleAsync(Cancel);
        (hit.Traveller!.Surname, hit.EntryExternalId, hit.VersionNumber, hit.Status).ShouldBe(("KRASNIQI", "RS-4", 2, HitStatus.New));
        var explanation = StoredExplanation.Parse(hit.Explanation);
        explanation.Aligned.ShouldNotBeEmpty();
        explanation.Evidence.ShouldContain(e => e.Kind == "DateOfBirth" && e.Effect > 0);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_traveller_arriving_after_the_import_is_screened_on_arrival(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        await ImportAsync(host, Csv(Kovac, Gashi));

        (await IngestAsync(host, passengers: 5)).IsOk.ShouldBeTrue();

        await using var db = database.CreateContext(FeatureHost.CommandLine);
        var hit = await db.ScreeningHits.Include(h => h.Traveller).SingleAsync(Cancel);
        (hit.Traveller!.Surname, hit.EntryExternalId).ShouldBe(("GASHI", "RS-5"));
        hit.Score.ShouldBeGreaterThan(0.9f);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_unit_of_another_jurisdiction_sees_neither_the_hits_nor_a_list_not_shared_with_it(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        await host.AddPersonAsync("belgrade.officer", Role.Officer, "RS-ACCU-BELGRADE");
        await host.AddPersonAsync("tirana.officer", Role.Officer, "AL-ACCU-TIRANA");
        await host.AddPersonAsync("skopje.targeter", Role.Targeter, "MK-ACCU-SKOPJE");
        var list = await ImportAsync(host, Csv(Krasniqi));
        (await IngestAsync(host)).IsOk.ShouldBeTrue();
        var hitId = await HitIdAsync(database);
        var belgrade = await host.AsAsync("belgrade.officer");
        var tirana = await host.AsAsync("tirana.officer");
        var skopje = await host.AsAsync("skopje.targeter");

        (await HitsAsync(host, belgrade)).ShouldBe(1);
        (await ListsAsync(host, belgrade)).ShouldBe(1);
        (await GetHitAsync(host, belgrade, hitId)).ShouldBe(OutcomeKind.Ok);

        // Tirana sees the flight (its arrival end) but not the Serbian list, so not the hit either.
        (await HitsAsync(host, tirana)).ShouldBe(0);
        (await ListsAsync(host, tirana)).ShouldBe(0);
        (await GetHitAsync(host, tirana, hitId)).ShouldBe(OutcomeKind.NotFound);
        (await host.RunAsync<GetWatchlist.Handler, Outcome<GetWatchlist.Details>>(tirana, h => h.HandleAsync(new GetWatchlist.Query(list.WatchlistId), default))).Kind.ShouldBe(OutcomeKind.NotFound);
        (await ListsAsync(host, skopje)).ShouldBe(0);

        // Shared with Albania by a new list of the same content: now Tirana sees that list and its own hit.
        await ImportAsync(host, Csv(Krasniqi), meta: SerbianList("AL") with { Name = "Wanted persons, shared" });
        (await ListsAsync(host, tirana)).ShouldBe(1);
        (await HitsAsync(host, tirana)).ShouldBe(1);
        (await ListsAsync(host, skopje)).ShouldBe(0);
        (await HitsAsync(host, belgrade)).ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Reading_a_list_its_difference_its_entries_and_a_hit_is_audited(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        await host.AddPersonAsync("belgrade.officer", Role.Officer, "RS-ACCU-BELGRADE");
        (await IngestAsync(host)).IsOk.ShouldBeTrue();
        var list = await ImportAsync(host, Csv(Krasniqi, Kovac));
        var officer = await host.AsAsync("belgrade.officer");

        (await host.RunAsync<GetWatchlist.Handler, Outcome<GetWatchlist.Details>>(officer, h => h.HandleAsync(new GetWatchlist.Query(list.WatchlistId), default))).Value!.MayImport.ShouldBeFalse();
        (await host.RunAsync<GetWatchlistVersionDiff.Handler, Outcome<GetWatchlistVersionDiff.Diff>>(officer, h => h.HandleAsync(new GetWatchlistVersionDiff.Query(list.WatchlistId, 1), default))).IsOk.ShouldBeTrue();
        var found = (await host.RunAsync<SearchWatchlistEntries.Handler, Outcome<SearchWatchlistEntries.Result>>(officer, h => h.HandleAsync(new SearchWatchlistEntries.Query(list.WatchlistId, "kovac"), default))).Value!;
        (await GetHitAsync(host, officer, await HitIdAsync(database))).ShouldBe(OutcomeKind.Ok);

        found.Entries.Select(e => e.ExternalId).ShouldBe(["RS-1"]);
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        var actions = await db.AuditEntries.Where(e => e.ActorName == "belgrade.officer").Select(e => e.Action).ToListAsync(Cancel);
        actions.ShouldBe([AuditActions.WatchlistRead, AuditActions.WatchlistEntryRead, AuditActions.WatchlistEntryRead, AuditActions.ScreeningHitRead], ignoreOrder: true);
        (await db.AuditEntries.CountAsync(e => e.Action == AuditActions.WatchlistImported, Cancel)).ShouldBe(1);
        (await db.AuditEntries.CountAsync(e => e.Action == AuditActions.ScreeningHitRaised, Cancel)).ShouldBe(1);
        (await host.RunAsync<ImportWatchlist.Handler, Outcome<ImportWatchlist.Result>>(officer,
            h => h.HandleAsync(new ImportWatchlist.Command(Csv(Kovac), "x.csv", list.WatchlistId), default))).Kind.ShouldBe(OutcomeKind.Forbidden);
    }

    private static async Task<Guid> HitIdAsync(TestDatabase database)
    {
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        return (await db.ScreeningHits.SingleAsync(Cancel)).Id;
    }

    private static async Task<int> HitsAsync(FeatureHost host, AccessScope scope) =>
        (await host.RunAsync<ListHits.Handler, Outcome<IReadOnlyList<ListHits.Row>>>(scope, h => h.HandleAsync(new ListHits.Query(), default))).Value!.Count;

    private static async Task<int> ListsAsync(FeatureHost host, AccessScope scope) =>
        (await host.RunAsync<ListWatchlists.Handler, Outcome<IReadOnlyList<ListWatchlists.Row>>>(scope, h => h.HandleAsync(default))).Value!.Count;

    private static async Task<OutcomeKind> GetHitAsync(FeatureHost host, AccessScope scope, Guid id) =>
        (await host.RunAsync<GetHit.Handler, Outcome<GetHit.Details>>(scope, h => h.HandleAsync(new GetHit.Query(id), default))).Kind;
}
