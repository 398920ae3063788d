using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portcullis.BrowserTests;

/// <summary>
/// The Durrës port officer works a vessel call of the demo's cargo from the manifest to an inspection
/// result. And a vessel's manifest for Durrës arrives (the sample CUSCAR ingested from the command line, as a
/// carrier's file would be): the Durrës port officer opens the call from the cargo list, reads the
/// manifest, then a bill with its parties, goods and containers.
/// </summary>
public sealed class CargoJourneys(PortcullisServer server, ChromiumBrowser chromium)
{
    [Fact]
    public async Task A_port_officer_opens_a_vessel_call_and_a_bill_with_its_parties_goods_and_containers()
    {
        await using var browser = await chromium.NewSessionAsync(server);
        var (exit, output) = await server.RunCommandAsync("ingest", RepositoryFolders.TestData("cargo", "cuscar", "durres-original.edi"), "--jurisdiction", "AL");
        exit.ShouldBe(0, output);

        // al.officer is the demo's officer of Albania's first unit, the Port Control Unit Durrës.
        await browser.SignInAsync("al.officer");
        await browser.Page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "Cargo", Exact = true }).ClickAsync();
        await Expect(browser.Page).ToHaveURLAsync(server.Url("/cargo").ToString());
        var call = browser.Page.GetByTestId("voyage-row").Filter(new() { HasText = "MV ADRIATIC STAR" });
        await Expect(call).ToHaveCountAsync(1);
        await browser.SaveScreenshotAsync("cargo");

        await call.Locator("a").First.ClickAsync();
        await Expect(browser.Page).ToHaveURLAsync(new Regex("/cargo/voyages/[0-9a-f-]{36}$"));
        await Expect(browser.Page.GetByTestId("consignment-row")).ToHaveCountAsync(2);
        await Expect(browser.Page.GetByTestId("consignments-table")).ToContainTextAsync("ISTANBUL TEKSTIL AS");
        await Expect(browser.Page.GetByTestId("consignments-table")).ToContainTextAsync("OLIVE OIL IN BOTTLES");
        await browser.SaveScreenshotAsync("cargo-manifest");

        await browser.Page.GetByTestId("consignment-row").Filter(new() { HasText = "ADRL0412DRZ001" }).GetByRole(AriaRole.Link, new() { Name = "ADRL0412DRZ001" }).ClickAsync();
        await Expect(browser.Page).ToHaveURLAsync(new Regex("/cargo/consignments/[0-9a-f-]{36}$"));
        await Expect(browser.Page.GetByTestId("consignment-number")).ToHaveTextAsync("ADRL0412DRZ001");
        await Expect(browser.Page.GetByTestId("party-row")).ToHaveCountAsync(4);
        await Expect(browser.Page.GetByTestId("parties-table")).ToContainTextAsync("TIRANA TRADE SHPK");
        await Expect(browser.Page.GetByTestId("goods-row")).ToHaveCountAsync(2);
        await Expect(browser.Page.GetByTestId("goods-table")).ToContainTextAsync("COTTON T-SHIRTS");
        await Expect(browser.Page.GetByTestId("hs-description").First).ToContainTextAsync("T-shirts");
        await Expect(browser.Page.GetByTestId("container-row")).ToHaveCountAsync(2);
        await Expect(browser.Page.GetByTestId("containers-table")).ToContainTextAsync("CSQU3054383");
        await Expect(browser.Page.GetByTestId("whole-route")).ToContainTextAsync("ITGIT");
        await browser.SaveScreenshotAsync("cargo-consignment");

        await browser.Page.GetByTestId("parties-table").GetByRole(AriaRole.Link, new() { Name = "ISTANBUL TEKSTIL AS" }).ClickAsync();
        await Expect(browser.Page.GetByTestId("party-name")).ToHaveTextAsync("ISTANBUL TEKSTIL AS");
        await Expect(browser.Page.GetByTestId("party-consignments")).ToContainTextAsync("ADRL0412DRZ001");
        await browser.SaveScreenshotAsync("cargo-party");
        await browser.Page.GoBackAsync();
        await browser.Page.GetByTestId("containers-table").GetByRole(AriaRole.Link, new() { Name = "CSQU3054383" }).ClickAsync();
        await Expect(browser.Page.GetByTestId("container-number")).ToHaveTextAsync("CSQU3054383");
        await Expect(browser.Page.GetByTestId("container-movements")).ToContainTextAsync("AL123456");
        await browser.SaveScreenshotAsync("cargo-container");

        browser.ConsoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_port_officer_opens_a_vessel_call_takes_its_top_scored_consignment_reads_why_refers_it_and_records_the_result()
    {
        await using var officer = await chromium.NewSessionAsync(server);

        // The demo's day of cargo is ingested with the starter profiles in force at the PCU Durrës.
        await officer.SignInAsync("al.officer");
        await officer.GotoAsync("/cargo");
        var calls = officer.Page.GetByTestId("voyage-row").Filter(new() { HasText = "ALDRZ" });
        var count = await calls.CountAsync();
        count.ShouldBeGreaterThan(0, "the demo traffic has vessel calls at Durrës");
        ILocator? top = null;
        for (var i = 0; i < count && top is null; i++)
        {
            await calls.Nth(i).Locator("a").First.ClickAsync();
            await Expect(officer.Page).ToHaveURLAsync(new Regex("/cargo/voyages/[0-9a-f-]{36}$"));
            var first = officer.Page.GetByTestId("consignment-row").First;
            if (await first.GetByTestId("consignment-target").Locator("a").CountAsync() > 0)
            {
                top = first;
            }
            else
            {
                await officer.GotoAsync("/cargo");
            }
        }

        top.ShouldNotBeNull("a Durrës call has a targeted consignment");
        var scores = await officer.Page.GetByTestId("consignment-target").Locator(".score").AllTextContentsAsync();
        var topScore = int.Parse(scores[0], CultureInfo.InvariantCulture);
        scores.Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ShouldAllBe(s => s <= topScore, "the manifest lists the top-scored consignment first");
        await officer.SaveScreenshotAsync("cargo-call-targets");

        await top.Locator("td").Nth(1).Locator("a").First.ClickAsync();
        await Expect(officer.Page).ToHaveURLAsync(new Regex("/cargo/consignments/[0-9a-f-]{36}$"));
        await officer.Page.GetByTestId("consignment-target").GetByRole(AriaRole.Link, new() { Name = "Open the target" }).ClickAsync();
        await Expect(officer.Page).ToHaveURLAsync(new Regex("/targets/[0-9a-f-]{36}$"));
        await Expect(officer.Page.GetByTestId("target-consignment")).ToBeVisibleAsync();
        var why = officer.Page.GetByTestId("why-selected");
        await Expect(why.GetByTestId("profile-reason").Or(why.GetByTestId("list-reason")).First).ToBeVisibleAsync();
        await officer.SaveScreenshotAsync("cargo-target");

        await officer.Page.GetByTestId("take").ClickAsync();
        await Expect(officer.Page.GetByTestId("target-status")).ToHaveTextAsync("In review");
        await officer.Page.Locator("#refer-note").FillAsync("Scan the reefer; open the third pallet row.");
        await officer.Page.GetByTestId("refer").ClickAsync();
        await Expect(officer.Page.GetByTestId("target-status")).ToHaveTextAsync("Referred for inspection");
        await officer.Page.Locator("#result-Positive").CheckAsync();
        await officer.Page.Locator("#Findings").FillAsync("38 kg of cocaine in banana boxes behind the cooling unit.");
        await officer.Page.GetByTestId("record-result").ClickAsync();
        await Expect(officer.Page.GetByTestId("target-result")).ToContainTextAsync("Positive");
        await officer.SaveScreenshotAsync("cargo-target-result");

        officer.ConsoleErrors.ShouldBeEmpty();
    }
}
