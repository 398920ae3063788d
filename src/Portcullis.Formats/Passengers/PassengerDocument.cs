namespace Portcullis.Formats.Passengers;

/// <summary>
/// The normalized form of one passenger-data file, whatever it arrived as (PAXLST, PNRGOV or this
/// document as JSON): documented in docs/formats/passenger-data.md. Property names are the JSON names.
/// </summary>
public sealed class PassengerDocument
{
    /// <summary>"PAXLST", "PNRGOV", or "mixed" when a file holds both.</summary>
    public string Format { get; set; } = "";

    /// <summary>The first interchange of the file (most files hold one).</summary>
    public Interchange? Interchange { get; set; }

    public List<PassengerMessage> Messages { get; set; } = [];

    /// <summary>Problems of the file or its envelopes; a message's own problems are on the message.</summary>
    public List<Diagnostic> Diagnostics { get; set; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error) || Messages.Any(m => m.HasErrors);
}

public sealed class Interchange
{
    public string? Syntax { get; set; }

    public string? SyntaxVersion { get; set; }

    public string? Sender { get; set; }

    public string? Recipient { get; set; }

    public DateTime? Prepared { get; set; }

    public string? Reference { get; set; }
}

/// <summary>One message: a passenger or crew list (PAXLST) or a push of PNRs for a flight (PNRGOV).</summary>
public sealed class PassengerMessage
{
    /// <summary>"PAXLST" or "PNRGOV".</summary>
    public string Type { get; set; } = "";

    /// <summary>As sent: "D05B", "D02B", "001:000" (US), "11.1".</summary>
    public string? Version { get; set; }

    public string? Reference { get; set; }

    /// <summary>The interchange reference the message came in, to tell apart messages of a file with several.</summary>
    public string? InterchangeReference { get; set; }

    /// <summary>PAXLST: passengers, crew. PNRGOV: pnrs.</summary>
    public string? ListType { get; set; }

    /// <summary>When the sender prepared the message (UNB date and time).</summary>
    public DateTime? Sent { get; set; }

    public ReportingParty? ReportingParty { get; set; }

    /// <summary>The flight the message is about: the leg arriving in or leaving the reporting country.</summary>
    public FlightLeg? Flight { get; set; }

    public List<FlightLeg> Legs { get; set; } = [];

    public List<Traveller> Travellers { get; set; } = [];

    /// <summary>Counts the sender declared (CNT 41 crew, 42 passengers; EQN for PNRs).</summary>
    public DeclaredCounts? DeclaredCounts { get; set; }

    public List<Pnr> Pnrs { get; set; } = [];

    public List<Diagnostic> Diagnostics { get; set; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

public sealed class ReportingParty
{
    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? Fax { get; set; }

    public string? Email { get; set; }
}

public sealed class DeclaredCounts
{
    public int? Passengers { get; set; }

    public int? Crew { get; set; }

    public int? Pnrs { get; set; }

    public int? Received { get; set; }
}

/// <summary>One flight leg; departure and arrival are local times at the airports, as airlines send them.</summary>
public sealed class FlightLeg
{
    public string? Carrier { get; set; }

    /// <summary>Flight number without the carrier, leading zeros removed ("UA0123" gives "123").</summary>
    public string? Number { get; set; }

    public string? DepartureAirport { get; set; }

    public DateTime? Departure { get; set; }

    public string? ArrivalAirport { get; set; }

    public DateTime? Arrival { get; set; }

    /// <summary>For a code-share: the carrier and number that operate it when they differ from the above.</summary>
    public string? OperatingCarrier { get; set; }

    public string? OperatingNumber { get; set; }

    /// <summary>PNR itinerary: booking class, status code (HK...), equipment.</summary>
    public string? BookingClass { get; set; }

    public string? Status { get; set; }

    public string? Aircraft { get; set; }
}
