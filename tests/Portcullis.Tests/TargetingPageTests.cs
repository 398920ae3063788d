using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Portcullis.Features;
using Portcullis.Features.Passengers;
using Portcullis.Features.Targeting;
using Portcullis.Testing;

namespace Portcullis.Tests;

/// <summary>
/// The work queue through the pages: the unit's officer sees and takes its targets, the live update
/// answers 204 while nothing changed, and an officer of the flight's other end, a Durrës officer and a
/// coordinator get nothing.
/// </summary>
public abstract partial class TargetingPageTests(AppFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_units_officer_takes_a_target_and_no_one_else_sees_it()
    {
        // Every traveller of a Belgrade → Tirana flight picked at random for Tirana: targets without a profile.
        (await fixture.Host.RunAsync<ChangeTargetingSettings.Handler, Outcome<Domain.Targeting.TargetingSettings>>(FeatureHost.CommandLine,
            h => h.HandleAsync(new ChangeTargetingSettings.Command(70, 40, 100, PeopleWorld.TiranaUnit), Cancel))).IsOk.ShouldBeTrue();
        var day = DateTime.UtcNow.AddDays(1).ToString("yyMMdd", CultureInfo.InvariantCulture);
        (await fixture.Host.RunAsync<IngestMessage.Handler, Outcome<IngestMessage.Result>>(FeatureHost.CommandLine,
            h => h.HandleAsync(new IngestMessage.Command(PassengerSamples.Paxlst(flight: "JU180", day: day, passengers: 2), "cli:test", "ju180.edi", null), Cancel))).IsOk.ShouldBeTrue();

        var officer = await fixture.App.SignedInAsync("tirana.officer");
        var queue = await officer.GetStringAsync("/targets", Cancel);
        var stamp = StampPattern().Match(queue).Groups[1].Value;
        var unchanged = await officer.GetAsync($"/targets?handler=Rows&closed=false&since={Uri.EscapeDataString(stamp)}", Cancel);
        var take = await PortcullisApp.PostFormAsync(officer, "/targets", "/targets?handler=TakeNext");
        var target = take.Headers.Location?.OriginalString ?? "";
        var changed = await officer.GetStringAsync($"/targets?handler=Rows&closed=false&since={Uri.EscapeDataString(stamp)}", Cancel);

        queue.ShouldContain("JU 180");
        unchanged.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        take.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        target.ShouldMatch("^/targets/[0-9a-f-]{36}$");
        changed.ShouldContain("tirana.officer", customMessage: "the rows came back with the new holder");
        (await officer.GetAsync(target, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var belgrade = await fixture.App.SignedInAsync("belgrade.officer");
        (await belgrade.GetAsync(target, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await belgrade.GetStringAsync("/targets", Cancel)).ShouldNotContain("JU 180");
        var durres = await fixture.App.SignedInAsync("durres.officer");
        (await durres.GetAsync(target, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var coordinator = await fixture.App.SignedInAsync("coordinator");
        foreach (var path in new[] { "/targets", target, "/profiles" })
        {
            var denied = await coordinator.GetAsync(path, Cancel);
            denied.StatusCode.ShouldBe(HttpStatusCode.Redirect, path);
            denied.Headers.Location!.ToString().ShouldContain("/account/access-denied", customMessage: path);
        }
    }

    [GeneratedRegex("data-stamp=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex StampPattern();
}

public sealed class TargetingPageTestsOnSqlite(SqliteApp fixture) : TargetingPageTests(fixture), IClassFixture<SqliteApp>;

public sealed class TargetingPageTestsOnPostgres(PostgresApp fixture) : TargetingPageTests(fixture), IClassFixture<PostgresApp>;
