namespace Portcullis.Features.Demo.Traffic.Cargo;

/// <summary>A trading company (or a person trading as one): name with its legal form, address, tax or EORI number.</summary>
public sealed record Company(string Name, string Street, string City, string PostalCode, string Country, string? Identifier = null, string? IdentifierScheme = null, string? Phone = null);

/// <summary>What a consignment carries: HS 2022 subheading, description, package type (UN/ECE Rec. 21), kilograms a package and euros a kilogram.</summary>
public sealed record Commodity(string HsCode, string Description, string PackageType, int KgPerPackage, decimal EurPerKg, bool Reefer = false);

/// <summary>A container on a vessel call, with its ISO size-type code and seals.</summary>
public sealed record ShippedContainer(string Number, string SizeType, IReadOnlyList<string> Seals);

/// <summary>One goods item of a bill of lading, stowed in one container.</summary>
public sealed record SeaGoods(int Sequence, string Description, string HsCode, int Packages, string PackageType, decimal GrossKg, decimal VolumeM3, decimal Value, string Currency, string Container, string Marks);

/// <summary>A bill of lading: parties, route in UN/LOCODE, terms, goods and containers; <see cref="Indicator"/> names the risk pattern it was made to show, if any.</summary>
public sealed class SeaBill
{
    public required string Number { get; init; }

    public required Company Shipper { get; init; }

    public required Company Consignee { get; init; }

    public Company? Notify { get; init; }

    public required string PortOfLoading { get; init; }

    public IReadOnlyList<string> Transshipments { get; init; } = [];

    public required string PortOfDischarge { get; init; }

    public string? PlaceOfDelivery { get; init; }

    public bool Collect { get; init; }

    /// <summary>PAI payment means (4461): "10" cash, "42" to a bank account; null when not said.</summary>
    public string? PaymentMeans { get; init; }

    public required string Incoterms { get; init; }

    public List<SeaGoods> Goods { get; } = [];

    public List<ShippedContainer> Containers { get; } = [];

    public string? Indicator { get; init; }
}

/// <summary>A vessel's call at Durrës or Bar and its manifest.</summary>
public sealed class VesselCall
{
    public required string Port { get; init; }

    public required string VesselName { get; init; }

    public required string Imo { get; init; }

    public required string CallSign { get; init; }

    public required string Carrier { get; init; }

    public required string CarrierName { get; init; }

    public required string Voyage { get; init; }

    public required string LastPort { get; init; }

    public required string NextPort { get; init; }

    public required DateTime Arrival { get; init; }

    public required DateTime Departure { get; init; }

    /// <summary>When the carrier's agent sent the manifest: the day before arrival.</summary>
    public required DateTime Sent { get; init; }

    public required string Sender { get; init; }

    public required string Recipient { get; init; }

    public required string ManifestNumber { get; init; }

    public List<SeaBill> Bills { get; } = [];
}

/// <summary>One leg of an air waybill's route: flight ("TK1073"), from and to (IATA airports), departure (local).</summary>
public sealed record AirLeg(string Carrier, string Flight, string From, string To, DateTime Departure);

/// <summary>A house waybill of a consolidation: the forwarder's number, its parties and goods.</summary>
public sealed class HouseWaybill
{
    public required string Number { get; init; }

    public required Company Shipper { get; init; }

    public required Company Consignee { get; init; }

    public required int Pieces { get; init; }

    public required decimal GrossKg { get; init; }

    public required string Description { get; init; }

    public required string HsCode { get; init; }

    public required decimal Value { get; init; }

    public required string Currency { get; init; }

    public bool Collect { get; init; }

    public string? Indicator { get; init; }
}

/// <summary>A master air waybill: carrier's number, route, parties, goods; a consolidation has houses.</summary>
public sealed class AirWaybill
{
    public required string Number { get; init; }

    public required string Origin { get; init; }

    public required string Destination { get; init; }

    public required IReadOnlyList<AirLeg> Legs { get; init; }

    public required DateTime Issued { get; init; }

    public required Company Shipper { get; init; }

    public required Company Consignee { get; init; }

    /// <summary>The issuing agent, with its IATA cargo agent code.</summary>
    public required Company Agent { get; init; }

    public required string AgentCode { get; init; }

    public required int Pieces { get; init; }

    public required decimal GrossKg { get; init; }

    public required decimal VolumeM3 { get; init; }

    public required string Description { get; init; }

    /// <summary>Null for a consolidation: the houses say what is in it.</summary>
    public string? HsCode { get; init; }

    public decimal? CustomsValue { get; init; }

    public required string Currency { get; init; }

    public bool Collect { get; init; }

    public IReadOnlyList<string> SpecialHandling { get; init; } = [];

    /// <summary>Sent as Cargo-IMP text (FWB and FHL) rather than Cargo-XML (XFWB and XFZB).</summary>
    public bool CargoImp { get; init; }

    public List<HouseWaybill> Houses { get; } = [];

    public string? Indicator { get; init; }
}
