using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Portcullis.BrowserTests;

/// <summary>
/// Issue 5's journey, end to end on the demo server: a targeter writes a profile with a mistake, reads
/// the error, fixes it, tries it in shadow and submits it; the unit head approves it; new traffic
/// arrives (a passenger list ingested from the command line) and appears in the officer's open queue
/// without a reload; the officer takes the top target, reads why it was selected, refers it and records
/// a positive result; the profile's hit rate shows it.
/// </summary>
public sealed class TargetingJourneys(PortcullisServer server, ChromiumBrowser chromium)
{
    private const string ProfileName = "Night arrivals from Istanbul";

    // Waiting for the live queue to show the new traffic: a bound so a broken update fails, not hangs.
    private static readonly TimeSpan QueueLimit = TimeSpan.FromSeconds(30);

    private static string Profile(string airportField) => $"""
        profile "{ProfileName}"
        rationale "Couriers of synthetic drugs arrive on the night rotation from Istanbul (journey indicator)."
        owner RS-ACCU-BELGRADE
        valid 2026-01-01 to 2099-12-31
        hit cap 20 per day
        score 100
        when
          {airportField} in ["IST", "SAW"]
          and flight.arrival.airport = "BEG"
          and flight.number = "999"
        """;

    [Fact]
    public async Task A_profile_written_approved_and_fired_gives_the_officer_a_target_whose_positive_result_shows_in_the_hit_rate()
    {
        // The targeter writes it, with a misspelt field first.
        await using var targeter = await chromium.NewSessionAsync(server);
        await targeter.SignInAsync("rs.targeter");
        await targeter.GotoAsync("/profiles");
        await targeter.Page.GetByTestId("new-profile").ClickAsync();
        await targeter.Page.GetByTestId("profile-text").FillAsync(Profile("flight.departure.airprt"));
        await targeter.Page.GetByTestId("check").ClickAsync();
        await Expect(targeter.Page.Locator("#problems")).ToContainTextAsync("8:3: unknown field `flight.departure.airprt`; did you mean `flight.departure.airport`?");
        await targeter.SaveScreenshotAsync("profile-error");

        await targeter.Page.GetByTestId("profile-text").FillAsync(Profile("flight.departure.airport"));
        await targeter.Page.GetByTestId("check").ClickAsync();
        await Expect(targeter.Page.GetByTestId("check-ok")).ToBeVisibleAsync();
        await targeter.Page.GetByTestId("try-shadow").ClickAsync();
        await Expect(targeter.Page.GetByTestId("shadow-summary")).ToContainTextAsync(new Regex(@"Over the last 7 days, 0 of \d+ travellers would have been selected\."));
        await targeter.Page.GetByTestId("save").ClickAsync();
        await Expect(targeter.Page.GetByTestId("profile-name")).ToHaveTextAsync(ProfileName);
        var profileUrl = targeter.Page.Url;
        await targeter.Page.GetByTestId("step-submit").ClickAsync();
        await Expect(targeter.Page.GetByTestId("version-1").GetByTestId("version-status")).ToHaveTextAsync("Submitted");
        await Expect(targeter.Page.GetByTestId("step-approve")).ToHaveCountAsync(0);

        // The unit head, another person, approves it.
        await using var head = await chromium.NewSessionAsync(server);
        await head.SignInAsync("rs.unit-head");
        await head.GotoAsync(new Uri(profileUrl).AbsolutePath);
        await head.Page.GetByTestId("step-approve").ClickAsync();
        await Expect(head.Page.GetByTestId("version-1").GetByTestId("version-status")).ToHaveTextAsync("Active");
        await head.SaveScreenshotAsync("profile-approved");

        // The officer has the queue open when the night flight's passenger list arrives.
        await using var officer = await chromium.NewSessionAsync(server);
        await officer.SignInAsync("rs.officer");
        await officer.GotoAsync("/targets");
        var queue = officer.Page.GetByTestId("queue");
        await Expect(queue).ToBeVisibleAsync();
        await Expect(queue).Not.ToContainTextAsync("JU 999");

        var file = Path.Combine(server.Folder, "night-arrival.edi");
        await File.WriteAllTextAsync(file, NightArrival(DateTime.UtcNow), TestContext.Current.CancellationToken);
        var (exit, output) = await server.RunCommandAsync("ingest", file);
        exit.ShouldBe(0, output);

        await Expect(queue).ToContainTextAsync("JU 999", new() { Timeout = (float)QueueLimit.TotalMilliseconds });
        await officer.SaveScreenshotAsync("queue");

        await officer.Page.GetByTestId("take-next").ClickAsync();
        await Expect(officer.Page).ToHaveURLAsync(new Regex("/targets/[0-9a-f-]{36}$"));
        await Expect(officer.Page.GetByTestId("target-status")).ToHaveTextAsync("In review");
        await Expect(officer.Page.GetByTestId("target-lane")).ToHaveTextAsync("Red: inspect");
        var why = officer.Page.GetByTestId("why-selected");
        await Expect(why).ToContainTextAsync(ProfileName);
        await Expect(why).ToContainTextAsync("Couriers of synthetic drugs");
        await Expect(why).ToContainTextAsync("flight.departure.airport = \"IST\"");
        await officer.SaveScreenshotAsync("target");

        await officer.Page.Locator("#refer-note").FillAsync("Night rotation, travels light; search the hand luggage.");
        await officer.Page.GetByTestId("refer").ClickAsync();
        await Expect(officer.Page.GetByTestId("target-status")).ToHaveTextAsync("Referred for inspection");
        await officer.Page.Locator("#result-Positive").CheckAsync();
        await officer.Page.Locator("#Findings").FillAsync("1.2 kg of crystalline powder (suspected methamphetamine) in the lining of the backpack.");
        await officer.Page.GetByTestId("record-result").ClickAsync();
        await Expect(officer.Page.GetByTestId("target-result")).ToContainTextAsync("Positive");

        // The profile's figures: one inspection, one positive.
        await targeter.GotoAsync("/profiles/stats");
        var row = targeter.Page.GetByTestId("stats-row").Filter(new() { HasText = ProfileName });
        await Expect(row.GetByTestId("hit-rate")).ToHaveTextAsync("100 %");
        await targeter.SaveScreenshotAsync("effectiveness");

        targeter.ConsoleErrors.ShouldBeEmpty();
        head.ConsoleErrors.ShouldBeEmpty();
        officer.ConsoleErrors.ShouldBeEmpty();
    }

    /// <summary>
    /// A passenger list for JU999 Istanbul → Belgrade landing at 00:50 today (local), two passengers:
    /// due before the demo's own flights, so its targets head the red lane.
    /// </summary>
    private static string NightArrival(DateTime now)
    {
        var day = now.ToString("yyMMdd", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.Append("UNA:+.? 'UNB+UNOW:4+AIRSERBIA:ZZ+RSAPI:ZZ+" + day + ":0001+JOURNEY1++APIS'");
        text.Append("UNH+1+PAXLST:D:05B:UN:IATA+JU999/" + day + "/0005'BGM+745'NAD+MS+++AIR SERBIA HELPDESK'");
        text.Append("TDT+20+JU999+++JU'LOC+125+IST'DTM+189:" + day + "0005:201'LOC+87+BEG'DTM+232:" + day + "0050:201'");
        text.Append("NAD+FL+++MARKOVIĆ:NIKOLA'ATT+2++M'DTM+329:900214'LOC+178+IST'LOC+179+BEG'NAT+2+SRB'DOC+P:110:111+P07654321'DTM+36:310101'LOC+91+SRB'");
        text.Append("NAD+FL+++DEMIR:AYLA'ATT+2++F'DTM+329:950730'LOC+178+IST'LOC+179+BEG'NAT+2+TUR'DOC+P:110:111+U12345678'DTM+36:300615'LOC+91+TUR'");
        text.Append("CNT+42:2'UNT+28+1'UNZ+1+JOURNEY1'");
        return text.ToString();
    }
}
