namespace Portcullis.Formats.Cargo;

/// <summary>
/// The normalized form of one cargo file, whatever it arrived as: a sea manifest (CUSCAR), air
/// waybills (Cargo-XML XFWB/XFZB, Cargo-IMP FWB/FHL) or the CSV manifest template. One shape for all,
/// documented in docs/formats/cargo.md; property names are the JSON names (camelCase).
/// </summary>
public sealed class CargoDocument
{
    /// <summary>"CUSCAR", "XFWB", "XFZB", "FWB", "FHL", "CSV", or "mixed".</summary>
    public string Format { get; set; } = "";

    public List<CargoMessage> Messages { get; set; } = [];

    /// <summary>Problems of the file or its envelope; a message's own problems are on the message.</summary>
    public List<Diagnostic> Diagnostics { get; set; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error) || Messages.Any(m => m.Diagnostics.Any(d => d.Severity == Severity.Error));
}

/// <summary>
/// One message: a vessel's manifest for a port call (CUSCAR, CSV), or one air waybill, master or
/// house (XFWB/FWB: master; XFZB/FHL: house). A manifest holds many consignments; a waybill message one.
/// </summary>
public sealed class CargoMessage
{
    /// <summary>"CUSCAR", "XFWB", "XFZB", "FWB", "FHL" or "CSV".</summary>
    public string Type { get; set; } = "";

    /// <summary>As sent: "D95B", "3.00", "16"...</summary>
    public string? Version { get; set; }

    /// <summary>The sender's message reference (UNH 0062, the XML header ID).</summary>
    public string? Reference { get; set; }

    /// <summary>original, amendment (replace), cancellation (delete), as the message's function says.</summary>
    public string Function { get; set; } = "original";

    /// <summary>The sender (interchange sender, XML sender party, carrier).</summary>
    public string? Sender { get; set; }

    /// <summary>When the sender prepared it, local as sent.</summary>
    public DateTime? Sent { get; set; }

    /// <summary>Sea: the vessel's call. Null for air.</summary>
    public Voyage? Voyage { get; set; }

    /// <summary>Air: the flight the waybill is booked on, when given. Null for sea.</summary>
    public CargoFlight? Flight { get; set; }

    public List<Consignment> Consignments { get; set; } = [];

    public List<Diagnostic> Diagnostics { get; set; } = [];
}

/// <summary>A vessel's call at a port: who, which voyage, from where to where, when.</summary>
public sealed class Voyage
{
    public string? VesselName { get; set; }

    /// <summary>IMO number, 7 digits (check digit validated: a bad one is a warning).</summary>
    public string? ImoNumber { get; set; }

    public string? CallSign { get; set; }

    /// <summary>The carrier's code (SCAC or the line's code) and name.</summary>
    public string? Carrier { get; set; }

    public string? CarrierName { get; set; }

    public string? VoyageNumber { get; set; }

    /// <summary>UN/LOCODE of the port the manifest is for (the call's port of discharge).</summary>
    public string? PortOfCall { get; set; }

    /// <summary>UN/LOCODE of the last port before this call.</summary>
    public string? LastPort { get; set; }

    public string? NextPort { get; set; }

    /// <summary>Estimated or actual arrival at the port of call, local as sent.</summary>
    public DateTime? Arrival { get; set; }

    public DateTime? Departure { get; set; }
}

/// <summary>The flight an air waybill is booked on (the first leg into or out of the region).</summary>
public sealed class CargoFlight
{
    /// <summary>IATA airline code, e.g. JU.</summary>
    public string? Carrier { get; set; }

    public string? Number { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>IATA airport codes.</summary>
    public string? From { get; set; }

    public string? To { get; set; }
}

/// <summary>
/// One consignment: a bill of lading (sea) or an air waybill, master or house. The route, the parties,
/// the goods and the equipment it travels in; what the sender declared, as sent (units converted to
/// kilograms and cubic metres, with the original kept in diagnostics when converted).
/// </summary>
public sealed class Consignment
{
    /// <summary>bill-of-lading, master-air-waybill or house-air-waybill.</summary>
    public string Kind { get; set; } = "bill-of-lading";

    /// <summary>The transport document's number: B/L number, or AWB as 3-digit prefix, hyphen, 8 digits (e.g. 115-12345675).</summary>
    public string? Number { get; set; }

    /// <summary>Air: false when the AWB's modulus-7 check digit is wrong (a diagnostic says so); null for sea or when absent.</summary>
    public bool? NumberValid { get; set; }

    /// <summary>House waybills and house bills: the master they travel under.</summary>
    public string? MasterNumber { get; set; }

    /// <summary>UN/LOCODE (sea) or IATA airport code (air) of where the goods were taken in charge / loaded.</summary>
    public string? Origin { get; set; }

    public string? Destination { get; set; }

    public string? PortOfLoading { get; set; }

    public string? PortOfDischarge { get; set; }

    /// <summary>The final place of delivery when beyond the port of discharge.</summary>
    public string? PlaceOfDelivery { get; set; }

    /// <summary>Ports or airports the goods pass through between loading and discharge, in order.</summary>
    public List<string> Transshipments { get; set; } = [];

    public List<CargoParty> Parties { get; set; } = [];

    public List<GoodsItem> Goods { get; set; } = [];

    public List<Equipment> Equipment { get; set; } = [];

    /// <summary>Total pieces (packages) declared for the consignment.</summary>
    public int? Pieces { get; set; }

    public decimal? GrossWeightKg { get; set; }

    public decimal? VolumeM3 { get; set; }

    public Money? DeclaredValue { get; set; }

    /// <summary>Air: the value declared for customs. Sea: the goods' value when the manifest gives it.</summary>
    public Money? CustomsValue { get; set; }

    /// <summary>prepaid or collect, as the freight terms say.</summary>
    public string? FreightTerms { get; set; }

    /// <summary>How the freight is paid when given: cash, cheque, credit, account...</summary>
    public string? PaymentMethod { get; set; }

    /// <summary>Air: IATA special handling codes (DGR, PER, VAL, AVI...).</summary>
    public List<string> SpecialHandling { get; set; } = [];

    /// <summary>Free-text remarks and handling information as sent.</summary>
    public List<string> Remarks { get; set; } = [];
}

/// <summary>A party to a consignment: shipper, consignee, notify, forwarder or carrier.</summary>
public sealed class CargoParty
{
    /// <summary>shipper, consignee, notify, forwarder, carrier, agent.</summary>
    public string Role { get; set; } = "";

    public string? Name { get; set; }

    public CargoAddress? Address { get; set; }

    /// <summary>Identifiers as sent: EORI, tax number, IATA agent code, account number.</summary>
    public List<PartyIdentifier> Identifiers { get; set; } = [];

    public string? Phone { get; set; }

    public string? Email { get; set; }
}

public sealed class CargoAddress
{
    public string? Street { get; set; }

    public string? City { get; set; }

    public string? PostalCode { get; set; }

    public string? Region { get; set; }

    /// <summary>ISO 3166 alpha-2 as sent.</summary>
    public string? Country { get; set; }
}

/// <summary>An identifier of a party: its scheme (eori, tin, iata-agent, account, duns...) and value.</summary>
public sealed record PartyIdentifier(string Scheme, string Value);

/// <summary>One line of goods: what, how much, in what, and the HS code declared.</summary>
public sealed class GoodsItem
{
    public int? Sequence { get; set; }

    public string? Description { get; set; }

    /// <summary>The HS code as declared, digits only (6 to 10 digits).</summary>
    public string? HsCode { get; set; }

    public int? Packages { get; set; }

    /// <summary>UN/ECE Recommendation 21 package code as sent (CT carton, PK package, PL pallet...).</summary>
    public string? PackageType { get; set; }

    public decimal? GrossWeightKg { get; set; }

    public decimal? VolumeM3 { get; set; }

    public Money? Value { get; set; }

    /// <summary>Marks and numbers on the packages.</summary>
    public string? Marks { get; set; }

    /// <summary>The containers this item is stowed in (their numbers).</summary>
    public List<string> Containers { get; set; } = [];

    /// <summary>UN number for dangerous goods, when declared.</summary>
    public string? DangerousGoodsUnNumber { get; set; }
}

/// <summary>A container or other piece of equipment (ULD for air).</summary>
public sealed class Equipment
{
    /// <summary>The number as sent, upper case without spaces: for containers, 4 letters and 7 digits (ISO 6346).</summary>
    public string? Number { get; set; }

    /// <summary>Containers: false when the ISO 6346 check digit is wrong (a diagnostic says so); null when not a container number.</summary>
    public bool? NumberValid { get; set; }

    /// <summary>ISO 6346 size and type code, e.g. 22G1, 45G1.</summary>
    public string? SizeType { get; set; }

    /// <summary>full or empty, when given.</summary>
    public string? Loading { get; set; }

    public List<string> Seals { get; set; } = [];
}

/// <summary>An amount with its ISO 4217 currency.</summary>
public sealed record Money(decimal Amount, string? Currency);
