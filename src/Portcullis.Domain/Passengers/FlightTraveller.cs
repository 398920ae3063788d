namespace Portcullis.Domain.Passengers;

/// <summary>
/// A person on a flight's passenger or crew list (API). A list sent again (at check-in, at
/// closing) updates the same row, found by <see cref="Key"/>. The main document is in columns for
/// search and screening; everything else the message said is in <see cref="Details"/>.
/// </summary>
public sealed class FlightTraveller
{
    public const int NameMaxLength = 200;
    public const int KeyMaxLength = 400;

    public Guid Id { get; set; }

    public Guid FlightId { get; set; }

    public Flight? Flight { get; set; }

    /// <summary>The last message that described this traveller.</summary>
    public Guid MessageId { get; set; }

    /// <summary>Surname, given names, date of birth and document number, folded: the identity within the flight.</summary>
    public string Key { get; set; } = "";

    /// <summary>passenger, crew, in-transit-passenger, in-transit-crew.</summary>
    public string Role { get; set; } = "";

    public string? Surname { get; set; }

    public string? GivenNames { get; set; }

    public string? Sex { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? Nationality { get; set; }

    public string? DocumentType { get; set; }

    public string? DocumentNumber { get; set; }

    public string? DocumentIssuingCountry { get; set; }

    public DateOnly? DocumentExpiry { get; set; }

    public string? Embarkation { get; set; }

    public string? Debarkation { get; set; }

    public string? BookingReference { get; set; }

    public string? Seat { get; set; }

    /// <summary>Part of the traveller could not be read; <see cref="Details"/> says what.</summary>
    public bool Incomplete { get; set; }

    /// <summary>The normalized traveller as JSON (docs/formats/passenger-data.md).</summary>
    public string Details { get; set; } = "{}";

    /// <summary>The PNR passenger of the same person on the same flight, when one was found.</summary>
    public Guid? BookingPassengerId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When targeting first evaluated the traveller: random selection counts each traveller once.</summary>
    public DateTimeOffset? TargetedAt { get; set; }
}
