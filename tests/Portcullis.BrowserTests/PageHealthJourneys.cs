using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portcullis.BrowserTests;

/// <summary>
/// The pages an officer visits load cleanly (no console error, so no content-security-policy
/// violation) and can be worked with the keyboard alone.
/// </summary>
public sealed class PageHealthJourneys(PortcullisServer server, ChromiumBrowser chromium)
{
    // Enough presses to pass the skip link, the brand and the main menu on any page, with room to
    // spare; the header comes before the page's own content in the tab order.
    private const int MostTabPresses = 40;

    public static TheoryData<string> OfficersPages => ["/", "/cargo", "/people", "/reference", "/reference/locations", "/reference/units", "/reference/countries"];

    [Theory]
    [MemberData(nameof(OfficersPages))]
    public async Task An_officers_page_loads_without_console_errors_and_Tab_reaches_sign_out(string path)
    {
        await using var browser = await chromium.NewSessionAsync(server);
        await browser.SignInAsync("al.officer");

        var response = await browser.GotoAsync(path);

        response.Status.ShouldBe(200);
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        if (path == "/reference/units")
        {
            // Before the Tab presses, so that the picture shows the page as it first appears.
            await browser.SaveScreenshotAsync("reference-units");
        }

        (await TabToAsync(browser.Page, browser.SignOutButton)).ShouldBeTrue($"Tab never reached the sign-out button on {path}.");
        await Expect(browser.SignOutButton).ToBeFocusedAsync();
        browser.ConsoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_content_security_policy_violation_would_show_as_a_console_error()
    {
        // The check above is only worth something if a violation is visible to it: an inline style
        // attribute, refused by the policy, must appear among the console errors.
        await using var browser = await chromium.NewSessionAsync(server);
        await browser.SignInAsync("al.officer");

        var message = await browser.Page.RunAndWaitForConsoleMessageAsync(
            () => browser.Page.EvaluateAsync("() => document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">inline</p>')"),
            new() { Predicate = m => m.Type == "error" && m.Text.Contains("Content Security Policy", StringComparison.Ordinal) });

        message.Text.ShouldContain("style-src");
        browser.ConsoleErrors.ShouldContain(error => error.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    /// <summary>Presses Tab from the top of the page until <paramref name="target"/> has the focus.</summary>
    private static async Task<bool> TabToAsync(IPage page, ILocator target)
    {
        for (var press = 0; press < MostTabPresses; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                return true;
            }
        }

        return false;
    }
}
