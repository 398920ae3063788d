namespace Portcullis.Features.Demo.Traffic.Cargo;

/// <summary>A container service calling at Durrës or Bar: the line, its vessel and where its cargo comes from.</summary>
internal sealed record SeaService(
    string Port,
    string Carrier,
    string CarrierName,
    string[] OwnerCodes,
    string VesselName,
    int ImoFirstSix,
    string CallSign,
    string LastPort,
    string NextPort,
    string VoyagePrefix,
    int ArrivalHour,
    SeaLane[] Lanes);

/// <summary>Where a service's bills come from: the shippers and goods of a country, its port of loading, the hub it is transshipped at (if any), and its share.</summary>
internal sealed record SeaLane(Company[] Shippers, Commodity[] Goods, string[] LoadingPorts, string? Transshipment, double Weight);

/// <summary>An airline carrying cargo into the region: IATA code, AWB prefix (in AirlinePrefixes), hub, and flight numbers to TIA, BEG and SKP.</summary>
internal sealed record AirCarrier(string Code, string Prefix, string Hub, int FlightTia, int FlightBeg, int FlightSkp, bool ViaIstanbul);

/// <summary>
/// The day's services: four vessel calls (two feeders at Durrës, two at Bar, spread over the day) and the
/// airlines that fly cargo to Tirana, Belgrade and Skopje. UN/LOCODEs outside the reference table's nine
/// countries (TRAMB, CNSHA, DEHAM, ESVLC, ECGYE...) are real codes the table does not cover: "not in this
/// table", not wrong.
/// </summary>
internal static class CargoRoutes
{
    public static readonly SeaService[] Services =
    [
        new("ALDRZ", "MSCU", "MEDITERRANEAN SHIPPING COMPANY", ["MSCU", "MEDU", "TGHU"], "MSC ADRIATIC BRIDGE", 931512, "9HA4821", "ITGIT", "MEBAR", "AD", 5,
        [
            new(CargoParties.ChineseShippers, CargoGoods.Chinese, ["CNSHA", "CNNGB", "CNYTN"], "ITGIT", 0.35),
            new(CargoParties.GermanShippers, CargoGoods.German, ["DEHAM"], "ITGIT", 0.2),
            new(CargoParties.ItalianShippers, CargoGoods.Italian, ["ITGIT", "ITNAP", "ITGOA"], null, 0.3),
            new(CargoParties.SpanishShippers, CargoGoods.Spanish, ["ESVLC"], "ITGIT", 0.15),
        ]),
        new("ALDRZ", "ARKU", "ARKAS CONTAINER TRANSPORT", ["ARKU", "TCNU", "FCIU"], "ARKAS EGE", 940317, "TCA2281", "TRIZM", "MEBAR", "EG", 11,
        [
            new(CargoParties.TurkishShippers, CargoGoods.Turkish, ["TRAMB", "TRMER", "TRIZM", "TRGEM"], null, 0.85),
            new(CargoParties.GreekShippers, CargoGoods.Greek, ["GRSKG"], null, 0.15),
        ]),
        new("MEBAR", "CMDU", "CMA CGM", ["CMAU", "CGMU", "TCLU"], "CMA CGM MONTENEGRO", 950804, "9HB7730", "GRPIR", "ALDRZ", "MN", 15,
        [
            new(CargoParties.ChineseShippers, CargoGoods.Chinese, ["CNSHA", "CNNGB", "CNYTN"], "GRPIR", 0.45),
            new(CargoParties.GreekShippers, CargoGoods.Greek, ["GRPIR", "GRSKG"], null, 0.25),
            new(CargoParties.TurkishShippers, CargoGoods.Turkish, ["TRMER", "TRAMB"], "GRPIR", 0.3),
        ]),
        new("MEBAR", "MAEU", "MAERSK A/S", ["MAEU", "MSKU", "MRKU"], "MAERSK BALKAN", 962237, "OZBK21", "ITTRS", "ALDRZ", "BK", 20,
        [
            new(CargoParties.ItalianShippers, CargoGoods.Italian, ["ITTRS", "ITVCE"], null, 0.5),
            new(CargoParties.GermanShippers, CargoGoods.German, ["DEHAM", "NLRTM"], "ITTRS", 0.3),
            new(CargoParties.SpanishShippers, CargoGoods.Spanish, ["ESVLC"], "ITGIT", 0.2),
        ]),
    ];

    public static readonly AirCarrier[] Airlines =
    [
        new("TK", "235", "IST", 1073, 1083, 1001, false),
        new("LH", "020", "FRA", 1428, 1406, 1714, false),
        new("OS", "257", "VIE", 847, 771, 775, false),
        new("PC", "624", "SAW", 1191, 1151, 1161, false),
        new("LX", "724", "ZRH", 1414, 1418, 1422, false),
        new("QR", "157", "DOH", 0, 0, 0, true),
        new("EK", "176", "DXB", 0, 0, 0, true),
    ];

    public static readonly string[] Transshipments = ["ITGIT", "GRPIR", "ESVLC"];

    /// <summary>South American ports of the indicator lanes (Guayaquil, Santos, Callao), not in the regional table.</summary>
    public static readonly string[] SouthAmericanPorts = ["ECGYE", "BRSSZ", "PECLL"];
}
