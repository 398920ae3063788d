using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data.Scoping;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Passengers;
using Portcullis.Domain.People;
using Portcullis.Features.Passengers;
using Portcullis.Testing;

namespace Portcullis.Features.Tests.Passengers;

/// <summary>Receiving passenger data: raw bytes first, duplicates, quarantine and reprocessing, flights, travellers, scope.</summary>
public sealed class IngestTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static Task<Outcome<IngestMessage.Result>> IngestAsync(FeatureHost host, byte[] content, string? jurisdiction = null) =>
        host.RunAsync<IngestMessage.Handler, Outcome<IngestMessage.Result>>(FeatureHost.CommandLine,
            h => h.HandleAsync(new IngestMessage.Command(content, "cli:test", "sample.edi", jurisdiction), default));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Ingest_ApiList_StoresRawBytesFlightAndTravellers(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var bytes = PassengerSamples.Paxlst();

        var result = (await IngestAsync(host, bytes)).Value!;

        result.Status.ShouldBe(MessageStatus.Processed);
        result.Travellers.ShouldBe(3);
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        var stored = await db.ReceivedMessages.SingleAsync(TestContext.Current.CancellationToken);
        stored.Content.ShouldBe(bytes);
        stored.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        stored.Sender.ShouldBe("cli:test");
        stored.Jurisdiction.ShouldBe("AL");
        var flight = await db.Flights.SingleAsync(TestContext.Current.CancellationToken);
        (flight.Carrier, flight.Number, flight.DepartureDate).ShouldBe(("JU", "170", new DateOnly(2026, 11, 28)));
        (flight.DepartureLocation, flight.ArrivalLocation).ShouldBe(("belgrade-airport", "tirana-airport"));
        flight.PassengerCount.ShouldBe(3);
        var travellers = await db.FlightTravellers.OrderBy(t => t.DocumentNumber).ToListAsync(TestContext.Current.CancellationToken);
        travellers.Select(t => t.Surname).ShouldBe(["PETROVIĆ", "KRASNIQI", "HODŽIĆ"]);
        travellers[2].GivenNames.ShouldBe("DŽEVAD ALIJA");
        travellers[0].DateOfBirth.ShouldBe(new DateOnly(1985, 1, 10));
        travellers.ShouldAllBe(t => t.MessageId == stored.Id);
        (await db.AuditEntries.CountAsync(e => e.Action == AuditActions.MessageReceived, TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Ingest_CargoManifest_IsKeptRawAndStoredAndTheSameBytesAgainAreADuplicate(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var bytes = await File.ReadAllBytesAsync(RepositoryFolders.TestData("cargo", "cuscar", "durres-original.edi"), TestContext.Current.CancellationToken);

        var result = (await IngestAsync(host, bytes, "AL")).Value!;
        var again = (await IngestAsync(host, bytes, "AL")).Value!;

        result.Status.ShouldBeOneOf(MessageStatus.Processed, MessageStatus.ProcessedWithWarnings);
        again.Status.ShouldBe(MessageStatus.Duplicate);
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        var stored = await db.ReceivedMessages.SingleAsync(m => m.Id == result.Id, TestContext.Current.CancellationToken);
        stored.Content.ShouldBe(bytes);
        (stored.Format, stored.Summary).ShouldBe(("CUSCAR", "CUSCAR MV ADRIATIC STAR 0412E ALDRZ 2026-11-28, 2 consignments"));
        (await db.CargoConsignments.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(2);
        (await db.Flights.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Ingest_BrokenCargoFile_IsKeptRawAndQuarantinedWithItsDiagnostics(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var bytes = await File.ReadAllBytesAsync(RepositoryFolders.TestData("cargo", "cuscar", "broken.edi"), TestContext.Current.CancellationToken);

        var result = (await IngestAsync(host, bytes, "AL")).Value!;

        result.Status.ShouldBe(MessageStatus.Quarantined);
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        var stored = await db.ReceivedMessages.SingleAsync(TestContext.Current.CancellationToken);
        stored.Content.ShouldBe(bytes);
        stored.Format.ShouldBe("CUSCAR");
        stored.Diagnostics.ShouldContain("edifact.missing-unz");
        stored.Diagnostics.ShouldContain("cargo.no-number");
        (await db.CargoConsignments.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Ingest_SameBytesTwice_IsADuplicateAndAppliedOnce(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var first = (await IngestAsync(host, PassengerSamples.Paxlst())).Value!;

        var second = (await IngestAsync(host, PassengerSamples.Paxlst())).Value!;

        second.Status.ShouldBe(MessageStatus.Duplicate);
        second.DuplicateOf.ShouldBe(first.Id);
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        (await db.ReceivedMessages.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(2);
        (await db.ReceivedMessages.CountAsync(m => m.Content != null, TestContext.Current.CancellationToken)).ShouldBe(1);
        (await db.FlightTravellers.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(3);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Ingest_ListSentAgainWithMorePassengers_UpdatesTheSameFlight(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        await IngestAsync(host, PassengerSamples.Paxlst(passengers: 2));

        await IngestAsync(host, PassengerSamples.Paxlst(passengers: 4));

        await using var db = database.CreateContext(FeatureHost.CommandLine);
        (await db.Flights.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
        (await db.FlightTravellers.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(4);
        (await db.Flights.SingleAsync(TestContext.Current.CancellationToken)).PassengerCount.ShouldBe(4);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Ingest_TruncatedMessage_IsQuarantinedKeepsWhatWasReadAndReprocessesIdempotently(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);

        var result = (await IngestAsync(host, PassengerSamples.Paxlst(truncated: true))).Value!;

        result.Status.ShouldBe(MessageStatus.Quarantined);
        result.Errors.ShouldBeGreaterThan(0);
        result.Travellers.ShouldBe(3);
        var again = await host.RunAsync<ReprocessMessage.Handler, Outcome<IngestMessage.Result>>(FeatureHost.CommandLine,
            h => h.HandleAsync(new ReprocessMessage.Command(result.Id), default));
        again.Value!.Status.ShouldBe(MessageStatus.Quarantined);
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        (await db.FlightTravellers.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(3);
        var stored = await db.ReceivedMessages.SingleAsync(TestContext.Current.CancellationToken);
        stored.Attempts.ShouldBe(2);
        stored.Diagnostics.ShouldContain("edifact.missing-unt");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Ingest_NotEdifact_IsQuarantinedWithTheBytesKept(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var bytes = "Dear customs, please find the list attached."u8.ToArray();

        var result = (await IngestAsync(host, bytes, "ME")).Value!;

        result.Status.ShouldBe(MessageStatus.Quarantined);
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        (await db.ReceivedMessages.SingleAsync(TestContext.Current.CancellationToken)).Content.ShouldBe(bytes);
        (await db.Flights.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Flights_AreSeenByTheUnitsAtEitherEndOnly(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var result = (await IngestAsync(host, PassengerSamples.Paxlst())).Value!;
        await host.AddPersonAsync("tirana.officer", Role.Officer, "AL-ACCU-TIRANA");
        await host.AddPersonAsync("belgrade.officer", Role.Officer, "RS-ACCU-BELGRADE");
        await host.AddPersonAsync("sarajevo.officer", Role.Officer, "BA-ACCU-SARAJEVO");
        await host.AddPersonAsync("durres.targeter", Role.Targeter, "AL-PCU-DURRES");
        await host.AddPersonAsync("coordinator", Role.ProgrammeCoordinator, null);

        async Task<int> SeenBy(string user) => (await host.RunAsync<ListFlights.Handler, Outcome<IReadOnlyList<ListFlights.Row>>>(
            await host.AsAsync(user), h => h.HandleAsync(new ListFlights.Query(new DateOnly(2026, 11, 28)), default))).Value?.Count ?? -1;

        (await SeenBy("tirana.officer")).ShouldBe(1);
        (await SeenBy("belgrade.officer")).ShouldBe(1);
        (await SeenBy("sarajevo.officer")).ShouldBe(0);
        (await SeenBy("durres.targeter")).ShouldBe(0);
        (await SeenBy("coordinator")).ShouldBe(-1);

        await using var db = database.CreateContext(FeatureHost.CommandLine);
        var flightId = (await db.Flights.SingleAsync(TestContext.Current.CancellationToken)).Id;
        var travellerId = (await db.FlightTravellers.FirstAsync(TestContext.Current.CancellationToken)).Id;
        var sarajevo = await host.AsAsync("sarajevo.officer");
        (await host.RunAsync<GetFlight.Handler, Outcome<GetFlight.Details>>(sarajevo, h => h.HandleAsync(new GetFlight.Query(flightId), default))).Kind.ShouldBe(OutcomeKind.NotFound);
        (await host.RunAsync<GetTraveller.Handler, Outcome<GetTraveller.Details>>(sarajevo, h => h.HandleAsync(new GetTraveller.Query(travellerId), default))).Kind.ShouldBe(OutcomeKind.NotFound);

        var tirana = await host.AsAsync("tirana.officer");
        var seen = await host.RunAsync<GetTraveller.Handler, Outcome<GetTraveller.Details>>(tirana, h => h.HandleAsync(new GetTraveller.Query(travellerId), default));
        seen.Value!.ApiFrom.MessageId.ShouldBe(result.Id);
        (await db.AuditEntries.CountAsync(e => e.Action == AuditActions.TravellerRead && e.SubjectId == travellerId.ToString("D"), TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ApiKey_GrantsItsJurisdictionAndIsRefusedOnceRevoked(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var created = (await host.RunAsync<ApiKeys.Handler, Outcome<ApiKeys.Created>>(FeatureHost.CommandLine, h => h.CreateAsync("JU API", "al", default))).Value!;

        var scope = await host.RunAsync<ApiKeys.Handler, AccessScope?>(FeatureHost.CommandLine, h => h.AuthenticateAsync(created.Key, default));
        scope!.Jurisdiction!.Value.Value.ShouldBe("AL");
        scope.ActorName.ShouldBe("api:JU API");
        (await host.RunAsync<ApiKeys.Handler, AccessScope?>(FeatureHost.CommandLine, h => h.AuthenticateAsync(created.Key + "x", default))).ShouldBeNull();

        await host.RunAsync<ApiKeys.Handler, Outcome<ApiKeys.Row>>(FeatureHost.CommandLine, h => h.RevokeAsync("JU API", default));
        (await host.RunAsync<ApiKeys.Handler, AccessScope?>(FeatureHost.CommandLine, h => h.AuthenticateAsync(created.Key, default))).ShouldBeNull();
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        (await db.ApiKeys.SingleAsync(TestContext.Current.CancellationToken)).SecretHash.ShouldNotContain(created.Key[4..]);
    }
}
