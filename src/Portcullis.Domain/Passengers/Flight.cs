namespace Portcullis.Domain.Passengers;

/// <summary>
/// One flight: a carrier, a number and a scheduled departure date, however many messages mention it.
/// Times are local to the airports, as airlines send them. The locations and jurisdictions are ours
/// when an airport is one of the programme's, and decide who sees the flight.
/// </summary>
public sealed class Flight
{
    public const int CarrierMaxLength = 3;
    public const int NumberMaxLength = 8;
    public const int AirportMaxLength = 5;

    public Guid Id { get; set; }

    public string Carrier { get; set; } = "";

    public string Number { get; set; } = "";

    /// <summary>Local date of the scheduled departure: with carrier and number, the flight's identity.</summary>
    public DateOnly DepartureDate { get; set; }

    public string? DepartureAirport { get; set; }

    public DateTime? Departure { get; set; }

    public string? ArrivalAirport { get; set; }

    public DateTime? Arrival { get; set; }

    /// <summary>Our location code (tirana-airport) when the departure airport is one of the programme's.</summary>
    public string? DepartureLocation { get; set; }

    public string? ArrivalLocation { get; set; }

    public string? DepartureJurisdiction { get; set; }

    public string? ArrivalJurisdiction { get; set; }

    public int PassengerCount { get; set; }

    public int CrewCount { get; set; }

    public int BookingCount { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string Designator => Carrier + " " + Number;
}
