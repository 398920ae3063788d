namespace Portcullis.Domain.Passengers;

/// <summary>
/// A PNR as pushed for one flight. Later pushes of the same record for the same flight update it.
/// The whole record (card numbers masked) is in <see cref="Details"/>; what targeters filter on is in columns.
/// </summary>
public sealed class Booking
{
    public const int LocatorMaxLength = 20;

    public Guid Id { get; set; }

    public Guid FlightId { get; set; }

    public Flight? Flight { get; set; }

    public Guid MessageId { get; set; }

    public string RecordLocator { get; set; } = "";

    public string? System { get; set; }

    public DateTime? Created { get; set; }

    public DateTime? LastChanged { get; set; }

    public int PassengerCount { get; set; }

    public int? DaysBookingToDeparture { get; set; }

    public string? TripType { get; set; }

    public int? LengthOfStayDays { get; set; }

    /// <summary>The normalized PNR as JSON (docs/formats/passenger-data.md).</summary>
    public string Details { get; set; } = "{}";

    public DateTimeOffset UpdatedAt { get; set; }

    public List<BookingPassenger> Passengers { get; set; } = [];
}

/// <summary>A passenger named in a PNR, with what is needed to link them to the API record of the same person.</summary>
public sealed class BookingPassenger
{
    public Guid Id { get; set; }

    public Guid BookingId { get; set; }

    public Booking? Booking { get; set; }

    public string? Reference { get; set; }

    public string? Surname { get; set; }

    public string? GivenNames { get; set; }

    public string Type { get; set; } = "adult";

    public DateOnly? DateOfBirth { get; set; }

    public string? DocumentNumber { get; set; }
}
