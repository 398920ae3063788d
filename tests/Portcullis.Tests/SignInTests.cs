using System.Net;
using Microsoft.EntityFrameworkCore;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.People;
using Portcullis.Testing;

namespace Portcullis.Tests;

public abstract class SignInTests(AppFixture fixture)
{
    [Fact]
    public async Task Signing_in_sets_a_strict_http_only_session_cookie_and_is_audited()
    {
        var client = fixture.App.CreateBrowser();

        var response = await PortcullisApp.SignInAsync(client, "durres.targeter", FeatureHost.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("portcullis.session=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=strict", Case.Insensitive);
        var home = await client.GetStringAsync("/", TestContext.Current.CancellationToken);
        home.ShouldContain("AL-PCU-DURRES");
        home.ShouldContain("Albania");
        (await LastEntryAsync("durres.targeter")).Action.ShouldBe(AuditActions.SignInSucceeded);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_audited_without_the_password()
    {
        var response = await PortcullisApp.SignInAsync(fixture.App.CreateBrowser(), "durres.auditor", "not-the-password-at-all");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("The user name or password is not correct");
        var entry = await LastEntryAsync("durres.auditor");
        entry.Action.ShouldBe(AuditActions.SignInFailed);
        entry.ActorName.ShouldBe("anonymous");
        entry.Details!.ShouldContain("wrong password");
        entry.Details!.ShouldNotContain("not-the-password-at-all");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var userName = $"durres.locked.{fixture.Provider}";
        await fixture.Host.AddPersonAsync(userName, Role.Officer, PeopleWorld.DurresUnit);
        var client = fixture.App.CreateBrowser();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            (await PortcullisApp.SignInAsync(client, userName, $"wrong-password-{attempt}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var locked = await PortcullisApp.SignInAsync(client, userName, FeatureHost.Password);
        locked.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await locked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("locked");
        await using var db = fixture.Database.CreateContext(FeatureHost.CommandLine);
        (await db.AuditEntries.CountAsync(e => e.Action == AuditActions.SignInLockedOut && e.Details!.Contains(userName), cancellationToken: TestContext.Current.CancellationToken)).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task An_unknown_user_name_is_refused_like_a_wrong_password_and_audited()
    {
        var response = await PortcullisApp.SignInAsync(fixture.App.CreateBrowser(), "no.such.person", "whatever-password");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("The user name or password is not correct");
        await using var db = fixture.Database.CreateContext(FeatureHost.CommandLine);
        (await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.SignInFailed && e.Details!.Contains("no.such.person"), cancellationToken: TestContext.Current.CancellationToken)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_form_posted_without_its_anti_forgery_token_is_rejected()
    {
        var response = await fixture.App.CreateBrowser().PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["UserName"] = "durres.officer",
            ["Password"] = FeatureHost.Password,
        }), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_is_audited()
    {
        var userName = $"durres.shift.{fixture.Provider}";
        await fixture.Host.AddPersonAsync(userName, Role.Officer, PeopleWorld.DurresUnit);
        var client = await fixture.App.SignedInAsync(userName);

        (await PortcullisApp.PostFormAsync(client, "/", "/account/sign-out")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await client.GetAsync("/", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await LastEntryAsync(userName, byActor: true)).Action.ShouldBe(AuditActions.SignOut);
    }

    private async Task<AuditEntry> LastEntryAsync(string userName, bool byActor = false)
    {
        await using var db = fixture.Database.CreateContext(FeatureHost.CommandLine);
        var id = (await db.Users.SingleAsync(p => p.UserName == userName)).Id;
        return await db.AuditEntries
            .Where(e => byActor ? e.ActorId == id : e.SubjectId == id.ToString())
            .OrderByDescending(e => e.Sequence)
            .FirstAsync();
    }
}

public sealed class SignInTestsOnSqlite(SqliteApp fixture) : SignInTests(fixture), IClassFixture<SqliteApp>;

public sealed class SignInTestsOnPostgres(PostgresApp fixture) : SignInTests(fixture), IClassFixture<PostgresApp>;
