namespace Portcullis.Domain.Cargo;

/// <summary>What a consignment is: the transport document it travels under.</summary>
public static class ConsignmentKinds
{
    public const string BillOfLading = "bill-of-lading";
    public const string MasterAirWaybill = "master-air-waybill";
    public const string HouseAirWaybill = "house-air-waybill";
}

/// <summary>
/// One consignment on a voyage: a bill of lading, or an air waybill (master or house, the house linked to
/// its master). What the latest message declared for it, with its parties, goods and containers; how
/// often it was amended and when. Places are UN/LOCODE (sea) or IATA codes (air); weights in kilograms,
/// volumes in cubic metres. Its location and jurisdiction are its voyage's, copied so that every query
/// on consignments is scoped without a join.
/// </summary>
public sealed class CargoConsignment
{
    public const int NumberMaxLength = 40;
    public const int PlaceMaxLength = 10;
    public const int TextMaxLength = 4000;

    public Guid Id { get; set; }

    public Guid VoyageId { get; set; }

    public CargoVoyage? Voyage { get; set; }

    public string Kind { get; set; } = ConsignmentKinds.BillOfLading;

    public string Number { get; set; } = "";

    /// <summary>Air: false when the AWB's check digit is wrong.</summary>
    public bool? NumberValid { get; set; }

    public string? MasterNumber { get; set; }

    /// <summary>The master waybill or bill this house travels under, once both are stored.</summary>
    public Guid? MasterId { get; set; }

    public string? Origin { get; set; }

    public string? PortOfLoading { get; set; }

    /// <summary>Ports or airports passed through between loading and discharge, space-separated, in order.</summary>
    public string Transshipments { get; set; } = "";

    public string? PortOfDischarge { get; set; }

    public string? PlaceOfDelivery { get; set; }

    public string? Destination { get; set; }

    public int? Pieces { get; set; }

    public decimal? GrossWeightKg { get; set; }

    public decimal? VolumeM3 { get; set; }

    public decimal? DeclaredValue { get; set; }

    public string? DeclaredCurrency { get; set; }

    public decimal? CustomsValue { get; set; }

    public string? CustomsCurrency { get; set; }

    /// <summary>prepaid or collect.</summary>
    public string? FreightTerms { get; set; }

    /// <summary>cash, cheque, credit, account or the code as sent.</summary>
    public string? PaymentMethod { get; set; }

    /// <summary>Air: IATA special handling codes, space-separated.</summary>
    public string SpecialHandling { get; set; } = "";

    /// <summary>Remarks as sent, one per line.</summary>
    public string? Remarks { get; set; }

    /// <summary>A cancellation message withdrew it; kept, as everything received is.</summary>
    public bool Cancelled { get; set; }

    /// <summary>How many amendment or cancellation messages changed it after the first.</summary>
    public int AmendmentCount { get; set; }

    /// <summary>When the last amendment was received (UTC).</summary>
    public DateTimeOffset? AmendedAt { get; set; }

    public Guid FirstMessageId { get; set; }

    public Guid LastMessageId { get; set; }

    public string? Location { get; set; }

    public string? Jurisdiction { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the units first evaluated it; null until then.</summary>
    public DateTimeOffset? TargetedAt { get; set; }

    public List<CargoGoodsItem> Goods { get; set; } = [];

    public List<ConsignmentParty> Parties { get; set; } = [];

    public List<ContainerMovement> Movements { get; set; } = [];

    public IEnumerable<string> TransshipmentList => Transshipments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
