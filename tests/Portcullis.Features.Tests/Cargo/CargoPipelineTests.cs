using Microsoft.EntityFrameworkCore;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Cargo;
using Portcullis.Domain.Passengers;
using Portcullis.Domain.Targeting;
using Portcullis.Domain.Watchlists;
using Portcullis.Features.Passengers;
using Portcullis.Features.Targeting;
using Portcullis.Features.Targeting.Queue;
using Portcullis.Testing;

namespace Portcullis.Features.Tests.Cargo;

/// <summary>
/// Cargo from a received manifest to the unit's queue, on both databases: the manifest stored as a
/// vessel call with its bills, parties (with history), goods and containers (with movements); an
/// amendment counted once however often it is reprocessed; parties and containers screened; consignment
/// profiles raising targets with explanations that a PCU officer works to an inspection result.
/// </summary>
public sealed class CargoPipelineTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_manifest_is_stored_as_a_vessel_call_with_its_bills_parties_goods_and_containers(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await CargoWorld.CreateAsync(host);

        var ingested = await world.IngestAsync(CargoWorld.Sample("durres-original.edi"));

        ingested.Status.ShouldBeOneOf(MessageStatus.Processed, MessageStatus.ProcessedWithWarnings);
        ingested.Format.ShouldBe("CUSCAR");
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        var voyage = await db.CargoVoyages.SingleAsync(Cancel);
        (voyage.Mode, voyage.Port, voyage.VesselName, voyage.ImoNumber, voyage.Number, voyage.Location, voyage.Jurisdiction)
            .ShouldBe((CargoModes.Sea, "ALDRZ", "MV ADRIATIC STAR", "9074729", "0412E", "durres-port", "AL"));
        voyage.ConsignmentCount.ShouldBe(2);
        var bill = await db.CargoConsignments.Include(c => c.Goods).Include(c => c.Parties).Include(c => c.Movements).ThenInclude(m => m.Container)
            .SingleAsync(c => c.Number == "ADRL0412DRZ001", Cancel);
        (bill.Origin, bill.PortOfLoading, bill.Transshipments, bill.PortOfDischarge).ShouldBe(("TRIST", "TRAMB", "ITGIT", "ALDRZ"));
        bill.Parties.Select(p => p.Role).ShouldContain("consignee");
        bill.Parties.Single(p => p.Role == "consignee").Name.ShouldBe("TIRANA TRADE SHPK");
        bill.Goods.ShouldContain(g => g.HsCode == "610910");
        bill.Movements.ShouldNotBeEmpty();
        var consignee = await db.TradeParties.SingleAsync(p => p.Name == "TIRANA TRADE SHPK", Cancel);
        (consignee.Jurisdiction, consignee.Kind, consignee.ConsignmentCount).ShouldBe(("AL", PartyKinds.Organisation, 1));
        consignee.Identifier.ShouldBe("eori:AL12345678A");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_amendment_counts_once_however_often_it_is_reprocessed_and_houses_find_their_master(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await CargoWorld.CreateAsync(host);
        await world.IngestAsync(CargoWorld.Sample("bar-original.edi"));
        var amendment = await world.IngestAsync(CargoWorld.Sample("bar-amendment.edi"), "amendment.edi");

        var reprocessed = await host.RunAsync<ReprocessMessage.Handler, Outcome<IngestMessage.Result>>(FeatureHost.CommandLine,
            h => h.HandleAsync(new ReprocessMessage.Command(amendment.Id), default));

        reprocessed.Kind.ShouldBe(OutcomeKind.Ok, string.Join("; ", reprocessed.Problems.Select(p => p.Message)));
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        var voyage = await db.CargoVoyages.SingleAsync(Cancel);
        voyage.AmendmentCount.ShouldBe(1);
        var amended = await db.CargoConsignments.Where(c => c.AmendmentCount > 0).ToListAsync(Cancel);
        amended.ShouldNotBeEmpty();
        amended.ShouldAllBe(c => c.AmendmentCount == 1 && c.AmendedAt != null);
        var houses = await db.CargoConsignments.Where(c => c.MasterNumber != null).ToListAsync(Cancel);
        houses.ShouldNotBeEmpty();
        houses.ShouldAllBe(h => h.MasterId != null);
        (await db.TradeParties.MaxAsync(p => p.ConsignmentCount, Cancel)).ShouldBeLessThanOrEqualTo(3, "a reprocess must not count a party's consignments again");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_consignment_profile_targets_the_bill_and_a_pcu_officer_records_the_inspection_result(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await CargoWorld.CreateAsync(host);
        await world.NoRandomSelectionAsync();
        await world.ActivateAsync(CargoWorld.Profile("any(route.transshipments, t => t.place = \"ITGIT\") and any(goods, g => g.hs.chapter = \"61\")"));

        await world.IngestAsync(CargoWorld.Sample("durres-original.edi"));

        var queue = (await world.RunAsync<ListTargets.Handler, ListTargets.Result>(world.Officer, h => h.HandleAsync(new ListTargets.Query(), Cancel))).Value!;
        var row = queue.Rows.ShouldHaveSingleItem();
        row.SubjectName.ShouldStartWith("ADRL0412DRZ001");
        row.Flight.ShouldBe("MV ADRIATIC STAR 0412E");
        (row.Score, row.Lane).ShouldBe((80, Lane.Red));
        var details = (await world.RunAsync<GetTarget.Handler, GetTarget.Details>(world.Officer, h => h.HandleAsync(new GetTarget.Query(row.Id), Cancel))).Value!;
        details.Consignment!.Number.ShouldBe("ADRL0412DRZ001");
        var why = details.Profiles.ShouldHaveSingleItem().Explanation;
        why.Conditions.ShouldAllBe(c => c.Held);
        why.Conditions.SelectMany(c => c.Values).ShouldContain(v => v.Expression.Contains("ITGIT") && v.Shown == "1", "the explanation counts the transshipments through Gioia Tauro");
        var barQueue = (await world.RunAsync<ListTargets.Handler, ListTargets.Result>(world.BarOfficer, h => h.HandleAsync(new ListTargets.Query(), Cancel))).Value!;
        barQueue.Rows.ShouldBeEmpty("Bar's unit does not see Durrës's targets");

        var taken = await world.RunAsync<TakeTarget.Handler, Guid>(world.Officer, h => h.HandleAsync(new TakeTarget.Command(), Cancel));
        taken.Value.ShouldBe(row.Id);
        (await world.RunAsync<WorkTarget.Handler, TargetStatus>(world.Officer, h => h.HandleAsync(new WorkTarget.Command(row.Id, WorkTarget.TargetStep.Refer, Note: "Open container"), Cancel)))
            .Value.ShouldBe(TargetStatus.Referred);
        (await world.RunAsync<WorkTarget.Handler, TargetStatus>(world.Officer, h => h.HandleAsync(
                new WorkTarget.Command(row.Id, WorkTarget.TargetStep.RecordResult, Result: InspectionResult.Positive, Findings: "42 kg cocaine in the roof lining"), Cancel)))
            .Value.ShouldBe(TargetStatus.Inspected);

        await using var db = database.CreateContext(FeatureHost.CommandLine);
        var target = await db.Targets.SingleAsync(Cancel);
        (target.SubjectKind, target.Result, target.ResultBy, target.TravellerId).ShouldBe((SubjectKinds.Consignment, InspectionResult.Positive, "drz.officer", (Guid?)null));
        (await db.AuditEntries.CountAsync(e => e.Action == AuditActions.TargetInspected, Cancel)).ShouldBe(1);
        var stats = await world.RunAsync<ProfileStats.Handler, ProfileStats.Result>(world.Head, h => h.HandleAsync(new ProfileStats.Query(), Cancel));
        stats.Value!.Versions.ShouldContain(v => v.Figures.Positives == 1 && v.Figures.Evaluated == 2);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_listed_company_written_with_another_legal_form_and_a_listed_container_are_hits_that_raise_a_target(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await CargoWorld.CreateAsync(host);
        await world.NoRandomSelectionAsync();
        await world.ImportListAsync("AL-ORG-1,organisation,Tirana Trade Sh.p.k.,,,,,AL,,,Customs fraud,2026-01-01", WatchlistSubject.Organisations);
        await world.ImportListAsync("AL-CN-1,container,CSQU3054383,,,,,,,,Seen in a cocaine seizure at Gioia Tauro,2026-02-01", WatchlistSubject.VehiclesAndContainers);

        await world.IngestAsync(CargoWorld.Sample("durres-original.edi"));

        await using var db = database.CreateContext(FeatureHost.CommandLine);
        var hits = await db.CargoHits.Include(h => h.Consignment).OrderBy(h => h.Subject).ToListAsync(Cancel);
        hits.Select(h => (h.Subject, h.ScreenedText)).ShouldBe([(CargoHitSubjects.Container, "CSQU3054383"), (CargoHitSubjects.Party, "TIRANA TRADE SHPK")]);
        hits.Single(h => h.Subject == CargoHitSubjects.Party).Role.ShouldBe("consignee");
        var target = await db.Targets.SingleAsync(Cancel);
        target.ConsignmentId.ShouldBe(hits[0].ConsignmentId);
        target.WatchlistHitCount.ShouldBe(2);
        target.Lane.ShouldBe(Lane.Red);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_company_listed_after_its_manifest_arrived_is_found_by_the_rescreen_and_targeted(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await CargoWorld.CreateAsync(host);
        await world.NoRandomSelectionAsync();
        await world.IngestAsync(CargoWorld.Sample("durres-original.edi"));

        // The sample's call arrived days ago: move it to tomorrow, so that it is still due when the list is imported.
        await using (var db = database.CreateContext(FeatureHost.CommandLine))
        {
            var tomorrow = DateTime.SpecifyKind(DateTime.UtcNow.AddDays(1), DateTimeKind.Unspecified);
            await db.CargoVoyages.ExecuteUpdateAsync(s => s.SetProperty(v => v.Arrival, tomorrow), Cancel);
        }

        await world.ImportListAsync("AL-ORG-2,organisation,Durres Foods Sh.p.k.,,,,,AL,,,Customs fraud,2026-01-01", WatchlistSubject.Organisations);

        await using var check = database.CreateContext(FeatureHost.CommandLine);
        var hit = await check.CargoHits.Include(h => h.Consignment).SingleAsync(Cancel);
        (hit.ScreenedText, hit.Role, hit.Consignment!.Number).ShouldBe(("DURRES FOODS SHPK", "consignee", "ADRL0412DRZ002"));
        (await check.Targets.SingleAsync(Cancel)).ConsignmentId.ShouldBe(hit.ConsignmentId);
    }

    [Fact]
    public async Task The_reference_data_adds_warnings_for_an_unknown_hs_code_a_description_that_does_not_fit_and_an_unknown_port()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var host = new FeatureHost(database);
        var world = await CargoWorld.CreateAsync(host);
        var document = new Formats.Cargo.CargoDocument
        {
            Format = "CUSCAR",
            Messages =
            [
                new Formats.Cargo.CargoMessage
                {
                    Type = "CUSCAR",
                    Voyage = new Formats.Cargo.Voyage { VesselName = "MV TEST", VoyageNumber = "1E", PortOfCall = "ALDRZ" },
                    Consignments =
                    [
                        new Formats.Cargo.Consignment
                        {
                            Number = "BL-1",
                            PortOfLoading = "ALXXX",
                            PortOfDischarge = "ALDRZ",
                            Goods =
                            [
                                new Formats.Cargo.GoodsItem { Sequence = 1, Description = "FRESH BANANAS", HsCode = "847130" },
                                new Formats.Cargo.GoodsItem { Sequence = 2, Description = "SPARE PARTS", HsCode = "999999" },
                            ],
                        },
                    ],
                },
            ],
        };

        var ingested = await world.IngestAsync(System.Text.Encoding.UTF8.GetBytes(Formats.Cargo.CargoJson.Write(document)), "manifest.json");

        ingested.Status.ShouldBe(MessageStatus.ProcessedWithWarnings);
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        var diagnostics = (await db.ReceivedMessages.SingleAsync(m => m.Id == ingested.Id, Cancel)).Diagnostics;
        diagnostics.ShouldContain("cargo.hs-description");
        diagnostics.ShouldContain("cargo.hs-not-found");
        diagnostics.ShouldContain("cargo.place-unknown");
        diagnostics.ShouldContain("ALXXX");
    }
}
