using Microsoft.EntityFrameworkCore;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Targeting;
using Portcullis.Features.Screening;
using Portcullis.Features.Targeting;
using Portcullis.Features.Targeting.Queue;
using Portcullis.Testing;

namespace Portcullis.Features.Tests.Targeting;

/// <summary>
/// The unit's work queue: take-next locks a target to one officer, decisions need the lock and a
/// reason, results follow referrals, every step is recorded and audited, and the effectiveness
/// figures count it all; on both databases.
/// </summary>
public sealed class WorkQueueTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_officers_taking_at_once_never_get_the_same_target_and_an_empty_queue_says_so(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await TargetingWorld.CreateAsync(host);
        await world.SetRandomPercentAsync(0);
        await world.ActivateAsync(TargetingWorld.Profile());
        await world.IngestAsync(passengers: 2);

        var taken = await Task.WhenAll(world.TakeNextAsync(world.Officer), world.TakeNextAsync(world.SecondOfficer));
        var third = await world.TakeNextAsync(world.Head);
        var again = await world.TakeNextAsync(world.Officer);

        taken.ShouldAllBe(o => o.Kind == OutcomeKind.Ok);
        taken[0].Value.ShouldNotBe(taken[1].Value);
        third.Kind.ShouldBe(OutcomeKind.NotFound);
        again.Value.ShouldBe(taken[0].Value, "an officer who takes again gets back the target they hold");
        var queue = await world.QueueAsync(world.Officer);
        queue.Rows.Select(r => r.TakenBy).Order(StringComparer.Ordinal).ShouldBe(["tia.officer", "tia.officer2"]);
        var targeter = await world.TakeNextAsync(world.Targeter);
        targeter.Kind.ShouldBe(OutcomeKind.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Only_the_holder_decides_a_dismissal_needs_a_reason_and_a_result_follows_a_referral(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await TargetingWorld.CreateAsync(host);
        await world.SetRandomPercentAsync(0);
        await world.ActivateAsync(TargetingWorld.Profile());
        await world.IngestAsync(passengers: 2);
        var first = (await world.TakeNextAsync(world.Officer)).Value;
        var second = (await world.TakeNextAsync(world.SecondOfficer)).Value;

        var notMine = await world.WorkAsync(world.Officer, new WorkTarget.Command(second, WorkTarget.TargetStep.Refer));
        var noReason = await world.WorkAsync(world.Officer, new WorkTarget.Command(first, WorkTarget.TargetStep.Dismiss));
        var otherWithoutWords = await world.WorkAsync(world.Officer, new WorkTarget.Command(first, WorkTarget.TargetStep.Dismiss, DismissReason.Other));
        var resultTooEarly = await world.WorkAsync(world.Officer, new WorkTarget.Command(first, WorkTarget.TargetStep.RecordResult, Result: InspectionResult.Negative));
        var dismissed = await world.WorkAsync(world.Officer, new WorkTarget.Command(first, WorkTarget.TargetStep.Dismiss, DismissReason.Explained, "Known business traveller."));
        var referred = await world.WorkAsync(world.SecondOfficer, new WorkTarget.Command(second, WorkTarget.TargetStep.Refer, Note: "Search the bags."));
        var positiveWithoutFindings = await world.WorkAsync(world.Officer, new WorkTarget.Command(second, WorkTarget.TargetStep.RecordResult, Result: InspectionResult.Positive));
        var positive = await world.WorkAsync(world.Officer, new WorkTarget.Command(second, WorkTarget.TargetStep.RecordResult, Result: InspectionResult.Positive, Findings: "400 g heroin in a shoe heel."));

        notMine.Problems.Single().Code.ShouldBe("not-taken");
        noReason.Problems.Single().Field.ShouldBe("reason");
        otherWithoutWords.Problems.Single().Field.ShouldBe("note");
        resultTooEarly.Problems.Single().Code.ShouldBe("not-referred");
        dismissed.Value.ShouldBe(TargetStatus.Dismissed);
        referred.Value.ShouldBe(TargetStatus.Referred);
        positiveWithoutFindings.Problems.Single().Field.ShouldBe("findings");
        positive.Value.ShouldBe(TargetStatus.Inspected);

        await using var db = database.CreateContext(FeatureHost.CommandLine);
        var done = await db.Targets.SingleAsync(t => t.Id == second, Cancel);
        (done.TakenBy, done.DecidedBy, done.DecisionNote, done.ResultBy, done.Result, done.Findings)
            .ShouldBe(("tia.officer2", "tia.officer2", "Search the bags.", "tia.officer", InspectionResult.Positive, "400 g heroin in a shoe heel."));
        (done.TakenAt <= done.DecidedAt && done.DecidedAt <= done.ResultAt).ShouldBeTrue();
        var actions = await db.AuditEntries.Where(e => e.SubjectId == second.ToString("D")).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync(Cancel);
        actions.ShouldBe([AuditActions.TargetRaised, AuditActions.TargetTaken, AuditActions.TargetReferred, AuditActions.TargetInspected]);
        (await world.QueueAsync(world.Officer)).Rows.ShouldBeEmpty();
        (await world.QueueAsync(world.Officer, closed: true)).Rows.Count.ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_released_target_goes_back_to_the_queue_and_another_unit_cannot_take_it(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await TargetingWorld.CreateAsync(host);
        await world.SetRandomPercentAsync(0);
        await world.ActivateAsync(TargetingWorld.Profile());
        await world.IngestAsync(passengers: 1);
        var id = (await world.TakeNextAsync(world.Officer)).Value;

        var released = await world.WorkAsync(world.Officer, new WorkTarget.Command(id, WorkTarget.TargetStep.Release));
        var foreign = await world.RunAsync<TakeTarget.Handler, Guid>(world.BelgradeOfficer, h => h.HandleAsync(new TakeTarget.Command(id), Cancel));
        var foreignNext = await world.TakeNextAsync(world.BelgradeOfficer);
        var retaken = await world.TakeNextAsync(world.SecondOfficer);

        released.Value.ShouldBe(TargetStatus.New);
        foreign.Kind.ShouldNotBe(OutcomeKind.Ok);
        foreignNext.Kind.ShouldBe(OutcomeKind.NotFound);
        retaken.Value.ShouldBe(id);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_figures_give_each_version_its_hit_rate_and_lift_over_the_random_base_rate(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await TargetingWorld.CreateAsync(host);

        // Four random subjects on a first flight (base rate 1 in 4), then the profile on a second (2 in 2).
        await world.SetRandomPercentAsync(100);
        await world.IngestAsync(passengers: 4, flight: "JU172");
        await world.SetRandomPercentAsync(0);
        var profile = await world.ActivateAsync(TargetingWorld.Profile(condition: "flight.number = \"170\" and flight.departure.airport = \"BEG\""));
        await world.IngestAsync(passengers: 2, flight: "JU170");
        var positives = 0;
        while ((await world.TakeNextAsync(world.Officer)) is { IsOk: true, Value: var id })
        {
            var details = (await world.RunAsync<GetTarget.Handler, GetTarget.Details>(world.Officer, h => h.HandleAsync(new GetTarget.Query(id), Cancel))).Value!;
            await world.WorkAsync(world.Officer, new WorkTarget.Command(id, WorkTarget.TargetStep.Refer));
            var positive = !details.Target.Random || positives++ == 0;
            await world.WorkAsync(world.Officer, new WorkTarget.Command(id, WorkTarget.TargetStep.RecordResult,
                Result: positive ? InspectionResult.Positive : InspectionResult.Negative, Findings: positive ? "Undeclared cash" : null));
        }

        var stats = (await world.RunAsync<ProfileStats.Handler, ProfileStats.Result>(world.Head, h => h.HandleAsync(new ProfileStats.Query(), Cancel))).Value!;
        var version = stats.Versions.Single();
        (version.Version, version.Figures.Evaluated, version.Figures.Hits, version.Figures.Inspections, version.Figures.Positives).ShouldBe((1, 2, 2, 2, 2));
        version.Figures.HitRate.ShouldBe(1.0);
        stats.BaseRate.ShouldBe(0.25);
        version.Lift.ShouldBe(4.0);
        (stats.Random.Hits, stats.Random.Positives).ShouldBe((4, 1));
        stats.Lanes.Single(l => l.Lane == Lane.Red).Figures.Positives.ShouldBe(2);
        var other = await world.RunAsync<ProfileStats.Handler, ProfileStats.Result>(world.BelgradeOfficer, h => h.HandleAsync(new ProfileStats.Query(), Cancel));
        other.Value!.Versions.ShouldBeEmpty();
        profile.Version.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_watchlist_hit_alone_makes_a_target_scored_by_the_match(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await TargetingWorld.CreateAsync(host);
        await world.SetRandomPercentAsync(0);
        const string list = "id,kind,name,given_name,family_name,aliases,date_of_birth,nationality,sex,document_number,reason,listed_on\r\n"
            + "AL-9,person,Xhevdet Krasniqi,Xhevdet,Krasniqi,,1985-01-11,RS,M,,Arrest warrant,2026-11-01\r\n";
        var imported = await host.RunAsync<ImportWatchlist.Handler, Outcome<ImportWatchlist.Result>>(FeatureHost.CommandLine,
            h => h.HandleAsync(new ImportWatchlist.Command(System.Text.Encoding.UTF8.GetBytes(list), "wanted.csv", null,
                new ImportWatchlist.NewWatchlist("Wanted", Domain.Watchlists.WatchlistSubject.Persons, Domain.Watchlists.WatchlistSeverity.High, [], "Warrants", OwnerUnit: TargetingWorld.Tirana)), Cancel));
        imported.Kind.ShouldBe(OutcomeKind.Ok);
        await host.RunAsync<ScreeningIndexService, bool>(FeatureHost.CommandLine, async s =>
        {
            await s.Pending;
            return true;
        });

        await world.IngestAsync(passengers: 2);

        var row = (await world.QueueAsync(world.Officer)).Rows.Single();
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        var hit = await db.ScreeningHits.SingleAsync(Cancel);
        (row.SubjectName, row.WatchlistHits, row.ProfileHits).ShouldBe(("XHEVDET KRASNIQI", 1, 0));
        row.Score.ShouldBe(TargetScore.Combine([TargetScore.ForWatchlistHit(hit.Score)]));
        (await world.QueueAsync(world.BelgradeOfficer)).Rows.ShouldBeEmpty("the Serbian unit does not see an Albanian list");
    }
}
