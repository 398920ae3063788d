namespace Portcullis.Formats.Passengers;

/// <summary>One passenger name record of a PNRGOV push: the booking as the reservation system holds it.</summary>
public sealed class Pnr
{
    public string? RecordLocator { get; set; }

    /// <summary>The reservation system that holds the record (RCI company: 1A, 1S, UA...).</summary>
    public string? System { get; set; }

    public DateTime? Created { get; set; }

    /// <summary>The last transaction on the record (DAT 700).</summary>
    public DateTime? LastChanged { get; set; }

    public BookingOffice? BookingOffice { get; set; }

    public List<PnrPassenger> Passengers { get; set; } = [];

    public List<FlightLeg> Itinerary { get; set; } = [];

    public Contacts Contacts { get; set; } = new();

    public List<Address> Addresses { get; set; } = [];

    public List<Payment> Payments { get; set; } = [];

    public List<Ticket> Tickets { get; set; } = [];

    public List<PnrBags> Bags { get; set; } = [];

    public List<string> History { get; set; } = [];

    public List<string> Remarks { get; set; } = [];

    /// <summary>Facts targeters use, computed from the above: see <see cref="PnrFacts"/>.</summary>
    public PnrFacts? Facts { get; set; }
}

/// <summary>Who made the booking: the reservation system, office or travel agency (ORG).</summary>
public sealed class BookingOffice
{
    public string? System { get; set; }

    public string? Location { get; set; }

    public string? OfficeId { get; set; }

    public string? AgencyId { get; set; }

    public string? Country { get; set; }

    public string? Currency { get; set; }
}

public sealed class PnrPassenger
{
    /// <summary>The traveller reference within the PNR (TIF), used by seats, bags and SSRs.</summary>
    public string? Reference { get; set; }

    public string? Surname { get; set; }

    public string? GivenNames { get; set; }

    public string? Title { get; set; }

    /// <summary>adult, child or infant.</summary>
    public string Type { get; set; } = "adult";

    /// <summary>For an infant: the reference of the adult they travel with.</summary>
    public string? TravellingWith { get; set; }

    public string? Sex { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? Nationality { get; set; }

    /// <summary>From SSR DOCO.</summary>
    public string? PlaceOfBirth { get; set; }

    public List<TravelDocument> Documents { get; set; } = [];

    /// <summary>From SSR DOCO: visas and other documents for the destination.</summary>
    public List<TravelDocument> Visas { get; set; } = [];

    /// <summary>From SSR DOCA: residence and destination addresses.</summary>
    public List<Address> Addresses { get; set; } = [];

    public List<FrequentFlyer> FrequentFlyers { get; set; } = [];

    public List<Seat> Seats { get; set; } = [];

    public List<string> Tickets { get; set; } = [];
}

public sealed record FrequentFlyer(string? Carrier, string Number, string? Tier);

public sealed record Seat(string Number, string? Flight, string? DepartureAirport, string? ArrivalAirport, string? Cabin);

public sealed class Contacts
{
    public List<string> Phones { get; set; } = [];

    public List<string> Emails { get; set; } = [];
}

public sealed class Payment
{
    /// <summary>CC card, CA cash, CK cheque, MS miscellaneous... as sent (FOP).</summary>
    public string? Type { get; set; }

    public string? CardType { get; set; }

    /// <summary>Never the whole number: only its last four digits are kept, as "XXXXXXXXXXXX1234".</summary>
    public string? CardNumberMasked { get; set; }

    public string? CardHolder { get; set; }

    public string? CardExpiry { get; set; }

    public decimal? Amount { get; set; }

    public string? Currency { get; set; }
}

public sealed class Ticket
{
    public string? Number { get; set; }

    public string? PassengerReference { get; set; }

    public DateOnly? Issued { get; set; }

    public decimal? Fare { get; set; }

    public string? Currency { get; set; }
}

public sealed class PnrBags
{
    public string? PassengerReference { get; set; }

    public int? Count { get; set; }

    public decimal? Weight { get; set; }

    public string? WeightUnit { get; set; }

    public List<string> Tags { get; set; } = [];

    public string? Destination { get; set; }
}

public sealed class PnrFacts
{
    /// <summary>Whole days from the booking's creation to the first departure.</summary>
    public int? DaysBookingToDeparture { get; set; }

    /// <summary>one-way, return or multi-city.</summary>
    public string? TripType { get; set; }

    /// <summary>Days between arriving at the destination and the first flight back; null for one-way.</summary>
    public int? LengthOfStayDays { get; set; }

    /// <summary>Others booked on the same record.</summary>
    public int CoTravellers { get; set; }
}
