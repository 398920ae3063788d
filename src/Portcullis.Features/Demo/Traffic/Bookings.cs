namespace Portcullis.Features.Demo.Traffic;

/// <summary>A travel agency that sells tickets: IATA number, office identifier, city and country.</summary>
public sealed record Agency(string Name, string IataNumber, string OfficeId, string City, string Country, string Currency);

/// <summary>One leg of a booked itinerary.</summary>
public sealed record ItineraryLeg(
    string MarketingCarrier,
    string MarketingNumber,
    string OperatingCarrier,
    string From,
    string To,
    DateTime Departure,
    DateTime Arrival,
    string Aircraft,
    char BookingClass,
    bool IsReportedFlight);

/// <summary>A person on a booking, with what the airline knows of them on this flight.</summary>
public sealed class BookedTraveller(Person person, int reference)
{
    public Person Person { get; } = person;

    /// <summary>The traveller's number in the PNR (1, 2, ...).</summary>
    public int Reference { get; } = reference;

    public string? Seat { get; set; }

    public int Bags { get; set; }

    public int BagWeight { get; set; }

    public string? FirstBagTag { get; set; }

    public string? Ticket { get; set; }

    public string? FrequentFlyer { get; set; }

    /// <summary>Checked in online by the time of the second push.</summary>
    public bool CheckedInEarly { get; set; }

    public decimal Fare { get; set; }

    public decimal Total { get; set; }
}

/// <summary>A PNR: travellers booked together, how, when and by whom, and their itinerary.</summary>
public sealed class Booking
{
    public required string Locator { get; init; }

    /// <summary>When the PNR was created (local time of the point of sale).</summary>
    public required DateTime Created { get; init; }

    public required DateTime LastChanged { get; init; }

    public List<BookedTraveller> Travellers { get; } = [];

    public List<ItineraryLeg> Itinerary { get; } = [];

    /// <summary>The carrier that sold the booking when it is not the operating carrier, and its own record locator.</summary>
    public string? MarketingCarrier { get; init; }

    public string? MarketingLocator { get; init; }

    public Agency? Agency { get; init; }

    /// <summary>CC, CA (cash) or MS (invoice).</summary>
    public required string PaymentType { get; init; }

    public string? CardVendor { get; init; }

    public string? CardMasked { get; init; }

    public string? CardExpiry { get; init; }

    public required string Currency { get; init; }

    public string? GroupName { get; init; }

    /// <summary>The traveller names are written in Cyrillic in this PNR.</summary>
    public bool Cyrillic { get; init; }

    /// <summary>Booked, but did not fly: in the PNR pushes, not in the API list.</summary>
    public bool NoShow { get; init; }

    public bool ReturnTrip { get; init; }
}

/// <summary>One crew member on a flight.</summary>
public sealed record CrewMember(Person Person, string Function);

/// <summary>A flight with everything about it: bookings and crew.</summary>
public sealed class FlightDay(Flight flight)
{
    public Flight Flight { get; } = flight;

    public List<Booking> Bookings { get; } = [];

    public List<CrewMember> Crew { get; } = [];

    /// <summary>The travellers who flew, in the order they checked in.</summary>
    public IEnumerable<BookedTraveller> Boarded => Bookings.Where(b => !b.NoShow).SelectMany(b => b.Travellers);
}
