using System.Globalization;
using Portcullis.Data.Scoping;
using Portcullis.Domain.People;
using Portcullis.Domain.Watchlists;
using Portcullis.Features.Passengers;
using Portcullis.Features.Screening;
using Portcullis.Features.Targeting;
using Portcullis.Testing;

namespace Portcullis.Features.Tests.Cargo;

/// <summary>
/// The people and steps the cargo tests share: the Port Control Unit of Durrës (targeter, two heads,
/// an officer) and an officer of the PCU Bar; the repository's CUSCAR samples, ingested as a sender's.
/// </summary>
internal sealed class CargoWorld
{
    public const string Durres = "AL-PCU-DURRES";
    public const string Bar = "ME-PCU-BAR";

    private CargoWorld(FeatureHost host) => Host = host;

    public FeatureHost Host { get; }

    public AccessScope Targeter { get; private set; } = AccessScope.Anonymous;
    public AccessScope Head { get; private set; } = AccessScope.Anonymous;
    public AccessScope Officer { get; private set; } = AccessScope.Anonymous;
    public AccessScope BarOfficer { get; private set; } = AccessScope.Anonymous;

    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<CargoWorld> CreateAsync(FeatureHost host)
    {
        var world = new CargoWorld(host);
        await host.AddPersonAsync("drz.targeter", Role.Targeter, Durres);
        await host.AddPersonAsync("drz.head", Role.UnitHead, Durres);
        await host.AddPersonAsync("drz.officer", Role.Officer, Durres);
        await host.AddPersonAsync("bar.officer", Role.Officer, Bar);
        world.Targeter = await host.AsAsync("drz.targeter");
        world.Head = await host.AsAsync("drz.head");
        world.Officer = await host.AsAsync("drz.officer");
        world.BarOfficer = await host.AsAsync("bar.officer");
        return world;
    }

    /// <summary>A consignment profile of the Durrës PCU.</summary>
    public static string Profile(string condition, string name = "Transshipped via Gioia Tauro", int score = 80) => $"""
        profile "{name}"
        subject consignments
        rationale "Gioia Tauro is a known transshipment hub for cocaine in fruit and textile loads (test)."
        owner {Durres}
        valid 2020-01-01 to 2099-12-31
        hit cap 100 per day
        score {score.ToString(CultureInfo.InvariantCulture)}
        when
          {condition}
        """;

    public static byte[] Sample(string name) => File.ReadAllBytes(RepositoryFolders.TestData("cargo", "cuscar", name));

    public Task<Outcome<T>> RunAsync<THandler, T>(AccessScope scope, Func<THandler, Task<Outcome<T>>> action) where THandler : notnull =>
        Host.RunAsync<THandler, Outcome<T>>(scope, action);

    public async Task<IngestMessage.Result> IngestAsync(byte[] content, string fileName = "manifest.edi")
    {
        var outcome = await Host.RunAsync<IngestMessage.Handler, Outcome<IngestMessage.Result>>(FeatureHost.CommandLine,
            h => h.HandleAsync(new IngestMessage.Command(content, "cli:test", fileName, null), default));
        outcome.Kind.ShouldBe(OutcomeKind.Ok, string.Join("; ", outcome.Problems.Select(p => p.Message)));
        return outcome.Value!;
    }

    public async Task ActivateAsync(string text)
    {
        var saved = await RunAsync<SaveProfile.Handler, SaveProfile.Result>(Targeter, h => h.HandleAsync(new SaveProfile.Command(text), Cancel));
        saved.Kind.ShouldBe(OutcomeKind.Ok, string.Join("; ", saved.Problems.Select(p => p.Message)));
        (await RunAsync<ChangeProfileStatus.Handler, ChangeProfileStatus.Result>(Targeter,
            h => h.HandleAsync(new ChangeProfileStatus.Command(saved.Value!.VersionId, ChangeProfileStatus.Decision.Submit, null), Cancel))).Kind.ShouldBe(OutcomeKind.Ok);
        (await RunAsync<ChangeProfileStatus.Handler, ChangeProfileStatus.Result>(Head,
            h => h.HandleAsync(new ChangeProfileStatus.Command(saved.Value!.VersionId, ChangeProfileStatus.Decision.Approve, null), Cancel))).Kind.ShouldBe(OutcomeKind.Ok);
    }

    public async Task NoRandomSelectionAsync() =>
        (await RunAsync<ChangeTargetingSettings.Handler, Domain.Targeting.TargetingSettings>(Head,
            h => h.HandleAsync(new ChangeTargetingSettings.Command(70, 40, 0), Cancel))).Kind.ShouldBe(OutcomeKind.Ok);

    /// <summary>An organisation and container list kept by Albania, as the CSV template writes it.</summary>
    public async Task ImportListAsync(string rows, WatchlistSubject subject)
    {
        const string Header = "id,kind,name,given_name,family_name,aliases,date_of_birth,nationality,sex,document_number,reason,listed_on";
        var csv = System.Text.Encoding.UTF8.GetBytes(Header + "\r\n" + rows + "\r\n");
        var meta = new ImportWatchlist.NewWatchlist("Albanian " + subject, subject, WatchlistSeverity.High, [], "Test list", OwnerUnit: Durres);
        var outcome = await Host.RunAsync<ImportWatchlist.Handler, Outcome<ImportWatchlist.Result>>(FeatureHost.CommandLine,
            h => h.HandleAsync(new ImportWatchlist.Command(csv, "list.csv", null, meta), default));
        outcome.Kind.ShouldBe(OutcomeKind.Ok, string.Join("; ", outcome.Problems.Select(p => p.Message)));
        await Host.RunAsync<ScreeningIndexService, bool>(FeatureHost.CommandLine, async s =>
        {
            await s.Pending;
            return true;
        });
    }
}
