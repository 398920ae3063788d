using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portcullis.BrowserTests;

/// <summary>
/// The demo server imported a demonstration watchlist: a targeter uploads a new version of it that
/// names a traveller already on one of their airport's flights, sees what the version changed, and an
/// officer of the same unit opens the traveller's hit and reads the explanation beside the two records.
/// </summary>
public sealed partial class WatchlistJourneys(PortcullisServer server, ChromiumBrowser chromium)
{
    // The background re-screen after an import takes a moment; a bound so a broken one fails, not hangs.
    private static readonly TimeSpan HitLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_targeter_uploads_a_version_naming_a_traveller_and_an_officer_reads_the_hit()
    {
        await using var targeter = await chromium.NewSessionAsync(server);
        await targeter.SignInAsync("rs.targeter");

        // A passenger of the unit's airport, as the flight page lists them.
        await targeter.GotoAsync("/flights");
        await targeter.Page.GetByTestId("flights-table").Locator("tbody tr a").First.ClickAsync();
        await targeter.Page.GetByTestId("passengers-table").Locator("tbody tr").Last.Locator("a").First.ClickAsync();
        await Expect(targeter.Page).ToHaveURLAsync(TravellerUrl());
        var travellerPath = new Uri(targeter.Page.Url).AbsolutePath;
        var name = (await targeter.Page.GetByTestId("traveller-name").InnerTextAsync()).Trim();
        var (surname, given) = (name.Split(", ")[0], name.Split(", ")[1]);

        // The list as the demo imported it, with one entry more.
        var current = await File.ReadAllTextAsync(Path.Combine(server.Folder, "data", "demo-national-list.csv"), TestContext.Current.CancellationToken);
        var next = current + $"DEMO-JOURNEY-1,person,{given} {surname},{given},{surname},,,,,,,,,,,,Named by the browser journey,2026-11-28,\r\n";

        await targeter.GotoAsync("/watchlists");
        await targeter.Page.GetByTestId("watchlists-table").GetByRole(AriaRole.Link, new() { Name = "Demonstration national list" }).ClickAsync();
        await Expect(targeter.Page.GetByTestId("versions-table")).ToBeVisibleAsync();
        await targeter.Page.GetByTestId("import-version").ClickAsync();
        await targeter.Page.Locator("#Upload").SetInputFilesAsync(new FilePayload { Name = "demo-national-list-v2.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(next) });
        await targeter.Page.GetByTestId("import-form").GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();

        await Expect(targeter.Page).ToHaveURLAsync(new Regex("/watchlists/[0-9a-f-]{36}/versions/2$"));
        await Expect(targeter.Page.GetByTestId("version-summary")).ToContainTextAsync("1 added, 0 changed, 0 removed");
        await Expect(targeter.Page.GetByTestId("added")).ToContainTextAsync("DEMO-JOURNEY-1");
        await targeter.SaveScreenshotAsync("watchlist-version");

        await using var officer = await chromium.NewSessionAsync(server);
        await officer.SignInAsync("rs.officer");
        var hits = officer.Page.GetByTestId("traveller-hits");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            await officer.GotoAsync(travellerPath);
        }
        while (await hits.CountAsync() == 0 && waited.Elapsed < HitLimit && await Pause());
        await Expect(hits).ToContainTextAsync("DEMO-JOURNEY-1");
        await hits.Locator("tbody tr").Filter(new() { HasText = "DEMO-JOURNEY-1" }).Locator("a").First.ClickAsync();

        await Expect(officer.Page).ToHaveURLAsync(new Regex("/hits/[0-9a-f-]{36}$"));
        await Expect(officer.Page.GetByTestId("traveller-side")).ToContainTextAsync(surname);
        await Expect(officer.Page.GetByTestId("entry-side")).ToContainTextAsync("Demonstration national list");
        await Expect(officer.Page.GetByTestId("entry-side")).ToContainTextAsync("Named by the browser journey");
        await Expect(officer.Page.GetByTestId("aligned-parts")).ToContainTextAsync("same spelling");
        await Expect(officer.Page.GetByTestId("explanation")).ToBeVisibleAsync();
        await officer.SaveScreenshotAsync("hit");
        officer.ConsoleErrors.ShouldBeEmpty();
        targeter.ConsoleErrors.ShouldBeEmpty();
    }

    [GeneratedRegex("/travellers/[0-9a-f-]{36}$")]
    private static partial Regex TravellerUrl();

    private static async Task<bool> Pause()
    {
        await Task.Delay(500);
        return true;
    }
}
