using System.Globalization;
using static Microsoft.Playwright.Assertions;

namespace Portcullis.BrowserTests;

/// <summary>Signing in: the demo password works, a wrong one does not, and guessing locks the account.</summary>
public sealed class SignInJourneys(PortcullisServer server, ChromiumBrowser chromium)
{
    [Fact]
    public async Task An_officer_signs_in_and_sees_their_unit_and_jurisdiction()
    {
        await using var browser = await chromium.NewSessionAsync(server);

        await browser.SignInAsync("al.officer");

        await Expect(browser.WhoAmIName).ToHaveTextAsync("Arben Hoxha");
        await Expect(browser.Page.GetByTestId("home-unit")).ToContainTextAsync("AL-PCU-DURRES");
        await Expect(browser.Page.GetByTestId("home-jurisdiction")).ToHaveTextAsync("Albania");
        await Expect(browser.WhoAmIUnit).ToContainTextAsync("AL-PCU-DURRES");
        await Expect(browser.WhoAmIUnit).ToContainTextAsync("Albania");
        // The UNSCR 1244 footnote belongs only on pages that name Kosovo*; this one does not.
        await Expect(browser.Page.GetByTestId("unscr1244")).ToHaveCountAsync(0);
        browser.ConsoleErrors.ShouldBeEmpty();
        await browser.SaveScreenshotAsync("home");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_five_failures_lock_the_account()
    {
        // me.targeter is used by no other test: locking it cannot disturb another journey.
        const string UserName = "me.targeter";
        await using var browser = await chromium.NewSessionAsync(server);
        var error = browser.Page.GetByTestId("signin-error");

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await browser.SubmitSignInAsync(UserName, "not-the-password-" + attempt.ToString(CultureInfo.InvariantCulture));

            await Expect(error).ToBeVisibleAsync();
            await Expect(browser.Page).ToHaveURLAsync(server.Url("/account/sign-in").ToString());
            await Expect(browser.WhoAmIName).ToHaveCountAsync(0);
            // Identity locks the account on the fifth failure itself, so only the first four
            // answers are the plain refusal.
            if (attempt < 5)
            {
                await Expect(error).ToContainTextAsync("not correct");
            }
        }

        await browser.SubmitSignInAsync(UserName, server.DemoPassword);

        await Expect(error).ToContainTextAsync("locked");
        await Expect(browser.Page).ToHaveURLAsync(server.Url("/account/sign-in").ToString());
        await Expect(browser.WhoAmIName).ToHaveCountAsync(0);
        await browser.SaveScreenshotAsync("sign-in-locked");
    }
}
