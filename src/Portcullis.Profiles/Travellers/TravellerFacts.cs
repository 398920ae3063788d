namespace Portcullis.Profiles.Travellers;

/// <summary>
/// What is known about one traveller on one flight, flattened from the passenger data (API and PNR),
/// the traveller's history and the screening results. Plain data with nothing to fetch, so a profile
/// is evaluated without I/O; every value may be missing (null) because airlines send what they have.
/// Times are UTC; a date is a calendar day.
/// </summary>
public sealed record TravellerFacts
{
    public string? FlightCarrier { get; init; }
    public string? FlightNumber { get; init; }
    public string? FlightDepartureAirport { get; init; }
    public string? FlightDepartureCountry { get; init; }
    public string? FlightArrivalAirport { get; init; }
    public string? FlightArrivalCountry { get; init; }
    public DateTime? FlightScheduledDeparture { get; init; }
    public DateTime? FlightScheduledArrival { get; init; }

    public string? RouteOriginAirport { get; init; }
    public string? RouteOriginCountry { get; init; }
    public string? RouteDestinationAirport { get; init; }
    public string? RouteDestinationCountry { get; init; }
    public IReadOnlyList<TransitAirport>? RouteTransits { get; init; }
    public int? RouteLegs { get; init; }

    public string? BookingRecordLocator { get; init; }
    public DateTime? BookingCreatedAt { get; init; }
    public int? BookingDaysBeforeDeparture { get; init; }
    public bool? BookingOneWay { get; init; }
    public string? BookingPaymentType { get; init; }
    public bool? BookingPaymentByThirdParty { get; init; }
    public IReadOnlyList<BookedPassenger>? BookingPassengers { get; init; }
    public string? BookingTravelAgency { get; init; }
    public string? BookingContactEmailDomain { get; init; }
    public string? BookingContactPhoneCountry { get; init; }

    public string? DocumentType { get; init; }
    public string? DocumentIssuingCountry { get; init; }
    public int? DocumentExpiresInDays { get; init; }

    public int? BaggageCount { get; init; }
    public decimal? BaggageTotalWeightKg { get; init; }

    public int? HistoryPreviousTrips { get; init; }
    public bool? HistoryFirstTimeSeen { get; init; }

    public int? WatchlistHits { get; init; }

    public string? Nationality { get; init; }
    public string? Sex { get; init; }
    public int? Age { get; init; }
}

/// <summary>One passenger named on the same booking (the traveller included).</summary>
public sealed record BookedPassenger(string? Surname, string? GivenNames, int? Age);

/// <summary>An airport the itinerary passes through between origin and destination.</summary>
public sealed record TransitAirport(string? Airport, string? Country);
