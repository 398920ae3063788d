using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portcullis.BrowserTests;

/// <summary>A unit's people are visible to that unit only, in the list and by direct address.</summary>
public sealed class ScopingJourneys(PortcullisServer server, ChromiumBrowser chromium)
{
    [Fact]
    public async Task A_unit_head_cannot_open_a_person_of_another_unit()
    {
        // The administrator sees every unit: the people list gives the other unit's person's address.
        string otherUnitsPerson;
        await using (var admin = await chromium.NewSessionAsync(server))
        {
            await admin.SignInAsync("admin");
            await admin.GotoAsync("/people");
            otherUnitsPerson = await PersonLink(admin.Page, "al.officer2").GetAttributeAsync("href")
                ?? throw new InvalidOperationException("The link to al.officer2 has no href.");
            otherUnitsPerson.ShouldStartWith("/people/");
            await admin.SaveScreenshotAsync("people-list-admin");
        }

        await using var unitHead = await chromium.NewSessionAsync(server);
        await unitHead.SignInAsync("al.unit-head");

        var response = await unitHead.GotoAsync(otherUnitsPerson);

        response.Status.ShouldBe(404);
        await Expect(unitHead.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Not found");
        await Expect(unitHead.Page.GetByText("al.officer2")).ToHaveCountAsync(0);
        var explanation = await Explanation(unitHead.Page);
        await unitHead.SaveScreenshotAsync("not-found");

        // An address that belongs to no one gets the very same answer, so the 404 does not tell
        // the unit head that the other unit's person exists.
        var nobody = await unitHead.GotoAsync("/people/" + Guid.NewGuid().ToString("D"));
        nobody.Status.ShouldBe(404);
        (await Explanation(unitHead.Page)).ShouldBe(explanation);
    }

    [Fact]
    public async Task A_unit_heads_people_list_shows_their_unit_only()
    {
        await using var browser = await chromium.NewSessionAsync(server);
        await browser.SignInAsync("al.unit-head");

        await browser.GotoAsync("/people");

        var table = browser.Page.GetByTestId("people-table");
        await Expect(table).ToBeVisibleAsync();
        await Expect(UserNameCell(table, "al.officer")).ToBeVisibleAsync();
        await Expect(UserNameCell(table, "al.officer2")).ToHaveCountAsync(0);
        (await table.Locator("tbody td:nth-child(4)").AllInnerTextsAsync()).ShouldAllBe(unit => unit == "AL-PCU-DURRES");

        // The record of a person in the unit head's own unit does open: the 404 above is scoping.
        await PersonLink(browser.Page, "al.officer").ClickAsync();
        await Expect(browser.Page).ToHaveURLAsync(new Regex("/people/[0-9a-f-]{36}$"));
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Arben Hoxha");
        await Expect(browser.Page.GetByTestId("person-facts")).ToContainTextAsync("AL-PCU-DURRES");
        await browser.SaveScreenshotAsync("person-record");
    }

    /// <summary>What the error page says (its heading and first paragraph; not the per-request reference).</summary>
    private static async Task<string> Explanation(IPage page) =>
        await page.Locator("main h1").InnerTextAsync() + " / " + await page.Locator("main p").First.InnerTextAsync();

    /// <summary>The user-name cell that says exactly <paramref name="userName"/> (al.officer is not al.officer2).</summary>
    private static ILocator UserNameCell(ILocator within, string userName) =>
        within.GetByRole(AriaRole.Cell, new() { Name = userName, Exact = true });

    /// <summary>The name link in the people-table row of <paramref name="userName"/>.</summary>
    private static ILocator PersonLink(IPage page, string userName) =>
        page.GetByTestId("people-table").Locator("tbody tr")
            // The inner locator of a filter is matched inside each row, so it starts from the page.
            .Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = userName, Exact = true }) })
            .GetByRole(AriaRole.Link);
}
