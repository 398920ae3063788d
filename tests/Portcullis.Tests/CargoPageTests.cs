using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.People;
using Portcullis.Features;
using Portcullis.Features.Passengers;
using Portcullis.Features.Targeting;
using Portcullis.Testing;

namespace Portcullis.Tests;

/// <summary>
/// The cargo pages: a Durrës port officer opens the vessel calls, the manifest of the Durrës call, a
/// bill, its shipper's history and a container's; each read that names a party is audited. An officer
/// of Bar (the same kind of unit in another jurisdiction), one of Tirana airport (same jurisdiction,
/// another location) and a coordinator see none of it; the Durrës auditor reads the manifest.
/// </summary>
public abstract partial class CargoPageTests(AppFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_Durres_officer_reads_the_call_the_bill_the_party_and_the_container_and_others_do_not()
    {
        // Every consignment picked at random for Durrës: targets without a profile, so the manifest shows them.
        (await fixture.Host.RunAsync<ChangeTargetingSettings.Handler, Outcome<Domain.Targeting.TargetingSettings>>(FeatureHost.CommandLine,
            h => h.HandleAsync(new ChangeTargetingSettings.Command(70, 40, 100, PeopleWorld.DurresUnit), Cancel))).IsOk.ShouldBeTrue();
        var bytes = await File.ReadAllBytesAsync(RepositoryFolders.TestData("cargo", "cuscar", "durres-original.edi"), Cancel);
        var ingested = await fixture.Host.RunAsync<IngestMessage.Handler, Outcome<IngestMessage.Result>>(FeatureHost.CommandLine,
            h => h.HandleAsync(new IngestMessage.Command(bytes, "cli:test", "durres-original.edi", "AL"), Cancel));
        ingested.IsOk.ShouldBeTrue();
        await fixture.Host.AddPersonAsync("bar.officer", Role.Officer, "ME-PCU-BAR");

        var officer = await fixture.App.SignedInAsync("durres.officer");
        var list = await officer.GetStringAsync("/cargo", Cancel);
        var voyage = Link(list, "voyages");
        var manifest = await officer.GetStringAsync(voyage, Cancel);
        var bill = LinkBefore(manifest, "consignments", "ADRL0412DRZ001</code>");
        var consignment = await officer.GetStringAsync(bill, Cancel);
        var party = LinkBefore(consignment, "parties", "<strong>ISTANBUL TEKSTIL AS</strong></a>");
        var container = Link(consignment, "containers", after: "data-testid=\"containers-table\"");
        var history = await officer.GetStringAsync(party, Cancel);
        var movements = await officer.GetStringAsync(container, Cancel);

        list.ShouldContain("data-testid=\"voyage-row\"");
        list.ShouldContain("MV ADRIATIC STAR 0412E");
        (await officer.GetStringAsync("/", Cancel)).ShouldContain("href=\"/cargo\"", customMessage: "the menu offers the cargo pages");
        Regex.Count(manifest, "data-testid=\"consignment-row\"").ShouldBe(2);
        manifest.ShouldContain("ISTANBUL TEKSTIL AS");
        manifest.ShouldContain("COTTON T-SHIRTS KNITTED");
        Regex.Count(manifest, "href=\"/targets/[0-9a-f-]{36}\"").ShouldBe(2, "both bills were picked at random for the unit");
        consignment.ShouldContain("TIRANA TRADE SHPK");
        consignment.ShouldContain("import@tiranatrade.example");
        consignment.ShouldContain("TR1234567890");
        consignment.ShouldContain("T-shirts", customMessage: "the HS 2022 description of 610910");
        consignment.ShouldContain("CSQU3054383");
        consignment.ShouldContain("TR998877");
        consignment.ShouldContain("ITGIT", customMessage: "the transshipment port");
        consignment.ShouldMatch("data-testid=\"consignment-target\"[^>]*>\\s*<a href=\"/targets/[0-9a-f-]{36}\"");
        history.ShouldContain("data-testid=\"party-consignment-row\"");
        history.ShouldContain("ADRL0412DRZ001");
        movements.ShouldContain("data-testid=\"movement-row\"");
        movements.ShouldContain("ADRL0412DRZ001");

        var auditor = await fixture.App.SignedInAsync("durres.auditor");
        (await auditor.GetAsync(voyage, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var bar = await fixture.App.SignedInAsync("bar.officer");
        (await bar.GetStringAsync("/cargo", Cancel)).ShouldNotContain("ADRIATIC STAR");
        var tirana = await fixture.App.SignedInAsync("tirana.officer");
        foreach (var path in new[] { voyage, bill, party, container })
        {
            (await bar.GetAsync(path, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
            (await tirana.GetAsync(path, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
        }

        var coordinator = await fixture.App.SignedInAsync("coordinator");
        var denied = await coordinator.GetAsync("/cargo", Cancel);
        denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        denied.Headers.Location!.ToString().ShouldContain("/account/access-denied");

        await using var db = fixture.Database.CreateContext(FeatureHost.CommandLine);
        var reads = await db.AuditEntries.Where(e => e.ActorName == "durres.officer").Select(e => new { e.Action, e.SubjectId }).ToListAsync(Cancel);
        reads.ShouldContain(new { Action = AuditActions.VoyageRead, SubjectId = (string?)Id(voyage) });
        reads.ShouldContain(new { Action = AuditActions.ConsignmentRead, SubjectId = (string?)Id(bill) });
        reads.ShouldContain(new { Action = AuditActions.PartyRead, SubjectId = (string?)Id(party) });
        reads.ShouldContain(new { Action = AuditActions.ContainerRead, SubjectId = (string?)Id(container) });
    }

    /// <summary>The first link to /cargo/{kind}/{id} in the page after <paramref name="after"/>.</summary>
    private static string Link(string html, string kind, string after = "")
    {
        var match = Regex.Match(html[html.IndexOf(after, StringComparison.Ordinal)..], $"/cargo/{kind}/[0-9a-f-]{{36}}", RegexOptions.CultureInvariant);
        match.Success.ShouldBeTrue($"no link to /cargo/{kind} after \"{after}\"");
        return match.Value;
    }

    /// <summary>The last link to /cargo/{kind}/{id} in the page before <paramref name="before"/>: a table row's link precedes its text.</summary>
    private static string LinkBefore(string html, string kind, string before)
    {
        var matches = Regex.Matches(html[..html.IndexOf(before, StringComparison.Ordinal)], $"/cargo/{kind}/[0-9a-f-]{{36}}", RegexOptions.CultureInvariant);
        matches.Count.ShouldBeGreaterThan(0, $"no link to /cargo/{kind} before \"{before}\"");
        return matches[^1].Value;
    }

    private static string Id(string path) => path[(path.LastIndexOf('/') + 1)..];
}

public sealed class CargoPageTestsOnSqlite(SqliteApp fixture) : CargoPageTests(fixture), IClassFixture<SqliteApp>;

public sealed class CargoPageTestsOnPostgres(PostgresApp fixture) : CargoPageTests(fixture), IClassFixture<PostgresApp>;
