using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Portcullis.BrowserTests;

/// <summary>
/// A vessel's manifest for Durrës arrives (the sample CUSCAR ingested from the command line, as a
/// carrier's file would be): the Durrës port officer opens the call from the cargo list, reads the
/// manifest, then a bill with its parties, goods and containers.
/// </summary>
public sealed class CargoJourneys(PortcullisServer server, ChromiumBrowser chromium)
{
    [Fact]
    public async Task A_port_officer_opens_a_vessel_call_and_a_bill_with_its_parties_goods_and_containers()
    {
        await using var browser = await chromium.NewSessionAsync(server);
        var (exit, output) = await server.RunCommandAsync("ingest", Path.Combine(TestDataDirectory(), "cargo", "cuscar", "durres-original.edi"), "--jurisdiction", "AL");
        exit.ShouldBe(0, output);

        // al.officer is the demo's officer of Albania's first unit, the Port Control Unit Durrës.
        await browser.SignInAsync("al.officer");
        await browser.Page.Locator("header nav").GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Cargo", Exact = true }).ClickAsync();
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

        await browser.Page.GetByTestId("consignment-row").Filter(new() { HasText = "ADRL0412DRZ001" }).GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "ADRL0412DRZ001" }).ClickAsync();
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

        await browser.Page.GetByTestId("parties-table").GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "ISTANBUL TEKSTIL AS" }).ClickAsync();
        await Expect(browser.Page.GetByTestId("party-name")).ToHaveTextAsync("ISTANBUL TEKSTIL AS");
        await Expect(browser.Page.GetByTestId("party-consignments")).ToContainTextAsync("ADRL0412DRZ001");
        await browser.SaveScreenshotAsync("cargo-party");
        await browser.Page.GoBackAsync();
        await browser.Page.GetByTestId("containers-table").GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "CSQU3054383" }).ClickAsync();
        await Expect(browser.Page.GetByTestId("container-number")).ToHaveTextAsync("CSQU3054383");
        await Expect(browser.Page.GetByTestId("container-movements")).ToContainTextAsync("AL123456");
        await browser.SaveScreenshotAsync("cargo-container");

        browser.ConsoleErrors.ShouldBeEmpty();
    }

    private static string TestDataDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "testdata", "cargo")))
            {
                return Path.Combine(directory.FullName, "testdata");
            }
        }

        throw new DirectoryNotFoundException("testdata/ not found above " + AppContext.BaseDirectory);
    }
}
