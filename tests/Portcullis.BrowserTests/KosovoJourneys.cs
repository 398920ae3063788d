using static Microsoft.Playwright.Assertions;

namespace Portcullis.BrowserTests;

/// <summary>Kosovo* is always named with its asterisk, and the page that names it carries the footnote.</summary>
public sealed class KosovoJourneys(PortcullisServer server, ChromiumBrowser chromium)
{
    [Fact]
    public async Task A_Kosovo_officer_sees_Kosovo_with_its_asterisk_and_the_UNSCR_1244_footnote()
    {
        await using var browser = await chromium.NewSessionAsync(server);

        await browser.SignInAsync("xk.officer");

        await Expect(browser.WhoAmIUnit).ToContainTextAsync("XK-JAITF-PRISTINA");
        await Expect(browser.WhoAmIUnit).ToContainTextAsync("Kosovo*");
        await Expect(browser.Page.GetByTestId("unscr1244")).ToBeVisibleAsync();
        await Expect(browser.Page.GetByTestId("unscr1244")).ToContainTextAsync("1244");
    }
}
