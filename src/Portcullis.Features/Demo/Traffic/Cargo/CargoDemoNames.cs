namespace Portcullis.Features.Demo.Traffic.Cargo;

/// <summary>
/// The fixed, fictitious names the demo cargo always carries, so that a demonstration watchlist can name
/// them and the cargo screening has something to find every day, whatever the seed. They appear in the
/// day's risk-indicator consignments: the fruit importer and exporter on a Durrës call, the air consignee
/// on a Belgrade house waybill, the container on the fruit bill.
/// </summary>
public static class CargoDemoNames
{
    /// <summary>A first-time consignee at a flat in Tirana, importing bananas shipped from Guayaquil via Gioia Tauro.</summary>
    public const string FruitImporter = "ORIZONT FRESH IMPEX SH.P.K.";

    /// <summary>The shipper of that fruit in Guayaquil.</summary>
    public const string FruitExporter = "COSTA VERDE EXPORTADORA LTD";

    /// <summary>The Belgrade consignee of a light, very valuable house air waybill.</summary>
    public const string AirConsignee = "DELTA MERIDIAN TRADE DOO";

    /// <summary>The reefer container of the fruit bill: ISO 6346 check digit valid.</summary>
    public const string ListedContainer = "TTNU9312081";

    public static IReadOnlyList<string> ListedCompanies { get; } = [FruitImporter, FruitExporter, AirConsignee];
}
