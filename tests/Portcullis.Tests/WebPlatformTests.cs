using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portcullis.Hosting;
using Portcullis.Testing;

namespace Portcullis.Tests;

/// <summary>What every page and endpoint owes its users: headers, health, the API description, Kosovo*'s footnote.</summary>
public sealed partial class WebPlatformTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    public static TheoryData<string> AdministratorPages =>
    [
        "/", "/people", "/people/add", "/reference", "/reference/locations", "/reference/units", "/reference/countries",
        "/audit", "/account/sign-in?x=1",
    ];

    [Theory]
    [MemberData(nameof(AdministratorPages))]
    public async Task Every_page_carries_the_security_headers_and_has_no_inline_script_or_style(string path)
    {
        var admin = await fixture.App.SignedInAsync("admin");

        var response = await admin.GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Redirect);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldBe(SecurityHeaders.ContentSecurityPolicy);
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        InlineCode().Matches(html).Select(m => m.Value).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_person_record_page_also_has_no_inline_code_and_its_forms_carry_anti_forgery_tokens()
    {
        var admin = await fixture.App.SignedInAsync("admin");

        var html = await admin.GetStringAsync($"/people/{fixture.World.Ids["durres.officer"]}", TestContext.Current.CancellationToken);

        InlineCode().Matches(html).Select(m => m.Value).ShouldBeEmpty();
        var forms = Regex.Count(html, "<form method=\"post\"", RegexOptions.CultureInvariant);
        forms.ShouldBeGreaterThan(2);
        Regex.Count(html, "__RequestVerificationToken", RegexOptions.CultureInvariant).ShouldBe(forms);
    }

    [Fact]
    public async Task Health_says_live_and_ready_without_signing_in()
    {
        var anonymous = fixture.App.CreateBrowser();

        (await anonymous.GetFromJsonAsync<JsonElement>("/health/live", cancellationToken: TestContext.Current.CancellationToken)).GetProperty("status").GetString().ShouldBe("alive");
        var ready = await anonymous.GetAsync("/health", TestContext.Current.CancellationToken);
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: TestContext.Current.CancellationToken)).GetProperty("database").GetString().ShouldBe("ok");
    }

    [Fact]
    public async Task The_openapi_document_describes_the_http_api()
    {
        var document = await fixture.App.CreateBrowser().GetFromJsonAsync<JsonElement>("/openapi/v1.json", cancellationToken: TestContext.Current.CancellationToken);

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/v1/people");
        paths.ShouldContain("/api/v1/people/{id}");
        paths.ShouldContain("/api/v1/people/{id}/disable");
        paths.ShouldContain("/api/v1/audit");
        paths.ShouldContain("/api/v1/reference/jurisdictions");
        document.GetProperty("info").GetProperty("title").GetString().ShouldBe("Portcullis API");
    }

    [Fact]
    public async Task Kosovo_is_named_with_its_asterisk_and_footnote_in_pages_api_and_exports()
    {
        var officer = await fixture.App.SignedInAsync("durres.officer");

        var page = await officer.GetStringAsync("/reference", TestContext.Current.CancellationToken);
        page.ShouldContain("Kosovo*");
        page.ShouldContain("data-testid=\"unscr1244\"");
        (await officer.GetStringAsync("/reference/units", TestContext.Current.CancellationToken)).ShouldContain("UN Security Council resolution 1244");
        (await officer.GetStringAsync("/", TestContext.Current.CancellationToken)).ShouldNotContain("data-testid=\"unscr1244\"");

        var kosovo = (await officer.GetFromJsonAsync<JsonElement>("/api/v1/reference/resolve/RKS", cancellationToken: TestContext.Current.CancellationToken))!;
        kosovo.GetProperty("code").GetString().ShouldBe("XK");
        kosovo.GetProperty("name").GetString().ShouldBe("Kosovo*");
        kosovo.GetProperty("footnote").GetString()!.ShouldContain("resolution 1244");
        (await officer.GetFromJsonAsync<JsonElement>("/api/v1/reference/resolve/RSPRN", cancellationToken: TestContext.Current.CancellationToken)).GetProperty("code").GetString().ShouldBe("XK");

        var csv = await officer.GetStringAsync("/reference/export/jurisdictions", TestContext.Current.CancellationToken);
        csv.ShouldContain("XK,Kosovo*,XKX,RKS UNK");
        csv.TrimEnd().Split("\r\n")[^1].ShouldContain("UN Security Council resolution 1244 (1999)");
    }

    [Fact]
    public async Task The_audit_log_page_is_for_auditors_and_verifies_the_chain()
    {
        var auditor = await fixture.App.SignedInAsync("durres.auditor");
        var officer = await fixture.App.SignedInAsync("durres.officer");

        (await officer.GetAsync("/audit", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await officer.GetAsync("/api/v1/audit", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var page = await auditor.GetStringAsync("/audit?action=person.created", TestContext.Current.CancellationToken);
        page.ShouldContain("person.created");
        page.ShouldNotContain("belgrade.officer");
        var verified = await PortcullisApp.PostFormAsync(auditor, "/audit", "/audit?handler=Verify");
        (await verified.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("The audit log is intact");
    }

    [Fact]
    public async Task A_unit_head_adds_a_person_through_the_form_and_sees_the_one_time_password_once()
    {
        var head = await fixture.App.SignedInAsync("durres.head");

        var response = await PortcullisApp.PostFormAsync(head, "/people/add", "/people/add", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Form.UserName"] = "durres.newcomer",
            ["Form.DisplayName"] = "Besa Newcomer",
            ["Form.Unit"] = PeopleWorld.DurresUnit,
            ["Form.Roles"] = "targeter",
            ["Form.Language"] = "sq",
        });
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var password = Regex.Match(html, "<p class=\"secret\"><code>([^<]+)</code>", RegexOptions.CultureInvariant).Groups[1].Value;
        password.Length.ShouldBe(23);
        var newcomer = await fixture.App.SignedInAsync("durres.newcomer", password);
        (await newcomer.GetStringAsync("/", TestContext.Current.CancellationToken)).ShouldContain("Besa Newcomer");
    }

    [Fact]
    public async Task An_invalid_form_names_the_problem_and_keeps_what_was_typed()
    {
        var head = await fixture.App.SignedInAsync("durres.head");

        var response = await PortcullisApp.PostFormAsync(head, "/people/add", "/people/add", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Form.UserName"] = "Bad Name!",
            ["Form.DisplayName"] = "Kept Name",
            ["Form.Unit"] = PeopleWorld.DurresUnit,
            ["Form.Language"] = "en",
        });
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        html.ShouldContain("A user name has 3 to 64 characters");
        html.ShouldContain("A person needs at least one role.");
        html.ShouldContain("value=\"Kept Name\"");
    }

    /// <summary>Inline script, inline style and event-handler attributes: all forbidden by the CSP.</summary>
    [GeneratedRegex("<script|\\sstyle=|\\son[a-z]+=", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InlineCode();
}
