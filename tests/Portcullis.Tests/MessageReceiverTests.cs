using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Portcullis.Features;
using Portcullis.Features.Passengers;
using Portcullis.Testing;

namespace Portcullis.Tests;

/// <summary>POST /api/messages over HTTP: API keys only, 202 with the id, duplicates recognised, and the log scoped.</summary>
public abstract class MessageReceiverTests(AppFixture fixture)
{
    private async Task<string> KeyAsync(string name, string jurisdiction) =>
        (await fixture.Host.RunAsync<ApiKeys.Handler, Outcome<ApiKeys.Created>>(FeatureHost.CommandLine,
            h => h.CreateAsync(name, jurisdiction, TestContext.Current.CancellationToken))).Value!.Key;

    private static HttpRequestMessage Post(byte[] content, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent(content) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/edifact");
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        }

        return request;
    }

    [Fact]
    public async Task A_sender_with_a_key_gets_202_and_the_same_bytes_again_are_a_duplicate()
    {
        var key = await KeyAsync($"JU API {fixture.Provider}", "AL");
        var client = fixture.App.CreateBrowser();
        var bytes = PassengerSamples.Paxlst(flight: "JU171");

        var first = await client.SendAsync(Post(bytes, key), TestContext.Current.CancellationToken);
        var second = await client.SendAsync(Post(bytes, key), TestContext.Current.CancellationToken);

        first.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var accepted = await first.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        accepted.GetProperty("duplicate").GetBoolean().ShouldBeFalse();
        accepted.GetProperty("travellers").GetInt32().ShouldBe(3);
        var id = accepted.GetProperty("id").GetGuid();
        first.Headers.Location!.ToString().ShouldBe($"/api/v1/messages/{id:D}");
        second.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var duplicate = await second.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        duplicate.GetProperty("duplicate").GetBoolean().ShouldBeTrue();
        duplicate.GetProperty("duplicateOf").GetGuid().ShouldBe(id);
    }

    [Fact]
    public async Task Without_a_valid_key_the_sender_gets_401_and_nothing_is_stored_even_with_a_session()
    {
        var bytes = PassengerSamples.Paxlst(flight: "JU173");
        var anonymous = fixture.App.CreateBrowser();
        (await anonymous.SendAsync(Post(bytes, null), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.SendAsync(Post(bytes, "pcl_notakeyatallnotakeyatall1234"), TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // A signed-in person is not a sender: the session cookie does not open this door.
        var person = await fixture.App.SignedInAsync("tirana.officer");
        var refused = await person.SendAsync(Post(bytes, null), TestContext.Current.CancellationToken);
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        refused.Headers.WwwAuthenticate.ToString().ShouldBe("ApiKey");

        var admin = await fixture.App.SignedInAsync("admin");
        var log = await admin.GetFromJsonAsync<JsonElement>("/api/v1/messages", TestContext.Current.CancellationToken);
        log.EnumerateArray().ShouldNotContain(m => m.GetProperty("summary").GetString() != null && m.GetProperty("summary").GetString()!.StartsWith("JU 173", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_quarantined_message_shows_its_diagnostics_and_is_read_again_from_its_page()
    {
        var key = await KeyAsync($"AL truncated {fixture.Provider}", "AL");
        var posted = await fixture.App.CreateBrowser().SendAsync(Post(PassengerSamples.Paxlst(flight: "JU177", truncated: true), key), TestContext.Current.CancellationToken);
        var accepted = await posted.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        accepted.GetProperty("status").GetString().ShouldBe("quarantined");
        var id = accepted.GetProperty("id").GetGuid();
        var head = await fixture.App.SignedInAsync("tirana.head");

        var page = await head.GetStringAsync($"/messages/{id:D}", TestContext.Current.CancellationToken);
        page.ShouldContain("edifact.missing-unt");
        page.ShouldContain("PAXLST:D:05B:UN:IATA"); // the raw text, as received (Razor encodes the + signs)
        var again = await PortcullisApp.PostFormAsync(head, $"/messages/{id:D}", $"/messages/{id:D}?handler=Reprocess");

        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var message = await head.GetFromJsonAsync<JsonElement>($"/api/v1/messages/{id:D}", TestContext.Current.CancellationToken);
        message.GetProperty("attempts").GetInt32().ShouldBe(2);
        message.GetProperty("status").GetString().ShouldBe("quarantined");
    }

    [Fact]
    public async Task The_message_log_is_filtered_by_format_and_an_unknown_format_is_refused()
    {
        var key = await KeyAsync($"AL formats {fixture.Provider}", "AL");
        var client = fixture.App.CreateBrowser();
        var passengers = await client.SendAsync(Post(PassengerSamples.Paxlst(flight: "JU179"), key), TestContext.Current.CancellationToken);
        var manifest = await client.SendAsync(Post(await File.ReadAllBytesAsync(RepositoryFolders.TestData("cargo", "cuscar", "durres-original.edi"), TestContext.Current.CancellationToken), key), TestContext.Current.CancellationToken);
        var paxlstId = (await passengers.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();
        var cuscarId = (await manifest.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();
        var head = await fixture.App.SignedInAsync("tirana.head");

        var cargo = await head.GetFromJsonAsync<JsonElement>("/api/v1/messages?format=CUSCAR", TestContext.Current.CancellationToken);
        var api = await head.GetFromJsonAsync<JsonElement>("/api/v1/messages?format=PAXLST", TestContext.Current.CancellationToken);
        var page = await head.GetStringAsync("/messages?format=CUSCAR", TestContext.Current.CancellationToken);
        var unknown = await head.GetAsync("/api/v1/messages?format=XLSX", TestContext.Current.CancellationToken);

        cargo.EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ShouldContain(cuscarId);
        cargo.EnumerateArray().ShouldAllBe(m => m.GetProperty("format").GetString() == "CUSCAR");
        api.EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ShouldContain(paxlstId);
        api.EnumerateArray().ShouldAllBe(m => m.GetProperty("format").GetString() == "PAXLST");
        page.ShouldContain($"/messages/{cuscarId:D}");
        page.ShouldNotContain($"/messages/{paxlstId:D}");
        page.ShouldContain("<option value=\"CUSCAR\" selected=\"selected\">CUSCAR</option>");
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("'XLSX' is not one of PAXLST, PNRGOV, CUSCAR");
    }

    [Fact]
    public async Task The_message_log_is_the_receiving_jurisdictions_and_flights_are_the_airports_units()
    {
        var key = await KeyAsync($"ME API {fixture.Provider}", "ME");
        var client = fixture.App.CreateBrowser();
        var posted = await client.SendAsync(Post(PassengerSamples.Paxlst(flight: "JU175", from: "BEG", to: "TGD"), key), TestContext.Current.CancellationToken);
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();

        // Tirana's targeter is in another jurisdiction: the message is not theirs, nor is the flight.
        var tiranaHead = await fixture.App.SignedInAsync("tirana.head");
        (await tiranaHead.GetAsync($"/api/v1/messages/{id:D}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await tiranaHead.GetAsync($"/messages/{id:D}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var flights = await tiranaHead.GetFromJsonAsync<JsonElement>("/api/v1/flights?day=2026-11-28&flight=JU175", TestContext.Current.CancellationToken);
        flights.GetArrayLength().ShouldBe(0);

        // Belgrade's officer works at the departure airport: the flight is theirs, the message log is not for officers.
        var belgrade = await fixture.App.SignedInAsync("belgrade.officer");
        var seen = await belgrade.GetFromJsonAsync<JsonElement>("/api/v1/flights?day=2026-11-28&flight=JU175", TestContext.Current.CancellationToken);
        seen.GetArrayLength().ShouldBe(1);
        (await belgrade.GetAsync("/api/v1/messages", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class MessageReceiverTestsOnSqlite(SqliteApp fixture) : MessageReceiverTests(fixture), IClassFixture<SqliteApp>;

public sealed class MessageReceiverTestsOnPostgres(PostgresApp fixture) : MessageReceiverTests(fixture), IClassFixture<PostgresApp>;
