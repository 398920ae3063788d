namespace Portcullis.Domain.Cargo;

/// <summary>How cargo reaches the port: by sea (a vessel's call) or by air (a cargo flight).</summary>
public static class CargoModes
{
    public const string Sea = "sea";
    public const string Air = "air";
}

/// <summary>
/// A vessel's call at one of the programme's ports, or a flight carrying air waybills through one of its
/// airports: what a manifest or a waybill is for. Identified by <see cref="Key"/> (vessel, voyage and port;
/// or carrier, flight, date and airport), however many messages mention it. Times are local to the port,
/// as sent. <see cref="Location"/> and <see cref="Jurisdiction"/> are ours and decide who sees it.
/// </summary>
public sealed class CargoVoyage
{
    public const int KeyMaxLength = 120;
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 120;

    public Guid Id { get; set; }

    public string Key { get; set; } = "";

    /// <summary><see cref="CargoModes.Sea"/> or <see cref="CargoModes.Air"/>.</summary>
    public string Mode { get; set; } = CargoModes.Sea;

    /// <summary>Sea: the line's code (SCAC); air: the IATA airline code.</summary>
    public string? Carrier { get; set; }

    public string? CarrierName { get; set; }

    /// <summary>Sea: the voyage number; air: the flight number.</summary>
    public string? Number { get; set; }

    public string? VesselName { get; set; }

    public string? ImoNumber { get; set; }

    public string? CallSign { get; set; }

    /// <summary>The port of call (UN/LOCODE) or the region's airport (IATA) the cargo passes through.</summary>
    public string Port { get; set; } = "";

    /// <summary>Sea: the last port before the call; air: the flight's origin.</summary>
    public string? From { get; set; }

    /// <summary>Sea: the next port; air: the flight's destination.</summary>
    public string? To { get; set; }

    /// <summary>Local day of the call or flight: the queue and the lists sort on it.</summary>
    public DateOnly Date { get; set; }

    public DateTime? Arrival { get; set; }

    public DateTime? Departure { get; set; }

    /// <summary>Our location code (durres-port, tirana-airport); null when the port is not one of the programme's.</summary>
    public string? Location { get; set; }

    public string? Jurisdiction { get; set; }

    public int ConsignmentCount { get; set; }

    public int ContainerCount { get; set; }

    /// <summary>Messages that amended or cancelled part of the manifest after its first version.</summary>
    public int AmendmentCount { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsSea => Mode == CargoModes.Sea;
}
