using System.Net;
using System.Net.Http.Json;
using Portcullis.Testing;

namespace Portcullis.Tests;

/// <summary>Trying to cross the unit boundary through the pages and through the HTTP API.</summary>
public abstract class BoundaryTests(AppFixture fixture)
{
    [Fact]
    public async Task A_unit_head_gets_not_found_for_a_person_of_another_unit_on_the_page_and_the_api()
    {
        var head = await fixture.App.SignedInAsync("durres.head");
        var other = fixture.World.Ids["tirana.officer"];

        (await head.GetAsync($"/people/{other}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await head.GetAsync($"/people/{other}/edit", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await head.GetAsync($"/api/v1/people/{other}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await head.PostAsync($"/api/v1/people/{other}/disable", null, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await PortcullisApp.PostFormAsync(head, $"/people/{fixture.World.Ids["durres.officer"]}", $"/people/{other}?handler=Disable"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_unit_heads_directory_lists_their_unit_only_on_the_page_and_the_api()
    {
        var head = await fixture.App.SignedInAsync("durres.head");

        var page = await head.GetStringAsync("/people", TestContext.Current.CancellationToken);
        page.ShouldContain("durres.officer");
        page.ShouldNotContain("tirana.officer");
        page.ShouldNotContain("belgrade.officer");
        var people = await head.GetFromJsonAsync<List<PersonRow>>("/api/v1/people", cancellationToken: TestContext.Current.CancellationToken);
        people!.Select(p => p.UserName).ShouldAllBe(name => name.StartsWith("durres.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_officer_is_forbidden_to_manage_a_colleague_on_the_page_and_the_api()
    {
        var officer = await fixture.App.SignedInAsync("durres.officer");
        var colleague = fixture.World.Ids["durres.targeter"];

        (await officer.GetAsync($"/api/v1/people/{colleague}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.PostAsync($"/api/v1/people/{colleague}/disable", null, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.GetAsync("/people/add", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PortcullisApp.PostFormAsync(officer, $"/people/{colleague}", $"/people/{colleague}?handler=Disable"))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_unit_head_cannot_add_a_person_to_another_unit_or_give_programme_roles()
    {
        var head = await fixture.App.SignedInAsync("durres.head");

        var elsewhere = await head.PostAsJsonAsync("/api/v1/people", new { userName = "intruder", displayName = "Intruder", roles = new[] { "officer" }, unit = PeopleWorld.TiranaUnit }, cancellationToken: TestContext.Current.CancellationToken);
        var admin = await head.PostAsJsonAsync("/api/v1/people", new { userName = "root2", displayName = "Root", roles = new[] { "administrator" } }, cancellationToken: TestContext.Current.CancellationToken);

        elsewhere.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        admin.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_coordinator_sees_no_person_and_anonymous_callers_are_turned_away()
    {
        var coordinator = await fixture.App.SignedInAsync("coordinator");
        var anonymous = fixture.App.CreateBrowser();

        (await coordinator.GetAsync("/api/v1/people", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await coordinator.GetAsync($"/api/v1/people/{fixture.World.Ids["durres.officer"]}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await anonymous.GetAsync("/api/v1/people", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var page = await anonymous.GetAsync("/people", TestContext.Current.CancellationToken);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldStartWith("http://localhost/account/sign-in");
    }

    [Fact]
    public async Task A_person_disabled_by_their_unit_head_is_signed_out_at_once_and_cannot_sign_in()
    {
        var id = await fixture.Host.AddPersonAsync($"durres.leaver.{fixture.Provider}", Domain.People.Role.Officer, PeopleWorld.DurresUnit);
        var leaver = await fixture.App.SignedInAsync($"durres.leaver.{fixture.Provider}");
        (await leaver.GetAsync("/", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var head = await fixture.App.SignedInAsync("durres.head");

        (await head.PostAsync($"/api/v1/people/{id}/disable", null, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await leaver.GetAsync("/", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PortcullisApp.SignInAsync(fixture.App.CreateBrowser(), $"durres.leaver.{fixture.Provider}", FeatureHost.Password))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private sealed record PersonRow(Guid Id, string UserName, string? Unit);
}

public sealed class BoundaryTestsOnSqlite(SqliteApp fixture) : BoundaryTests(fixture), IClassFixture<SqliteApp>;

public sealed class BoundaryTestsOnPostgres(PostgresApp fixture) : BoundaryTests(fixture), IClassFixture<PostgresApp>;
