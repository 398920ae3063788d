using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portcullis.Features.Passengers;
using Portcullis.Features.Screening;
using Portcullis.Features.Targeting.Facts;
using Portcullis.Profiles.Travellers;
using Portcullis.Testing;

namespace Portcullis.Features.Tests.Targeting;

/// <summary>
/// Traveller facts built from what ingestion stored: an API list and a PNRGOV push for JU 170
/// Belgrade–Tirana on 10 December 2026 (winter: both airports at UTC+1), written here so every fact
/// is checked against a known input; on both databases.
/// </summary>
public sealed class TravellerFactsBuilderTests
{
    // Petrović flies from Frankfurt through Belgrade to Tirana and back with his daughter, booked by a
    // travel agency nine days ahead, paid by card; his bags are in the PNR's check-in data.
    private const string Petrovic = "NAD+FL+++PETROVIĆ:ĐORĐE'ATT+2++M'DTM+329:850110'LOC+178+BEG'LOC+179+TIA'NAT+2+SRB'RFF+AVF:K7PX2M'"
        + "DOC+P:110:111+P01234560'DTM+36:301231'LOC+91+SRB'";

    // Krasniqi holds a Kosovo* passport (RKS) expiring 30 days after the flight, booked one way the
    // evening before on the airline's website, paid cash; his bags are in the API list.
    private const string Krasniqi = "NAD+FL+++KRASNIQI:XHEVDET'ATT+2++M'DTM+329:900615'MEA+CT++2'MEA+WT++KGM:23.5'LOC+178+BEG'LOC+179+TIA'NAT+2+RKS'RFF+AVF:Q4ZR8T'"
        + "DOC+P:110:111+P00123456'DTM+36:270109'LOC+91+RKS'";

    // Hodžić has no document in the list and no booking.
    private const string Hodzic = "NAD+FL+++HODŽIĆ:DŽEVAD'ATT+2++M'DTM+329:790314'LOC+178+BEG'LOC+179+TIA'NAT+2+BIH'";

    // The same two men seen earlier: the document alone for Petrović, name and birth (without diacritics) for Hodžić.
    private const string PetrovicEarlier = "NAD+FL+++PETROVIC:DJORDJE'ATT+2++M'DTM+329:850110'LOC+178+BEG'LOC+179+TIA'NAT+2+SRB'"
        + "DOC+P:110:111+P01234560'DTM+36:301231'LOC+91+SRB'";

    private const string HodzicEarlier = "NAD+FL+++HODZIC:DZEVAD'ATT+2++M'DTM+329:790314'LOC+178+TIA'LOC+179+BEG'NAT+2+BIH'";

    // Someone else with Petrović's document number, issued by another country: not him.
    private const string OtherWithSameNumber = "NAD+FL+++MÜLLER:HANS'ATT+2++M'DTM+329:700101'LOC+178+BEG'LOC+179+TIA'NAT+2+D'"
        + "DOC+P:110:111+P01234560'DTM+36:301231'LOC+91+D'";

    private const string PetrovicPnr =
        "SRC'RCI+JU:K7PX2M::011226:0930'DAT+700:011226:0945'ORG+1A:FRA+23456789:FRAXY0101+FRA++T+DE:EUR+EN'"
        + "ADD++700:MAIN STREET 1:FRANKFURT:::DE:60311'"
        + "TIF+PETROVIĆ+ĐORĐE MR:A:1'SSR+DOCS:HK:1:JU:::::/P/SRB/P01234560/SRB/10JAN85/M/31DEC30/PETROVIĆ/ĐORĐE'"
        + "SSR+CTCM:HK:1:JU:::::49301234567'SSR+CTCE:HK:1:JU:::::DJORDJE.PETROVIC//MAIL.EXAMPLE.DE'"
        + "TKT+1152345678901:T:1'MON+B:200.00:EUR+T:235.52:EUR'FOP+CC::235.52:VI:4111111111111111:1228'"
        + "TIF+PETROVIĆ+MILA MISS:C:2'SSR+DOCS:HK:1:JU:::::/P/SRB/P07654321/SRB/05MAR16/F/04MAR31/PETROVIĆ/MILA'"
        + "TVL+081226:0800:081226:0915+FRA+BEG+JU+331:Y'RPI+2+HK'"
        + "TVL+101226:1400:101226:1515+BEG+TIA+JU+170:Y'RPI+2+HK'"
        + "TRI++BEG-001:::1'TIF+PETROVIĆ+ĐORĐE MR:A:1'SSD+12A++++Y'TBD++2:31.5:700+++JU:0115123456:2:TIA'"
        + "TVL+171226:1600:171226:1715+TIA+BEG+JU+171:Y'RPI+2+HK'"
        + "TVL+171226:1900:171226:2030+BEG+FRA+JU+332:Y'RPI+2+HK'";

    private const string KrasniqiPnr =
        "SRC'RCI+JU:Q4ZR8T::091226:2210'ORG+JU:BEG+:WEB+BEG++A+RS:EUR'"
        + "TIF+KRASNIQI+XHEVDET MR:A:1'SSR+DOCS:HK:1:JU:::::/P/RKS/P00123456/RKS/15JUN90/M/09JAN27/KRASNIQI/XHEVDET'"
        + "SSR+CTCM:HK:1:JU:::::?+383 44 123 456'FOP+CA::120.00'"
        + "TVL+101226:1400:101226:1515+BEG+TIA+JU+170:Y'RPI+1+HK'";

    private const string ListHeader = "id,kind,name,given_name,family_name,aliases,date_of_birth,nationality,sex,document_number,reason,listed_on";

    private const string KrasniqiListed = "RS-9,person,Xhevdet Krasniqi,Xhevdet,Krasniqi,,1990-06-15,XK,M,,Arrest warrant,2026-11-01";

    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_traveller_with_a_return_booking_gets_flight_route_booking_document_and_bags(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        await IngestAsync(host, Paxlst("261210", Petrovic, Krasniqi, Hodzic));
        await IngestAsync(host, Pnrgov("261210", PetrovicPnr, KrasniqiPnr));

        var facts = await BuildAsync(database, "261210");

        var p = facts["PETROVIĆ"];
        (p.FlightCarrier, p.FlightNumber).ShouldBe(("JU", "170"));
        (p.FlightDepartureAirport, p.FlightDepartureCountry, p.FlightArrivalAirport, p.FlightArrivalCountry).ShouldBe(("BEG", "RS", "TIA", "AL"));
        p.FlightScheduledDeparture.ShouldBe(new DateTime(2026, 12, 10, 13, 0, 0, DateTimeKind.Utc));
        p.FlightScheduledDeparture!.Value.Kind.ShouldBe(DateTimeKind.Utc);
        p.FlightScheduledArrival.ShouldBe(new DateTime(2026, 12, 10, 14, 15, 0, DateTimeKind.Utc));

        // Out FRA–BEG–TIA, back TIA–BEG–FRA: the week in Tirana makes it the destination.
        (p.RouteOriginAirport, p.RouteOriginCountry, p.RouteDestinationAirport, p.RouteDestinationCountry).ShouldBe(("FRA", "DE", "TIA", "AL"));
        p.RouteTransits.ShouldBe([new TransitAirport("BEG", "RS")]);
        p.RouteLegs.ShouldBe(4);

        p.BookingRecordLocator.ShouldBe("K7PX2M");
        p.BookingCreatedAt.ShouldBe(new DateTime(2026, 12, 1, 9, 30, 0, DateTimeKind.Utc));
        p.BookingDaysBeforeDeparture.ShouldBe(9);
        p.BookingOneWay.ShouldBe(false);
        p.BookingPaymentType.ShouldBe("CC");
        p.BookingPaymentByThirdParty.ShouldBeNull();
        p.BookingPassengers.ShouldBe([new BookedPassenger("PETROVIĆ", "ĐORĐE", 41), new BookedPassenger("PETROVIĆ", "MILA", 10)]);
        p.BookingTravelAgency.ShouldBe("23456789");
        p.BookingContactEmailDomain.ShouldBe("mail.example.de");
        p.BookingContactPhoneCountry.ShouldBe("DE");

        (p.DocumentType, p.DocumentIssuingCountry).ShouldBe(("P", "RS"));
        p.DocumentExpiresInDays.ShouldBe(1482);
        (p.BaggageCount, p.BaggageTotalWeightKg).ShouldBe((2, 31.5m));
        (p.Nationality, p.Sex, p.Age).ShouldBe(("RS", "M", 41));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_last_minute_one_way_cash_booking_from_kosovo_is_read_as_such(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        await IngestAsync(host, Paxlst("261210", Petrovic, Krasniqi, Hodzic));
        await IngestAsync(host, Pnrgov("261210", PetrovicPnr, KrasniqiPnr));

        var k = (await BuildAsync(database, "261210"))["KRASNIQI"];

        (k.RouteOriginAirport, k.RouteOriginCountry, k.RouteDestinationAirport, k.RouteDestinationCountry).ShouldBe(("BEG", "RS", "TIA", "AL"));
        k.RouteTransits.ShouldBeEmpty();
        k.RouteLegs.ShouldBe(1);
        k.BookingRecordLocator.ShouldBe("Q4ZR8T");
        k.BookingDaysBeforeDeparture.ShouldBe(1);
        k.BookingOneWay.ShouldBe(true);
        k.BookingPaymentType.ShouldBe("CA");
        k.BookingPassengers.ShouldBe([new BookedPassenger("KRASNIQI", "XHEVDET", 36)]);
        k.BookingTravelAgency.ShouldBeNull();
        k.BookingContactEmailDomain.ShouldBeNull();
        k.BookingContactPhoneCountry.ShouldBe("XK");
        (k.DocumentType, k.DocumentIssuingCountry, k.DocumentExpiresInDays).ShouldBe(("P", "XK", 30));
        (k.BaggageCount, k.BaggageTotalWeightKg).ShouldBe((2, 23.5m));
        (k.Nationality, k.Age).ShouldBe(("XK", 36));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Without_a_booking_the_route_is_the_travellers_own_and_booking_facts_are_missing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        await IngestAsync(host, Paxlst("261210", Petrovic, Krasniqi, Hodzic));

        var h = (await BuildAsync(database, "261210"))["HODŽIĆ"];

        (h.RouteOriginAirport, h.RouteOriginCountry, h.RouteDestinationAirport, h.RouteDestinationCountry).ShouldBe(("BEG", "RS", "TIA", "AL"));
        h.RouteTransits.ShouldBeNull();
        h.RouteLegs.ShouldBeNull();
        h.BookingRecordLocator.ShouldBeNull();
        h.BookingCreatedAt.ShouldBeNull();
        h.BookingDaysBeforeDeparture.ShouldBeNull();
        h.BookingOneWay.ShouldBeNull();
        h.BookingPaymentType.ShouldBeNull();
        h.BookingPassengers.ShouldBeNull();
        (h.DocumentType, h.DocumentIssuingCountry, h.DocumentExpiresInDays).ShouldBe((null, null, null));
        (h.BaggageCount, h.BaggageTotalWeightKg).ShouldBe((null, null));
        (h.Nationality, h.Sex, h.Age).ShouldBe(("BA", "M", 47));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Previous_trips_count_earlier_flights_of_the_same_document_or_name_and_birth(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        await IngestAsync(host, Paxlst("261120", PetrovicEarlier, OtherWithSameNumber));
        await IngestAsync(host, Paxlst("261125", HodzicEarlier, flight: "JU171", from: "TIA", to: "BEG"));
        await IngestAsync(host, Paxlst("261210", Petrovic, Krasniqi, Hodzic));
        await IngestAsync(host, Paxlst("261215", PetrovicEarlier));

        await using var db = database.CreateContext(FeatureHost.CommandLine);
        var rows = await db.FlightTravellers.Include(t => t.Flight).ToListAsync(Cancel);
        var facts = await TravellerFactsBuilder.BuildAsync(db, rows.Select(t => t.Id).ToList(), Cancel);
        int? Trips(string surname, int day) =>
            facts[rows.Single(t => t.Surname == surname && t.Flight!.DepartureDate.Day == day).Id].HistoryPreviousTrips;

        (Trips("PETROVIC", 20), Trips("PETROVIĆ", 10), Trips("PETROVIC", 15)).ShouldBe((0, 1, 2));
        (Trips("HODZIC", 25), Trips("HODŽIĆ", 10)).ShouldBe((0, 1));
        (Trips("KRASNIQI", 10), Trips("MÜLLER", 20)).ShouldBe((0, 0));
        facts.Values.Count(f => f.HistoryFirstTimeSeen == true).ShouldBe(4);
        facts[rows.Single(t => t.Surname == "PETROVIĆ").Id].HistoryFirstTimeSeen.ShouldBe(false);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Watchlist_hits_are_counted_per_traveller(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var import = await host.RunAsync<ImportWatchlist.Handler, Outcome<ImportWatchlist.Result>>(FeatureHost.CommandLine,
            h => h.HandleAsync(new ImportWatchlist.Command(Encoding.UTF8.GetBytes(ListHeader + "\r\n" + KrasniqiListed + "\r\n"), "wanted.csv", null,
                new ImportWatchlist.NewWatchlist("Wanted persons", Domain.Watchlists.WatchlistSubject.Persons, Domain.Watchlists.WatchlistSeverity.High, [], "Arrest warrants", OwnerUnit: "RS-ACCU-BELGRADE")), default));
        import.Kind.ShouldBe(OutcomeKind.Ok);
        await host.RunAsync<ScreeningIndexService, bool>(FeatureHost.CommandLine, async s =>
        {
            await s.Pending;
            return true;
        });
        await IngestAsync(host, Paxlst("261210", Petrovic, Krasniqi, Hodzic));

        var facts = await BuildAsync(database, "261210");

        (facts["KRASNIQI"].WatchlistHits, facts["PETROVIĆ"].WatchlistHits, facts["HODŽIĆ"].WatchlistHits).ShouldBe((1, 0, 0));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_card_holder_who_is_not_on_the_booking_paid_as_a_third_party(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        await IngestAsync(host, Paxlst("261210", Petrovic, Krasniqi));

        // PNRGOV keeps the card holder in free text: a JSON sender gives it as a field.
        await IngestAsync(host, Encoding.UTF8.GetBytes("""
            {
              "format": "PNRGOV",
              "messages": [{
                "type": "PNRGOV",
                "flight": { "carrier": "JU", "number": "170", "departureAirport": "BEG", "departure": "2026-12-10T14:00",
                            "arrivalAirport": "TIA", "arrival": "2026-12-10T15:15" },
                "pnrs": [
                  { "recordLocator": "K7PX2M", "created": "2026-12-01T09:30",
                    "passengers": [{ "reference": "1", "surname": "PETROVIĆ", "givenNames": "ĐORĐE",
                                     "documents": [{ "type": "P", "number": "P01234560" }] }],
                    "payments": [{ "type": "CC", "cardHolder": "MARKO MARKOVIC" }],
                    "bags": [{ "passengerReference": "1", "count": 1, "weight": 44, "weightUnit": "LBR" }] },
                  { "recordLocator": "Q4ZR8T", "created": "2026-12-09T22:10",
                    "passengers": [{ "reference": "1", "surname": "KRASNIQI", "givenNames": "XHEVDET",
                                     "documents": [{ "type": "P", "number": "P00123456" }] }],
                    "payments": [{ "type": "CC", "cardHolder": "Xhevdet Krasniqi" }] }
                ]
              }]
            }
            """));

        var facts = await BuildAsync(database, "261210");

        facts["PETROVIĆ"].BookingPaymentByThirdParty.ShouldBe(true);
        facts["KRASNIQI"].BookingPaymentByThirdParty.ShouldBe(false);

        // No itinerary in these PNRs: the route is the traveller's own.
        (facts["PETROVIĆ"].RouteOriginAirport, facts["PETROVIĆ"].RouteLegs).ShouldBe(("BEG", null));

        // Bags of the PNR in pounds, as kilograms.
        (facts["PETROVIĆ"].BaggageCount, facts["PETROVIĆ"].BaggageTotalWeightKg).ShouldBe((1, 20.0m));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Unknown_ids_are_left_out_and_an_empty_set_gives_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext(FeatureHost.CommandLine);

        (await TravellerFactsBuilder.BuildAsync(db, [], Cancel)).ShouldBeEmpty();
        (await TravellerFactsBuilder.BuildAsync(db, [Guid.NewGuid()], Cancel)).ShouldBeEmpty();
    }

    /// <summary>The facts of everyone on JU 170 of that day, by surname.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_PNR_that_arrives_after_the_passenger_list_gets_its_traveller_targeted(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new FeatureHost(database);
        var world = await TargetingWorld.CreateAsync(host);
        await world.SetRandomPercentAsync(0);
        await world.ActivateAsync(TargetingWorld.Profile(name: "Paid in cash", condition: "booking.payment.type in [\"CA\", \"CASH\"] and flight.arrival.airport = \"TIA\""));

        await IngestAsync(host, Paxlst("261210", Petrovic, Krasniqi, Hodzic));
        var before = await world.QueueAsync(world.Officer);
        await IngestAsync(host, Pnrgov("261210", PetrovicPnr, KrasniqiPnr));
        var after = await world.QueueAsync(world.Officer);

        before.Rows.ShouldBeEmpty("nobody's payment is known from the passenger list");
        after.Rows.Single().SubjectName.ShouldBe("XHEVDET KRASNIQI");
    }

    private static async Task<Dictionary<string, TravellerFacts>> BuildAsync(TestDatabase database, string day)
    {
        var date = DateOnly.ParseExact(day, "yyMMdd", CultureInfo.InvariantCulture);
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        var travellers = await db.FlightTravellers
            .Where(t => t.Flight!.Number == "170" && t.Flight.DepartureDate == date)
            .Select(t => new { t.Id, t.Surname })
            .ToListAsync(Cancel);
        var facts = await TravellerFactsBuilder.BuildAsync(db, travellers.Select(t => t.Id).ToList(), Cancel);
        facts.Count.ShouldBe(travellers.Count);
        return travellers.ToDictionary(t => t.Surname!, t => facts[t.Id], StringComparer.Ordinal);
    }

    private static async Task IngestAsync(FeatureHost host, byte[] content)
    {
        var outcome = await host.RunAsync<IngestMessage.Handler, Outcome<IngestMessage.Result>>(FeatureHost.CommandLine,
            h => h.HandleAsync(new IngestMessage.Command(content, "cli:test", "message", null), default));
        outcome.IsOk.ShouldBeTrue();
        outcome.Value!.Errors.ShouldBe(0, outcome.Value.Summary);
    }

    /// <summary>A PAXLST passenger list of a flight on the day (YYMMDD), leaving at 14:00 and landing at 15:15, local.</summary>
    private static byte[] Paxlst(string day, string traveller, params string[] more) => Paxlst(day, [traveller, .. more], "JU170", "BEG", "TIA");

    private static byte[] Paxlst(string day, string traveller, string flight, string from, string to) => Paxlst(day, [traveller], flight, from, to);

    private static byte[] Paxlst(string day, string[] travellers, string flight, string from, string to)
    {
        var body = "UNH+1+PAXLST:D:05B:UN:IATA+" + flight + "/" + day + "/1400'BGM+745'NAD+MS+++AIR SERBIA HELPDESK'TDT+20+" + flight + "+++JU'"
            + "LOC+125+" + from + "'DTM+189:" + day + "1400:201'LOC+87+" + to + "'DTM+232:" + day + "1515:201'"
            + string.Concat(travellers) + "CNT+42:" + travellers.Length.ToString(CultureInfo.InvariantCulture) + "'";
        return Interchange("AIRSERBIA", "ALAPI", day, body);
    }

    /// <summary>A PNRGOV push for JU 170 of the day (YYMMDD) with the PNRs given.</summary>
    private static byte[] Pnrgov(string day, params string[] pnrs)
    {
        var ddmmyy = day[4..6] + day[2..4] + day[..2];
        var body = "UNH+1+PNRGOV:13:1:IA+JU170/" + ddmmyy + "/1400'MSG+:22'ORG+JU:BEG'"
            + "TVL+" + ddmmyy + ":1400:" + ddmmyy + ":1515+BEG+TIA+JU+170'EQN+" + pnrs.Length.ToString(CultureInfo.InvariantCulture) + "'"
            + string.Concat(pnrs);
        return Interchange("JU", "ALPNR", day, body);
    }

    /// <summary>The envelope, prepared the day before the flight, with the segment count UNT wants.</summary>
    private static byte[] Interchange(string sender, string recipient, string day, string body)
    {
        var prepared = DateOnly.ParseExact(day, "yyMMdd", CultureInfo.InvariantCulture).AddDays(-1).ToString("yyMMdd", CultureInfo.InvariantCulture);
        var segments = body.Split('\'', StringSplitOptions.RemoveEmptyEntries).Length + 1;
        var reference = day + sender[..1];
        return Encoding.UTF8.GetBytes("UNA:+.? 'UNB+UNOW:4+" + sender + ":ZZ+" + recipient + ":ZZ+" + prepared + ":1200+" + reference + "'"
            + body + "UNT+" + segments.ToString(CultureInfo.InvariantCulture) + "+1'UNZ+1+" + reference + "'");
    }
}
