using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Portcullis.BrowserTests;

/// <summary>
/// The demo server ingested a day of synthetic API and PNR messages through the real pipeline: an
/// officer opens a flight of their airport, a passenger, and sees the booking the PNR gave.
/// </summary>
public sealed class PassengerJourneys(PortcullisServer server, ChromiumBrowser chromium)
{
    [Fact]
    public async Task An_officer_opens_a_flight_a_passenger_and_the_booking_from_the_PNR()
    {
        await using var browser = await chromium.NewSessionAsync(server);
        await browser.SignInAsync("rs.officer");

        await browser.GotoAsync("/flights");
        var flights = browser.Page.GetByTestId("flights-table");
        await Expect(flights).ToBeVisibleAsync();
        (await flights.Locator("tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        (await flights.Locator("tbody").InnerTextAsync()).ShouldContain("BEG");
        await browser.SaveScreenshotAsync("flights");

        // A flight with crew and PNRs (other journeys add flights with a passenger list only).
        var rows = flights.Locator("tbody tr");
        var withEverything = 0;
        while (withEverything < await rows.CountAsync()
            && ((await rows.Nth(withEverything).Locator("td").Nth(6).InnerTextAsync()).Trim() == "0"
                || (await rows.Nth(withEverything).Locator("td").Nth(7).InnerTextAsync()).Trim() == "0"))
        {
            withEverything++;
        }

        await rows.Nth(withEverything).Locator("a").First.ClickAsync();
        await Expect(browser.Page).ToHaveURLAsync(new Regex("/flights/[0-9a-f-]{36}$"));
        await Expect(browser.Page.GetByTestId("flight-counts")).ToContainTextAsync("passengers");
        var passengers = browser.Page.GetByTestId("passengers-table");
        await Expect(passengers).ToBeVisibleAsync();
        await Expect(browser.Page.GetByTestId("crew-table")).ToBeVisibleAsync();
        await Expect(browser.Page.GetByTestId("bookings-table")).ToBeVisibleAsync();
        await browser.SaveScreenshotAsync("flight");

        // A passenger whose API record is linked to a PNR passenger: the PNR column shows its locator.
        var linked = passengers.Locator("tbody tr").Filter(new() { HasNotText = "—" }).First;
        var locator = (await linked.Locator("td").Last.InnerTextAsync()).Trim();
        locator.Length.ShouldBeGreaterThanOrEqualTo(5);
        await linked.Locator("a").First.ClickAsync();
        await Expect(browser.Page).ToHaveURLAsync(new Regex("/travellers/[0-9a-f-]{36}$"));
        await Expect(browser.Page.GetByTestId("api-panel")).ToContainTextAsync("Passenger list (API)");
        await Expect(browser.Page.GetByTestId("record-locator")).ToContainTextAsync(locator);
        await Expect(browser.Page.GetByTestId("itinerary")).ToBeVisibleAsync();
        await browser.SaveScreenshotAsync("traveller");
    }

    [Fact]
    public async Task A_targeter_reads_the_message_log_and_a_message_as_received()
    {
        await using var browser = await chromium.NewSessionAsync(server);
        await browser.SignInAsync("rs.targeter");

        await browser.GotoAsync("/messages");
        var table = browser.Page.GetByTestId("messages-table");
        await Expect(table).ToBeVisibleAsync();
        await browser.SaveScreenshotAsync("messages");
        // The log holds cargo files too (XML, CSV, Cargo-IMP), in arrival order; open a passenger list.
        await table.Locator("tbody tr").Filter(new() { HasText = "PAXLST" }).Locator("a").First.ClickAsync();
        await Expect(browser.Page.GetByTestId("message-status")).ToBeVisibleAsync();
        await Expect(browser.Page.GetByTestId("raw")).ToContainTextAsync("UNB+");
        await browser.SaveScreenshotAsync("message");
    }
}
