using Microsoft.EntityFrameworkCore;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Targeting;
using Portcullis.Features.Targeting;
using Portcullis.Features.Targeting.Queue;
using Portcullis.Testing;

namespace Portcullis.Features.Tests.Targeting;

/// <summary>
/// Passenger data turned into targets: profiles in force raise scored targets in lanes, drafts run in
/// shadow, hit caps hold, random selection keeps its minimum, and a unit sees only its own; on both databases.
/// </summary>
public sealed class TargetingTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_profile_in_force_turns_matching_travellers_into_targets_of_its_unit_only(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await TargetingWorld.CreateAsync(host);
        await world.SetRandomPercentAsync(0);
        var profile = await world.ActivateAsync(TargetingWorld.Profile(score: 80));

        await world.IngestAsync(passengers: 3);

        var queue = await world.QueueAsync(world.Officer);
        queue.Rows.Count.ShouldBe(3);
        queue.Rows.ShouldAllBe(r => r.Score == 80 && r.Lane == Lane.Red && !r.Random && r.ProfileHits == 1 && r.Flight == "JU 170");
        queue.Red.ShouldBe(3);
        var polled = (await world.RunAsync<ListTargets.Handler, ListTargets.Result>(world.Officer, h => h.HandleAsync(new ListTargets.Query(Since: queue.Stamp), Cancel))).Value!;
        (polled.Unchanged, polled.Rows.Count, polled.Stamp).ShouldBe((true, 0, queue.Stamp), "a poll with the current stamp reads no names");
        (await world.QueueAsync(world.BelgradeOfficer)).Rows.ShouldBeEmpty();
        var details = (await world.RunAsync<GetTarget.Handler, GetTarget.Details>(world.Officer, h => h.HandleAsync(new GetTarget.Query(queue.Rows[0].Id), Cancel))).Value!;
        var why = details.Profiles.Single().Explanation;
        (why.Profile, why.Version, why.Score).ShouldBe(("Air Serbia from Belgrade", 1, 80));
        why.Conditions.Select(c => (c.Text, c.Held, c.Values.Single().Shown)).ShouldBe(
            [("flight.carrier = \"JU\"", true, "\"JU\""), ("flight.departure.airport = \"BEG\"", true, "\"BEG\"")]);
        var foreign = await world.RunAsync<GetTarget.Handler, GetTarget.Details>(world.BelgradeOfficer, h => h.HandleAsync(new GetTarget.Query(queue.Rows[0].Id), Cancel));
        foreign.Kind.ShouldBe(OutcomeKind.NotFound);
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        (await db.RiskProfileVersions.SingleAsync(v => v.Id == profile.VersionId, Cancel)).Evaluated.ShouldBe(3);
        (await db.AuditEntries.CountAsync(e => e.Action == AuditActions.TargetRaised, Cancel)).ShouldBe(3);
        (await db.AuditEntries.CountAsync(e => e.Action == AuditActions.TargetRead && e.SubjectType == "target", Cancel)).ShouldBe(1);
        (await db.AuditEntries.CountAsync(e => e.Action == AuditActions.TargetRead && e.SubjectType == "targets", Cancel)).ShouldBe(1, "the officer's queue, with names");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Resending_the_list_raises_nothing_twice_and_the_lane_follows_the_units_thresholds(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await TargetingWorld.CreateAsync(host);
        await world.SetRandomPercentAsync(0, red: 90, yellow: 50);
        await world.ActivateAsync(TargetingWorld.Profile(score: 60));

        await world.IngestAsync(passengers: 2);
        await world.IngestAsync(passengers: 2);

        var queue = await world.QueueAsync(world.Officer);
        queue.Rows.Count.ShouldBe(2);
        queue.Rows.ShouldAllBe(r => r.Lane == Lane.Yellow && r.Score == 60);
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        (await db.ProfileHits.CountAsync(Cancel)).ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_profiles_on_one_traveller_make_one_target_with_the_combined_score(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await TargetingWorld.CreateAsync(host);
        await world.SetRandomPercentAsync(0);
        await world.ActivateAsync(TargetingWorld.Profile(name: "Route", score: 50));
        await world.ActivateAsync(TargetingWorld.Profile(name: "Carrier", score: 40, condition: "flight.carrier = \"JU\" and flight.number = \"170\""));

        await world.IngestAsync(passengers: 1);

        var row = (await world.QueueAsync(world.Officer)).Rows.Single();
        (row.Score, row.ProfileHits, row.Lane).ShouldBe((70, 2, Lane.Red));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_draft_runs_in_shadow_it_records_what_it_would_select_and_raises_no_target(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await TargetingWorld.CreateAsync(host);
        await world.SetRandomPercentAsync(0);
        var draft = await world.SaveAsync(TargetingWorld.Profile());

        await world.IngestAsync(passengers: 3);

        (await world.QueueAsync(world.Officer)).Rows.ShouldBeEmpty();
        var profile = (await world.RunAsync<GetProfile.Handler, GetProfile.Result>(world.Targeter, h => h.HandleAsync(new GetProfile.Query(draft.ProfileId), Cancel))).Value!;
        (profile.Latest.ShadowHits, profile.Latest.Hits).ShouldBe((3, 0));
        profile.LatestInShadow.Select(s => s.Flight).ShouldBe(["JU 170", "JU 170", "JU 170"]);
        var shadow = await world.RunAsync<ShadowRun.Handler, ShadowRun.Result>(world.Targeter, h => h.HandleAsync(new ShadowRun.Query(draft.VersionId, 7), Cancel));
        (shadow.Value!.Evaluated, shadow.Value.SelectedCount, shadow.Value.Selected.Count).ShouldBe((3, 3, 3));
        shadow.Value.Selected[0].Flight.ShouldBe("JU 170");
        var narrower = await world.RunAsync<ShadowRun.Handler, ShadowRun.Result>(world.Targeter,
            h => h.HandleAsync(new ShadowRun.Query(null, 7, TargetingWorld.Profile(condition: "flight.carrier = \"W6\" and flight.departure.airport = \"BEG\"")), Cancel));
        (narrower.Value!.Evaluated, narrower.Value.SelectedCount).ShouldBe((3, 0));
        var belgrade = await world.RunAsync<ShadowRun.Handler, ShadowRun.Result>(world.BelgradeOfficer, h => h.HandleAsync(new ShadowRun.Query(draft.VersionId, 7), Cancel));
        belgrade.Kind.ShouldBe(OutcomeKind.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_hit_cap_stops_a_runaway_profile_and_counts_what_it_held_back(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await TargetingWorld.CreateAsync(host);
        await world.SetRandomPercentAsync(0);
        var profile = await world.ActivateAsync(TargetingWorld.Profile(cap: "2 per hour"));

        await world.IngestAsync(passengers: 5);

        (await world.QueueAsync(world.Officer)).Rows.Count.ShouldBe(2);
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        var version = await db.RiskProfileVersions.SingleAsync(v => v.Id == profile.VersionId, Cancel);
        (version.Evaluated, version.Capped).ShouldBe((5, 3));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Random_selection_keeps_its_minimum_share_of_untargeted_travellers_and_marks_them(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await TargetingWorld.CreateAsync(host);
        await world.SetRandomPercentAsync(40);

        await world.IngestAsync(passengers: 5, flight: "JU170");
        await world.IngestAsync(passengers: 5, flight: "JU172");

        var queue = await world.QueueAsync(world.Officer);
        queue.Rows.Count.ShouldBe(4);
        queue.Rows.ShouldAllBe(r => r.Random && r.Score == 0 && r.Lane == Lane.Red);
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        var settings = await db.TargetingSettings.SingleAsync(s => s.Unit == TargetingWorld.Tirana, Cancel);
        (settings.SubjectsSeen, settings.RandomSelected).ShouldBe((10, 4));
    }
}
