using System.Globalization;
using Portcullis.Profiles.Travellers;

namespace Portcullis.ProfileBenchmarks;

/// <summary>
/// Travellers drawn from small pools with a fixed seed, so the same 100,000 come out on every machine.
/// The pools are chosen so that every bench profile selects some travellers and misses most; about one
/// value in twelve is missing (null), as in real airline data, because missing data is where two
/// engines are most likely to disagree.
/// </summary>
public static class TravellerGenerator
{
    public const int Seed = 20261128;

    private static readonly string[] Countries = ["CO", "PE", "EC", "BO", "RS", "BA", "ME", "AL", "MK", "XK", "TR", "AE", "QA", "DE", "ES", "NL"];
    private static readonly string[] Airports = ["IST", "DXB", "DOH", "MAD", "FRA", "VIE", "AMS", "ZRH", "BOG", "LIM"];
    private static readonly string[] Region = ["RS", "BA", "ME", "AL", "MK", "XK"];
    private static readonly string[] Payments = ["CASH", "ca", "CC", "cc", "INV", "Cash", "CC", "CC"];
    private static readonly string[] Agencies = ["Sunny Tours", "SUNNY TRAVEL", "Balkan Express", "Adriatic Holidays", "Online", "online", "City Travel"];
    private static readonly string[] Domains = ["gmail.com", "yahoo.com", "company.rs", "mail.ru", "gov.ba", "outlook.com", "firma.ba", "yandex.ru"];
    private static readonly string[] Surnames = ["PETROVIC", "HOXHA", "KOVAC", "GARCIA", "YILMAZ", "MULLER", "NIKOLIC", "BERISHA"];
    private static readonly string[] FlightNumbers = ["512", "513", "514", "100", "230", "341", "602", "718"];

    public static TravellerFacts[] Make(int count, int seed = Seed)
    {
        var random = new Random(seed);
        var result = new TravellerFacts[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = One(random, i);
        }
        return result;
    }

    private static TravellerFacts One(Random random, int index)
    {
        T? Maybe<T>(T value) where T : class => random.Next(12) == 0 ? null : value;
        T? MaybeValue<T>(T value) where T : struct => random.Next(12) == 0 ? null : value;
        string Pick(string[] pool) => pool[random.Next(pool.Length)];

        var departure = new DateTime(2026, 11, 15, 0, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(0, 24 * 60 * 150));
        // Half of the bookings are made in the last week, some in the last hours.
        var createdAt = departure.AddMinutes(-(random.Next(2) == 0 ? random.Next(30, 60 * 24 * 7) : random.Next(30, 60 * 24 * 60)));
        var legs = random.Next(1, 5);
        var transits = new TransitAirport[legs - 1];
        for (var i = 0; i < transits.Length; i++)
        {
            transits[i] = new TransitAirport(Maybe(Pick(Airports)), Maybe(Pick(Countries)));
        }
        var passengers = new BookedPassenger[random.Next(4) == 0 ? random.Next(2, 7) : 1];
        var minors = random.Next(6) == 0;
        for (var i = 0; i < passengers.Length; i++)
        {
            int? age = random.Next(15) == 0 ? null : minors || random.Next(5) == 0 ? random.Next(1, 18) : random.Next(18, 80);
            passengers[i] = new BookedPassenger(Pick(Surnames), "A", age);
        }
        var bags = random.Next(0, 4);
        var nationality = Pick(Countries);
        var previousTrips = random.Next(3) == 0 ? 0 : random.Next(0, 9);
        return new TravellerFacts
        {
            FlightCarrier = Maybe(random.Next(2) == 0 ? "JU" : "tk"),
            FlightNumber = Maybe(Pick(FlightNumbers)),
            FlightDepartureAirport = Maybe(Pick(Airports)),
            FlightDepartureCountry = Maybe(Pick(Countries)),
            FlightArrivalAirport = "BEG",
            FlightArrivalCountry = Maybe(Pick(["RS", "BA", "ME", "AL"])),
            FlightScheduledDeparture = MaybeValue(departure),
            FlightScheduledArrival = MaybeValue(departure.AddMinutes(random.Next(50, 60 * 10))),
            RouteOriginAirport = Maybe(Pick(Airports)),
            RouteOriginCountry = Maybe(Pick(Countries)),
            RouteDestinationAirport = "BEG",
            RouteDestinationCountry = Maybe(random.Next(4) == 0 ? Pick(Countries) : Pick(Region)),
            RouteTransits = Maybe<IReadOnlyList<TransitAirport>>(transits),
            RouteLegs = MaybeValue(legs),
            BookingRecordLocator = string.Create(CultureInfo.InvariantCulture, $"B{index:D6}"),
            BookingCreatedAt = MaybeValue(createdAt),
            BookingDaysBeforeDeparture = MaybeValue((int)(departure - createdAt).TotalDays),
            BookingOneWay = MaybeValue(random.Next(3) == 0),
            BookingPaymentType = Maybe(Pick(Payments)),
            BookingPaymentByThirdParty = MaybeValue(random.Next(4) == 0),
            BookingPassengers = Maybe<IReadOnlyList<BookedPassenger>>(passengers),
            BookingTravelAgency = Maybe(Pick(Agencies)),
            BookingContactEmailDomain = Maybe(Pick(Domains)),
            BookingContactPhoneCountry = Maybe(Pick(Countries)),
            DocumentType = Maybe(random.Next(6) == 0 ? "I" : "P"),
            DocumentIssuingCountry = Maybe(random.Next(8) == 0 ? Pick(Countries) : nationality),
            DocumentExpiresInDays = MaybeValue(random.Next(-30, 3000) / (random.Next(4) + 1)),
            BaggageCount = MaybeValue(bags),
            BaggageTotalWeightKg = MaybeValue(bags * (decimal)random.Next(50, 320) / 10m),
            HistoryPreviousTrips = MaybeValue(previousTrips),
            // Now and then the history disagrees with itself, as merged records do.
            HistoryFirstTimeSeen = MaybeValue(random.Next(30) == 0 ? previousTrips > 0 : previousTrips == 0),
            WatchlistHits = MaybeValue(random.Next(40) == 0 ? random.Next(1, 3) : 0),
            Nationality = Maybe(nationality),
            Sex = Maybe(random.Next(2) == 0 ? "F" : "M"),
            Age = MaybeValue(random.Next(16, 80)),
        };
    }
}
