using Portcullis.Profiles.Travellers;

namespace Portcullis.Profiles.Tests;

/// <summary>A traveller with every field filled, to vary one field at a time in semantics tests.</summary>
internal static class Traveller
{
    public static TravellerFacts Complete { get; } = new()
    {
        FlightCarrier = "JU",
        FlightNumber = "512",
        FlightDepartureAirport = "IST",
        FlightDepartureCountry = "TR",
        FlightArrivalAirport = "BEG",
        FlightArrivalCountry = "RS",
        FlightScheduledDeparture = new DateTime(2026, 12, 10, 6, 30, 0, DateTimeKind.Utc),
        FlightScheduledArrival = new DateTime(2026, 12, 10, 8, 0, 0, DateTimeKind.Utc),
        RouteOriginAirport = "BOG",
        RouteOriginCountry = "CO",
        RouteDestinationAirport = "BEG",
        RouteDestinationCountry = "RS",
        RouteTransits = [new TransitAirport("MAD", "ES"), new TransitAirport("IST", "TR")],
        RouteLegs = 3,
        BookingRecordLocator = "ABC123",
        BookingCreatedAt = new DateTime(2026, 12, 8, 22, 15, 0, DateTimeKind.Utc),
        BookingDaysBeforeDeparture = 1,
        BookingOneWay = true,
        BookingPaymentType = "CASH",
        BookingPaymentByThirdParty = false,
        BookingPassengers = [new BookedPassenger("PETROVIC", "MARKO", 34)],
        BookingTravelAgency = "Sunny Tours",
        BookingContactEmailDomain = "gmail.com",
        BookingContactPhoneCountry = "CO",
        DocumentType = "P",
        DocumentIssuingCountry = "RS",
        DocumentExpiresInDays = 40,
        BaggageCount = 1,
        BaggageTotalWeightKg = 23.5m,
        HistoryPreviousTrips = 0,
        HistoryFirstTimeSeen = true,
        WatchlistHits = 0,
        Nationality = "RS",
        Sex = "M",
        Age = 34,
    };

    public static TravellerFacts Empty { get; } = new();
}
