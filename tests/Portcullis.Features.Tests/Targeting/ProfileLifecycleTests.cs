using Microsoft.EntityFrameworkCore;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Targeting;
using Portcullis.Features.Targeting;
using Portcullis.Testing;
using static Portcullis.Features.Targeting.ChangeProfileStatus;

namespace Portcullis.Features.Tests.Targeting;

/// <summary>Profiles saved as versions, checked with line and column, and taken through the lifecycle with four eyes; on both databases.</summary>
public sealed class ProfileLifecycleTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_profile_with_a_mistake_is_refused_with_line_column_and_a_suggestion_and_saved_once_fixed(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await TargetingWorld.CreateAsync(host);

        var wrong = await world.RunAsync<SaveProfile.Handler, SaveProfile.Result>(world.Targeter,
            h => h.HandleAsync(new SaveProfile.Command(TargetingWorld.Profile(condition: "booking.daysBefore <= 2")), Cancel));
        var saved = await world.SaveAsync(TargetingWorld.Profile(condition: "booking.daysBeforeDeparture <= 2"));

        wrong.Kind.ShouldBe(OutcomeKind.Invalid);
        wrong.Problems.Single().Message.ShouldBe("8:3: unknown field `booking.daysBefore`; did you mean `booking.daysBeforeDeparture`?");
        (saved.Version, saved.Created, saved.Name).ShouldBe((1, true, "Air Serbia from Belgrade"));
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        var version = await db.RiskProfileVersions.SingleAsync(Cancel);
        (version.Status, version.Author, version.Score, version.HitCapCount, version.HitCapPeriod, version.Unit)
            .ShouldBe((ProfileStatus.Draft, "tia.targeter", 80, 100, "day", TargetingWorld.Tirana));
        (await db.AuditEntries.CountAsync(e => e.Action == AuditActions.ProfileSaved, Cancel)).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_change_is_a_new_version_and_approving_one_retires_the_version_in_force(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await TargetingWorld.CreateAsync(host);
        var first = await world.ActivateAsync(TargetingWorld.Profile(score: 50));

        var second = await world.SaveAsync(TargetingWorld.Profile(score: 60));
        var submitted = await world.ChangeAsync(world.Targeter, second.VersionId, Decision.Submit);
        var approved = await world.ChangeAsync(world.Head, second.VersionId, Decision.Approve);

        (second.ProfileId, second.Version, second.Created).ShouldBe((first.ProfileId, 2, false));
        submitted.Value!.Status.ShouldBe(ProfileStatus.Submitted);
        approved.Value!.Status.ShouldBe(ProfileStatus.Active);
        var profile = (await world.RunAsync<GetProfile.Handler, GetProfile.Result>(world.Officer, h => h.HandleAsync(new GetProfile.Query(first.ProfileId), Cancel))).Value!;
        profile.Versions.Select(v => (v.Number, v.Status, v.Score)).ShouldBe([(2, ProfileStatus.Active, 60), (1, ProfileStatus.Retired, 50)]);
        profile.Versions[1].Note.ShouldBe("Replaced by version 2.");
        profile.Versions[0].ApprovedBy.ShouldBe("tia.head");
        profile.Versions[0].SubmittedBy.ShouldBe("tia.targeter");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Four_eyes_a_unit_head_cannot_approve_what_they_wrote_and_only_unit_heads_decide(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await TargetingWorld.CreateAsync(host);
        var ownWork = await world.SaveAsync(TargetingWorld.Profile(), world.Head);
        (await world.ChangeAsync(world.Head, ownWork.VersionId, Decision.Submit)).Kind.ShouldBe(OutcomeKind.Ok);

        var self = await world.ChangeAsync(world.Head, ownWork.VersionId, Decision.Approve);
        var byOfficer = await world.ChangeAsync(world.Officer, ownWork.VersionId, Decision.Approve);
        var byTargeter = await world.ChangeAsync(world.Targeter, ownWork.VersionId, Decision.Approve);
        var byOtherHead = await world.ChangeAsync(world.SecondHead, ownWork.VersionId, Decision.Approve);

        self.Kind.ShouldBe(OutcomeKind.Forbidden);
        self.Problems.Single().Message.ShouldContain("Four eyes");
        byOfficer.Kind.ShouldBe(OutcomeKind.Forbidden);
        byTargeter.Kind.ShouldBe(OutcomeKind.Forbidden);
        byOtherHead.Value!.Status.ShouldBe(ProfileStatus.Active);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_returned_version_is_a_draft_again_and_suspend_resume_retire_follow_the_lifecycle(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await TargetingWorld.CreateAsync(host);
        var saved = await world.SaveAsync(TargetingWorld.Profile());

        var approveDraft = await world.ChangeAsync(world.Head, saved.VersionId, Decision.Approve);
        await world.ChangeAsync(world.Targeter, saved.VersionId, Decision.Submit);
        var returned = await world.ChangeAsync(world.Head, saved.VersionId, Decision.Return, "Narrow it to one-way bookings.");
        await world.ChangeAsync(world.Targeter, saved.VersionId, Decision.Submit);
        await world.ChangeAsync(world.Head, saved.VersionId, Decision.Approve);
        var suspended = await world.ChangeAsync(world.Head, saved.VersionId, Decision.Suspend, "Too many hits during the festival.");
        var resumed = await world.ChangeAsync(world.Head, saved.VersionId, Decision.Resume);
        var retired = await world.ChangeAsync(world.Head, saved.VersionId, Decision.Retire);
        var resumeRetired = await world.ChangeAsync(world.Head, saved.VersionId, Decision.Resume);

        approveDraft.Kind.ShouldBe(OutcomeKind.Invalid);
        returned.Value!.Status.ShouldBe(ProfileStatus.Draft);
        suspended.Value!.Status.ShouldBe(ProfileStatus.Suspended);
        resumed.Value!.Status.ShouldBe(ProfileStatus.Active);
        retired.Value!.Status.ShouldBe(ProfileStatus.Retired);
        resumeRetired.Kind.ShouldBe(OutcomeKind.Invalid);
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        var actions = await db.AuditEntries.Where(e => e.Action.StartsWith("profile.")).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync(Cancel);
        actions.ShouldBe([AuditActions.ProfileSaved, AuditActions.ProfileSubmitted, AuditActions.ProfileReturned, AuditActions.ProfileSubmitted,
            AuditActions.ProfileApproved, AuditActions.ProfileSuspended, AuditActions.ProfileResumed, AuditActions.ProfileRetired]);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Another_units_people_do_not_see_the_profile(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await TargetingWorld.CreateAsync(host);
        var saved = await world.SaveAsync(TargetingWorld.Profile());

        var list = await world.RunAsync<ListProfiles.Handler, IReadOnlyList<ListProfiles.Row>>(world.BelgradeOfficer, h => h.HandleAsync(new ListProfiles.Query(), Cancel));
        var get = await world.RunAsync<GetProfile.Handler, GetProfile.Result>(world.BelgradeOfficer, h => h.HandleAsync(new GetProfile.Query(saved.ProfileId), Cancel));
        var own = await world.RunAsync<ListProfiles.Handler, IReadOnlyList<ListProfiles.Row>>(world.Officer, h => h.HandleAsync(new ListProfiles.Query(), Cancel));

        list.Value!.ShouldBeEmpty();
        get.Kind.ShouldBe(OutcomeKind.NotFound);
        own.Value!.Single().Name.ShouldBe("Air Serbia from Belgrade");
    }
}
