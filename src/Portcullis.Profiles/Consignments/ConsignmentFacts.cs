namespace Portcullis.Profiles.Consignments;

/// <summary>
/// What is known about one consignment (a bill of lading or an air waybill) on one voyage, flattened
/// from the manifest or waybill, the reference data, the parties' and containers' history and the
/// screening results. Plain data, evaluated without I/O; every value may be missing (null) because
/// carriers send what they have. Places are UN/LOCODE (sea) or IATA codes (air); weights in kilograms.
/// </summary>
public sealed record ConsignmentFacts
{
    public string? Mode { get; init; }
    public string? Kind { get; init; }
    public string? Carrier { get; init; }
    public string? Port { get; init; }
    public DateTime? Arrival { get; init; }

    public string? RouteOrigin { get; init; }
    public string? RouteOriginCountry { get; init; }
    public string? RouteLoading { get; init; }
    public string? RouteLoadingCountry { get; init; }
    public string? RouteDischarge { get; init; }
    public string? RouteDestination { get; init; }
    public string? RouteDestinationCountry { get; init; }
    public IReadOnlyList<CargoPlace>? RouteTransshipments { get; init; }
    public int? RouteTransshipmentCount { get; init; }

    public IReadOnlyList<GoodsFacts>? Goods { get; init; }
    public string? GoodsDescription { get; init; }
    public int? Pieces { get; init; }
    public decimal? GrossWeightKg { get; init; }
    public decimal? VolumeM3 { get; init; }
    public decimal? DeclaredValue { get; init; }
    public string? DeclaredCurrency { get; init; }
    public decimal? ValuePerKg { get; init; }

    public string? FreightTerms { get; init; }
    public string? PaymentMethod { get; init; }
    public bool? PaidInCash { get; init; }

    public PartyFacts? Shipper { get; init; }
    public PartyFacts? Consignee { get; init; }
    public PartyFacts? Notify { get; init; }
    public bool? HasForwarder { get; init; }

    public IReadOnlyList<ContainerFacts>? Containers { get; init; }
    public int? ContainerCount { get; init; }
    public bool? ContainerNumberInvalid { get; init; }

    public IReadOnlyList<HandlingCode>? SpecialHandling { get; init; }

    public int? Amendments { get; init; }
    public decimal? AmendedHoursBeforeArrival { get; init; }

    public int? WatchlistHits { get; init; }
    public int? WatchlistPartyHits { get; init; }
    public int? WatchlistContainerHits { get; init; }

    public int? UnknownHsCodes { get; init; }
    public int? UnknownPlaces { get; init; }
    public bool? AwbCheckDigitWrong { get; init; }
    public bool? IsHouse { get; init; }
}

/// <summary>A port or airport on the route, with its country.</summary>
public sealed record CargoPlace(string? Code, string? Country);

/// <summary>One goods line, with what the nomenclature says of its HS code and description.</summary>
public sealed record GoodsFacts
{
    public string? Description { get; init; }
    public string? HsCode { get; init; }
    public string? HsChapter { get; init; }
    public string? HsHeading { get; init; }
    public bool? HsKnown { get; init; }

    /// <summary>True when the description fits the chapter, false when its words point elsewhere, null when it cannot tell.</summary>
    public bool? FitsHs { get; init; }
    public bool? Vague { get; init; }
    public int? Packages { get; init; }
    public decimal? GrossWeightKg { get; init; }
    public decimal? Value { get; init; }
    public decimal? ValuePerKg { get; init; }
    public bool? Dangerous { get; init; }
}

/// <summary>A party of the consignment in one role, with its history in the jurisdiction before this consignment.</summary>
public sealed record PartyFacts
{
    public string? Name { get; init; }
    public string? Country { get; init; }
    public bool? IsPerson { get; init; }
    public bool? ResidentialAddress { get; init; }
    public bool? FirstTimeSeen { get; init; }
    public int? PreviousConsignments { get; init; }
    public int? DaysSinceFirstSeen { get; init; }
}

/// <summary>A container the consignment travels in, with its history.</summary>
public sealed record ContainerFacts(string? Number, bool? NumberValid, string? SizeType, bool? Empty, int? PreviousMovements, int? Seals);

/// <summary>An IATA special handling code.</summary>
public sealed record HandlingCode(string? Code);
