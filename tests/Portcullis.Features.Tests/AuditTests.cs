using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.People;
using Portcullis.Features.Audit;
using Portcullis.Features.People;
using Portcullis.Testing;

namespace Portcullis.Features.Tests;

public sealed class AuditTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_change_to_people_and_every_read_of_a_record_is_audited_with_who_and_whom(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await PeopleWorld.CreateAsync(host);
        var head = await host.AsAsync("durres.head");
        var officer = world.Ids["durres.officer"].ToString();

        await host.RunAsync<GetPerson.Handler, Outcome<PersonDetails>>(head, h => h.HandleAsync(new GetPerson.Query(Guid.Parse(officer)), default));
        await host.RunAsync<ChangePerson.Handler, Outcome<Guid>>(head, h => h.HandleAsync(
            new ChangePerson.Command(officer, "Durres Officer", [Role.Officer, Role.Targeter], PeopleWorld.DurresUnit, Language.English), default));
        await host.RunAsync<DisablePerson.Handler, Outcome<Guid>>(head, h => h.HandleAsync(new DisablePerson.Command(officer), default));
        await host.RunAsync<ResetPassword.Handler, Outcome<ResetPassword.Result>>(head, h => h.HandleAsync(new ResetPassword.Command(officer), default));

        await using var db = database.CreateContext(FeatureHost.CommandLine);
        var about = await db.AuditEntries.Where(e => e.SubjectId == officer).OrderBy(e => e.Sequence).ToListAsync(cancellationToken: TestContext.Current.CancellationToken);
        about.Select(e => e.Action).ShouldBe(
        [
            AuditActions.PersonCreated, AuditActions.PersonRead, AuditActions.PersonUpdated, AuditActions.PersonRolesChanged,
            AuditActions.PersonDisabled, AuditActions.PersonPasswordReset,
        ]);
        about[0].ActorName.ShouldBe("cli:test");
        about.Skip(1).ShouldAllBe(e => e.ActorName == "durres.head" && e.ActorUnit == PeopleWorld.DurresUnit && e.RemoteAddress == "192.0.2.10");
        about.ShouldAllBe(e => e.Jurisdiction == "AL");
        JsonDocument.Parse(about[3].Details!).RootElement.GetProperty("added")[0].GetString().ShouldBe("targeter");
        about.ShouldAllBe(e => e.Details == null || !e.Details.Contains(FeatureHost.Password, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_chain_verifies_and_a_tampered_entry_is_named(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        await PeopleWorld.CreateAsync(host);

        var intact = await VerifyAsync(host);
        intact.IsIntact.ShouldBeTrue();
        intact.EntriesChecked.ShouldBe(9);

        await database.TamperWithAuditLogAsync("UPDATE audit_entries SET details = '{\"roles\":[\"administrator\"]}' WHERE sequence = 4");

        var broken = await VerifyAsync(host);
        broken.IsIntact.ShouldBeFalse();
        broken.FirstBrokenSequence.ShouldBe(4);
        broken.Kind.ShouldBe(VerifyAuditChain.Break.Changed);
        broken.Problem!.ShouldContain("changed after it was written");
        broken.EntriesChecked.ShouldBe(3);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_removed_entry_is_named(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        await PeopleWorld.CreateAsync(host);

        await database.TamperWithAuditLogAsync("DELETE FROM audit_entries WHERE sequence = 6");

        var broken = await VerifyAsync(host);
        broken.FirstBrokenSequence.ShouldBe(6);
        broken.Kind.ShouldBe(VerifyAuditChain.Break.Missing);
        broken.Problem!.ShouldContain("missing");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_database_itself_refuses_to_change_or_delete_audit_entries(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        await PeopleWorld.CreateAsync(host);
        await using var db = database.CreateContext(FeatureHost.CommandLine);

        (await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET actor_name = 'x' WHERE sequence = 1")))
            .Message.ShouldContain("append-only");
        (await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries")))
            .Message.ShouldContain("append-only");

        var entry = await db.AuditEntries.FirstAsync(cancellationToken: TestContext.Current.CancellationToken);
        db.Entry(entry).Property(e => e.ActorName).CurrentValue = "someone.else";
        (await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync())).Message.ShouldContain("append-only");
        (await VerifyAsync(host)).IsIntact.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Concurrent_audited_work_keeps_one_unbroken_chain(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await PeopleWorld.CreateAsync(host);
        var head = await host.AsAsync("durres.head");

        await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => Task.Run(() =>
            host.RunAsync<GetPerson.Handler, Outcome<PersonDetails>>(head, h => h.HandleAsync(new GetPerson.Query(world.Ids["durres.officer"]), default)))));

        var result = await VerifyAsync(host);
        result.IsIntact.ShouldBeTrue();
        result.EntriesChecked.ShouldBe(9 + 24);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_auditor_reads_the_entries_of_their_jurisdiction_and_reading_is_audited(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        await PeopleWorld.CreateAsync(host);
        var auditor = await host.AsAsync("durres.auditor");

        var page = await host.RunAsync<ListAuditEntries.Handler, Outcome<ListAuditEntries.Result>>(auditor, h => h.HandleAsync(new ListAuditEntries.Query(), default));

        page.Kind.ShouldBe(OutcomeKind.Ok);
        page.Value!.Entries.ShouldAllBe(e => e.Jurisdiction == "AL");
        page.Value.Entries.Count.ShouldBe(6);
        page.Value.Entries.ShouldNotContain(e => e.SubjectId == null);
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        (await db.AuditEntries.OrderBy(e => e.Sequence).LastAsync(cancellationToken: TestContext.Current.CancellationToken)).Action.ShouldBe(AuditActions.AuditLogRead);
        (await host.RunAsync<ListAuditEntries.Handler, Outcome<ListAuditEntries.Result>>(await host.AsAsync("durres.head"), h => h.HandleAsync(new ListAuditEntries.Query(), default)))
            .Kind.ShouldBe(OutcomeKind.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_audit_log_filters_by_action_actor_and_time_and_pages_backwards(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        await PeopleWorld.CreateAsync(host);
        var admin = await host.AsAsync("admin");

        async Task<ListAuditEntries.Result> ListAsync(ListAuditEntries.Query query) =>
            (await host.RunAsync<ListAuditEntries.Handler, Outcome<ListAuditEntries.Result>>(admin, h => h.HandleAsync(query, default))).Value!;

        var created = await ListAsync(new ListAuditEntries.Query(Action: AuditActions.PersonCreated, Actor: "CLI:", PageSize: 4));
        created.Entries.Select(e => e.Sequence).ShouldBe([9L, 8, 7, 6]);
        created.NextBefore.ShouldBe(6);
        var older = await ListAsync(new ListAuditEntries.Query(Action: AuditActions.PersonCreated, Before: created.NextBefore, PageSize: 10));
        older.Entries.Select(e => e.Sequence).ShouldBe([5L, 4, 3, 2, 1]);
        older.NextBefore.ShouldBeNull();
        (await ListAsync(new ListAuditEntries.Query(To: DateTimeOffset.UtcNow.AddDays(-1)))).Entries.ShouldBeEmpty();
        (await ListAsync(new ListAuditEntries.Query(Actor: "nobody_%"))).Entries.ShouldBeEmpty();
    }

    private static async Task<VerifyAuditChain.Result> VerifyAsync(FeatureHost host) =>
        (await host.RunAsync<VerifyAuditChain.Handler, Outcome<VerifyAuditChain.Result>>(FeatureHost.CommandLine, h => h.HandleAsync(default))).Value!;
}
