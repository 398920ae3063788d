using Portcullis.Profiles.Travellers;

namespace Portcullis.Profiles.Tests;

/// <summary>
/// Travellers drawn from small pools with a fixed seed, so every sample profile hits some and misses
/// most, and about one value in twelve is missing (null), as in real airline data.
/// </summary>
internal static class GeneratedTravellers
{
    private static readonly string[] Countries = ["CO", "PE", "EC", "RS", "BA", "ME", "AL", "MK", "XK", "TR", "DE", "ES", "NL"];
    private static readonly string[] Airports = ["IST", "DXB", "DOH", "MAD", "FRA", "VIE", "AMS", "ZRH"];
    private static readonly string[] Payments = ["CASH", "ca", "CC", "cc", "INV", "Cash"];
    private static readonly string[] Agencies = ["Sunny Tours", "SUNNY TRAVEL", "Balkan Express", "Adriatic Holidays", "Online"];
    private static readonly string[] Domains = ["gmail.com", "yahoo.com", "company.rs", "mail.ru", "gov.ba", "outlook.com"];
    private static readonly string[] Surnames = ["PETROVIC", "HOXHA", "KOVAC", "GARCIA", "YILMAZ", "MULLER"];

    public static IReadOnlyList<TravellerFacts> Make(int count, int seed)
    {
        var random = new Random(seed);
        var result = new List<TravellerFacts>(count);
        for (var i = 0; i < count; i++)
        {
            result.Add(One(random, i));
        }
        return result;
    }

    private static TravellerFacts One(Random random, int index)
    {
        T? Maybe<T>(T value) where T : class => random.Next(12) == 0 ? null : value;
        T? MaybeValue<T>(T value) where T : struct => random.Next(12) == 0 ? null : value;
        string Pick(string[] pool) => pool[random.Next(pool.Length)];

        var departure = new DateTime(2026, 11, 15, 0, 0, 0, DateTimeKind.Utc).AddHours(random.Next(0, 24 * 150));
        var createdAt = departure.AddHours(-random.Next(2, 24 * 30));
        var legs = random.Next(1, 5);
        var transits = Enumerable.Range(0, legs - 1).Select(_ => new TransitAirport(Pick(Airports), Pick(Countries))).ToList();
        var passengers = Enumerable.Range(0, random.Next(4) == 0 ? random.Next(2, 5) : 1)
            .Select(_ => new BookedPassenger(Pick(Surnames), "A", random.Next(5) == 0 ? random.Next(2, 18) : random.Next(18, 80)))
            .ToList();
        var bags = random.Next(0, 3);
        var nationality = Pick(Countries);
        return new TravellerFacts
        {
            FlightCarrier = Maybe(random.Next(2) == 0 ? "JU" : "TK"),
            FlightNumber = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{100 + index}"),
            FlightDepartureAirport = Maybe(Pick(Airports)),
            FlightDepartureCountry = Maybe(Pick(Countries)),
            FlightArrivalAirport = "BEG",
            FlightArrivalCountry = Maybe(Pick(["RS", "BA", "ME", "AL"])),
            FlightScheduledDeparture = MaybeValue(departure),
            FlightScheduledArrival = MaybeValue(departure.AddHours(2)),
            RouteOriginAirport = Maybe(Pick(Airports)),
            RouteOriginCountry = Maybe(Pick(Countries)),
            RouteDestinationAirport = "BEG",
            RouteDestinationCountry = Maybe(Pick(["RS", "BA", "ME", "AL", "MK", "XK", "DE"])),
            RouteTransits = Maybe(transits),
            RouteLegs = MaybeValue(legs),
            BookingRecordLocator = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"G{index:D5}"),
            BookingCreatedAt = MaybeValue(createdAt),
            BookingDaysBeforeDeparture = MaybeValue((int)(departure - createdAt).TotalDays),
            BookingOneWay = MaybeValue(random.Next(3) == 0),
            BookingPaymentType = Maybe(Pick(Payments)),
            BookingPaymentByThirdParty = MaybeValue(random.Next(4) == 0),
            BookingPassengers = Maybe(passengers),
            BookingTravelAgency = Maybe(Pick(Agencies)),
            BookingContactEmailDomain = Maybe(Pick(Domains)),
            BookingContactPhoneCountry = Maybe(Pick(Countries)),
            DocumentType = Maybe("P"),
            DocumentIssuingCountry = Maybe(random.Next(5) == 0 ? Pick(Countries) : nationality),
            DocumentExpiresInDays = MaybeValue(random.Next(1, 3000) / (random.Next(3) + 1)),
            BaggageCount = MaybeValue(bags),
            BaggageTotalWeightKg = MaybeValue(bags * (decimal)random.Next(5, 32)),
            HistoryPreviousTrips = MaybeValue(random.Next(0, 5)),
            HistoryFirstTimeSeen = MaybeValue(random.Next(3) == 0),
            WatchlistHits = MaybeValue(random.Next(40) == 0 ? 1 : 0),
            Nationality = Maybe(nationality),
            Sex = Maybe(random.Next(2) == 0 ? "F" : "M"),
            Age = MaybeValue(random.Next(16, 80)),
        };
    }
}
