using Microsoft.EntityFrameworkCore;
using Portcullis.Data.Scoping;
using Portcullis.Domain.People;
using Portcullis.Features.People;
using Portcullis.Testing;

namespace Portcullis.Features.Tests;

/// <summary>The people directory is the first scoped data: these tests try to cross every boundary.</summary>
public sealed class ScopingTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_unit_head_sees_the_people_of_their_unit_and_no_one_else(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        await PeopleWorld.CreateAsync(host);

        var people = await ListAsync(host, await host.AsAsync("durres.head"));

        people.Select(p => p.UserName).Order(StringComparer.Ordinal)
            .ShouldBe(["durres.auditor", "durres.head", "durres.officer", "durres.targeter"]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_unit_head_cannot_read_change_disable_or_reset_a_person_of_another_unit(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await PeopleWorld.CreateAsync(host);
        var head = await host.AsAsync("durres.head");
        var other = world.Ids["tirana.officer"];

        (await host.RunAsync<GetPerson.Handler, Outcome<PersonDetails>>(head, h => h.HandleAsync(new GetPerson.Query(other), default)))
            .Kind.ShouldBe(OutcomeKind.NotFound);
        (await host.RunAsync<DisablePerson.Handler, Outcome<Guid>>(head, h => h.HandleAsync(new DisablePerson.Command(other.ToString()), default)))
            .Kind.ShouldBe(OutcomeKind.NotFound);
        (await host.RunAsync<DisablePerson.Handler, Outcome<Guid>>(head, h => h.HandleAsync(new DisablePerson.Command("tirana.officer"), default)))
            .Kind.ShouldBe(OutcomeKind.NotFound);
        (await host.RunAsync<ResetPassword.Handler, Outcome<ResetPassword.Result>>(head, h => h.HandleAsync(new ResetPassword.Command(other.ToString()), default)))
            .Kind.ShouldBe(OutcomeKind.NotFound);
        (await host.RunAsync<ChangePerson.Handler, Outcome<Guid>>(head, h => h.HandleAsync(
            new ChangePerson.Command(other.ToString(), "Renamed", [Role.Officer], PeopleWorld.DurresUnit, Language.English), default)))
            .Kind.ShouldBe(OutcomeKind.NotFound);

        await using var db = database.CreateContext(FeatureHost.CommandLine);
        var untouched = await db.Users.SingleAsync(p => p.Id == other, cancellationToken: TestContext.Current.CancellationToken);
        untouched.IsDisabled.ShouldBeFalse();
        untouched.DisplayName.ShouldBe("tirana.officer");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_officer_sees_their_colleagues_but_may_not_manage_them(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await PeopleWorld.CreateAsync(host);
        var officer = await host.AsAsync("durres.officer");
        var colleague = world.Ids["durres.targeter"];

        var record = await host.RunAsync<GetPerson.Handler, Outcome<PersonDetails>>(officer, h => h.HandleAsync(new GetPerson.Query(colleague), default));
        record.Kind.ShouldBe(OutcomeKind.Ok);
        record.Value!.ReaderMayManage.ShouldBeFalse();
        (await host.RunAsync<DisablePerson.Handler, Outcome<Guid>>(officer, h => h.HandleAsync(new DisablePerson.Command(colleague.ToString()), default)))
            .Kind.ShouldBe(OutcomeKind.Forbidden);
        (await host.RunAsync<AddPerson.Handler, Outcome<AddPerson.Result>>(officer, h => h.HandleAsync(
            new AddPerson.Command("new.officer", "New Officer", [Role.Officer], PeopleWorld.DurresUnit), default)))
            .Kind.ShouldBe(OutcomeKind.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_unit_head_adds_people_to_their_own_unit_only_and_gives_only_unit_roles(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await PeopleWorld.CreateAsync(host);
        var head = await host.AsAsync("durres.head");

        async Task<OutcomeKind> AddAsync(string userName, Role role, string? unit) =>
            (await host.RunAsync<AddPerson.Handler, Outcome<AddPerson.Result>>(head, h => h.HandleAsync(
                new AddPerson.Command(userName, userName, [role], unit), default))).Kind;

        (await AddAsync("durres.new", Role.Targeter, PeopleWorld.DurresUnit)).ShouldBe(OutcomeKind.Ok);
        (await AddAsync("tirana.new", Role.Officer, PeopleWorld.TiranaUnit)).ShouldBe(OutcomeKind.Forbidden);
        (await AddAsync("durres.audit2", Role.Auditor, PeopleWorld.DurresUnit)).ShouldBe(OutcomeKind.Forbidden);
        (await AddAsync("root2", Role.Administrator, null)).ShouldBe(OutcomeKind.Forbidden);

        // The unit's auditor oversees the unit head: the unit head may read but not manage them.
        (await host.RunAsync<DisablePerson.Handler, Outcome<Guid>>(head, h => h.HandleAsync(new DisablePerson.Command(world.Ids["durres.auditor"].ToString()), default)))
            .Kind.ShouldBe(OutcomeKind.Forbidden);
        // Nor may they manage themselves.
        (await host.RunAsync<DisablePerson.Handler, Outcome<Guid>>(head, h => h.HandleAsync(new DisablePerson.Command(world.Ids["durres.head"].ToString()), default)))
            .Kind.ShouldBe(OutcomeKind.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_auditor_sees_their_jurisdiction_an_administrator_everyone_a_coordinator_no_one(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        await PeopleWorld.CreateAsync(host);

        (await ListAsync(host, await host.AsAsync("durres.auditor"))).Select(p => p.Unit).Distinct().Order(StringComparer.Ordinal)
            .ShouldBe([PeopleWorld.TiranaUnit, PeopleWorld.DurresUnit]);
        (await ListAsync(host, await host.AsAsync("admin"))).Count.ShouldBe(9);
        (await host.RunAsync<ListPeople.Handler, Outcome<IReadOnlyList<PersonSummary>>>(await host.AsAsync("coordinator"), h => h.HandleAsync(new ListPeople.Query(), default)))
            .Kind.ShouldBe(OutcomeKind.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_anonymous_or_coordinator_query_returns_no_scoped_rows_even_without_a_handler(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        await PeopleWorld.CreateAsync(host);

        await using (var anonymous = database.CreateContext(AccessScope.Anonymous))
        {
            (await anonymous.Users.CountAsync(cancellationToken: TestContext.Current.CancellationToken)).ShouldBe(0);
            (await anonymous.AuditEntries.CountAsync(cancellationToken: TestContext.Current.CancellationToken)).ShouldBe(0);
        }

        await using var coordinator = database.CreateContext(await host.AsAsync("coordinator"));
        (await coordinator.Users.CountAsync(cancellationToken: TestContext.Current.CancellationToken)).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_administrator_moves_a_person_to_another_unit_and_the_old_unit_head_loses_sight_of_them(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await PeopleWorld.CreateAsync(host);
        var moved = world.Ids["durres.officer"];

        var outcome = await host.RunAsync<ChangePerson.Handler, Outcome<Guid>>(await host.AsAsync("admin"), h => h.HandleAsync(
            new ChangePerson.Command(moved.ToString(), "Moved Officer", [Role.Officer, Role.Targeter], PeopleWorld.TiranaUnit, Language.Albanian), default));

        outcome.Kind.ShouldBe(OutcomeKind.Ok);
        (await ListAsync(host, await host.AsAsync("durres.head"))).ShouldNotContain(p => p.Id == moved);
        var seenByTirana = (await ListAsync(host, await host.AsAsync("tirana.head"))).Single(p => p.Id == moved);
        seenByTirana.Roles.ShouldBe([Role.Officer, Role.Targeter]);
        seenByTirana.DisplayName.ShouldBe("Moved Officer");
    }

    private static async Task<IReadOnlyList<PersonSummary>> ListAsync(FeatureHost host, AccessScope scope)
    {
        var outcome = await host.RunAsync<ListPeople.Handler, Outcome<IReadOnlyList<PersonSummary>>>(scope, h => h.HandleAsync(new ListPeople.Query(), default));
        outcome.Kind.ShouldBe(OutcomeKind.Ok);
        return outcome.Value!;
    }
}
