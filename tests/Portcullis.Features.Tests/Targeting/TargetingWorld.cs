using System.Globalization;
using Portcullis.Data.Scoping;
using Portcullis.Domain.People;
using Portcullis.Features.Passengers;
using Portcullis.Features.Targeting;
using Portcullis.Features.Targeting.Queue;
using Portcullis.Testing;

namespace Portcullis.Features.Tests.Targeting;

/// <summary>
/// The people and steps the targeting tests share: a Tirana unit (arrival end of JU170 from Belgrade)
/// with a targeter, two unit heads and two officers, and a Belgrade officer at the departure end.
/// </summary>
internal sealed class TargetingWorld
{
    public const string Tirana = "AL-ACCU-TIRANA";
    public const string Belgrade = "RS-ACCU-BELGRADE";

    private TargetingWorld(FeatureHost host) => Host = host;

    public FeatureHost Host { get; }

    public AccessScope Targeter { get; private set; } = AccessScope.Anonymous;
    public AccessScope Head { get; private set; } = AccessScope.Anonymous;
    public AccessScope SecondHead { get; private set; } = AccessScope.Anonymous;
    public AccessScope Officer { get; private set; } = AccessScope.Anonymous;
    public AccessScope SecondOfficer { get; private set; } = AccessScope.Anonymous;
    public AccessScope BelgradeOfficer { get; private set; } = AccessScope.Anonymous;

    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<TargetingWorld> CreateAsync(FeatureHost host)
    {
        var world = new TargetingWorld(host);
        await host.AddPersonAsync("tia.targeter", Role.Targeter, Tirana);
        await host.AddPersonAsync("tia.head", Role.UnitHead, Tirana);
        await host.AddPersonAsync("tia.head2", Role.UnitHead, Tirana);
        await host.AddPersonAsync("tia.officer", Role.Officer, Tirana);
        await host.AddPersonAsync("tia.officer2", Role.Officer, Tirana);
        await host.AddPersonAsync("beg.officer", Role.Officer, Belgrade);
        world.Targeter = await host.AsAsync("tia.targeter");
        world.Head = await host.AsAsync("tia.head");
        world.SecondHead = await host.AsAsync("tia.head2");
        world.Officer = await host.AsAsync("tia.officer");
        world.SecondOfficer = await host.AsAsync("tia.officer2");
        world.BelgradeOfficer = await host.AsAsync("beg.officer");
        return world;
    }

    /// <summary>A profile on the carrier and route, so the sample flight's travellers match it.</summary>
    public static string Profile(string name = "Air Serbia from Belgrade", int score = 80, string cap = "100 per day", string condition = "flight.carrier = \"JU\" and flight.departure.airport = \"BEG\"") => $"""
        profile "{name}"
        rationale "A route and carrier used by couriers this season (test)."
        owner {Tirana}
        valid 2020-01-01 to 2099-12-31
        hit cap {cap}
        score {score.ToString(CultureInfo.InvariantCulture)}
        when
          {condition}
        """;

    public Task<Outcome<T>> RunAsync<THandler, T>(AccessScope scope, Func<THandler, Task<Outcome<T>>> action) where THandler : notnull =>
        Host.RunAsync<THandler, Outcome<T>>(scope, action);

    public async Task<SaveProfile.Result> SaveAsync(string text, AccessScope? scope = null)
    {
        var saved = await RunAsync<SaveProfile.Handler, SaveProfile.Result>(scope ?? Targeter, h => h.HandleAsync(new SaveProfile.Command(text), Cancel));
        saved.Kind.ShouldBe(OutcomeKind.Ok, string.Join("; ", saved.Problems.Select(p => p.Message)));
        return saved.Value!;
    }

    public Task<Outcome<ChangeProfileStatus.Result>> ChangeAsync(AccessScope scope, Guid version, ChangeProfileStatus.Decision decision, string? note = null) =>
        RunAsync<ChangeProfileStatus.Handler, ChangeProfileStatus.Result>(scope, h => h.HandleAsync(new ChangeProfileStatus.Command(version, decision, note), Cancel));

    /// <summary>Written by the targeter, submitted, approved by the head: in force.</summary>
    public async Task<SaveProfile.Result> ActivateAsync(string text)
    {
        var saved = await SaveAsync(text);
        (await ChangeAsync(Targeter, saved.VersionId, ChangeProfileStatus.Decision.Submit)).Kind.ShouldBe(OutcomeKind.Ok);
        (await ChangeAsync(Head, saved.VersionId, ChangeProfileStatus.Decision.Approve)).Value!.Status.ShouldBe(Domain.Targeting.ProfileStatus.Active);
        return saved;
    }

    public async Task SetRandomPercentAsync(decimal percent, int red = 70, int yellow = 40) =>
        (await RunAsync<ChangeTargetingSettings.Handler, Domain.Targeting.TargetingSettings>(Head,
            h => h.HandleAsync(new ChangeTargetingSettings.Command(red, yellow, percent), Cancel))).Kind.ShouldBe(OutcomeKind.Ok);

    /// <summary>JU170 Belgrade → Tirana tomorrow, with the given number of passengers.</summary>
    public async Task IngestAsync(int passengers = 3, string flight = "JU170")
    {
        var day = DateTime.UtcNow.AddDays(1).ToString("yyMMdd", CultureInfo.InvariantCulture);
        var outcome = await Host.RunAsync<IngestMessage.Handler, Outcome<IngestMessage.Result>>(FeatureHost.CommandLine,
            h => h.HandleAsync(new IngestMessage.Command(PassengerSamples.Paxlst(flight: flight, day: day, passengers: passengers), "cli:test", "sample.edi", null), default));
        outcome.Kind.ShouldBe(OutcomeKind.Ok, string.Join("; ", outcome.Problems.Select(p => p.Message)));
    }

    public async Task<ListTargets.Result> QueueAsync(AccessScope scope, bool closed = false) =>
        (await RunAsync<ListTargets.Handler, ListTargets.Result>(scope, h => h.HandleAsync(new ListTargets.Query(closed), Cancel))).Value!;

    public Task<Outcome<Guid>> TakeNextAsync(AccessScope scope) =>
        RunAsync<TakeTarget.Handler, Guid>(scope, h => h.HandleAsync(new TakeTarget.Command(), Cancel));

    public Task<Outcome<Domain.Targeting.TargetStatus>> WorkAsync(AccessScope scope, WorkTarget.Command command) =>
        RunAsync<WorkTarget.Handler, Domain.Targeting.TargetStatus>(scope, h => h.HandleAsync(command, Cancel));
}
