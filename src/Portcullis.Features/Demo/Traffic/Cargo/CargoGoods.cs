namespace Portcullis.Features.Demo.Traffic.Cargo;

/// <summary>
/// What the region imports, by where it comes from: HS 2022 subheadings (all in the reference
/// nomenclature), descriptions as shippers write them, package types, typical package weights and a
/// typical value per kilogram, so a declared value can be far from the norm on purpose and only then.
/// </summary>
internal static class CargoGoods
{
    public static readonly Commodity[] Turkish =
    [
        new("610910", "COTTON T-SHIRTS KNITTED", "CT", 10, 9m),
        new("620342", "MENS COTTON TROUSERS", "CT", 12, 11m),
        new("520942", "DENIM FABRIC", "RO", 50, 4.5m),
        new("570242", "MACHINE-WOVEN CARPETS", "BL", 40, 5m),
        new("690721", "CERAMIC FLOOR TILES", "PX", 1100, 0.45m),
        new("721420", "REINFORCING STEEL BARS", "BE", 2000, 0.7m),
        new("252329", "PORTLAND CEMENT", "BG", 50, 0.09m),
        new("170199", "WHITE CRYSTAL SUGAR", "BG", 50, 0.7m),
        new("190219", "DRY PASTA", "CT", 10, 1.3m),
        new("732393", "STAINLESS STEEL KITCHENWARE", "CT", 15, 6m),
        new("841510", "SPLIT AIR CONDITIONING UNITS", "PK", 45, 8m),
    ];

    public static readonly Commodity[] Italian =
    [
        new("847990", "MACHINE PARTS", "CS", 200, 18m),
        new("848180", "INDUSTRIAL VALVES", "CS", 100, 22m),
        new("690721", "PORCELAIN STONEWARE TILES", "PX", 1100, 0.6m),
        new("150920", "EXTRA VIRGIN OLIVE OIL", "CT", 12, 5m),
        new("190219", "DRY PASTA", "CT", 10, 1.4m),
        new("940360", "WOODEN FURNITURE", "PK", 40, 6m),
        new("870899", "MOTOR VEHICLE PARTS", "CT", 25, 10m),
        new("843149", "PARTS OF CONSTRUCTION MACHINERY", "CS", 300, 9m),
    ];

    public static readonly Commodity[] German =
    [
        new("847990", "MACHINERY SPARE PARTS", "CS", 250, 20m),
        new("870899", "AUTOMOTIVE PARTS", "CT", 25, 12m),
        new("850164", "GENERATING SETS", "CS", 800, 9m),
        new("842199", "PARTS OF FILTERING MACHINERY", "CS", 150, 25m),
        new("732690", "STEEL FITTINGS", "PX", 400, 4m),
    ];

    public static readonly Commodity[] Greek =
    [
        new("040690", "CHEESE", "CT", 20, 6m, Reefer: true),
        new("200570", "OLIVES IN BRINE", "DR", 200, 3m),
        new("761010", "ALUMINIUM WINDOW FRAMES", "PX", 300, 5m),
        new("100630", "MILLED RICE", "BG", 25, 0.9m),
    ];

    public static readonly Commodity[] Chinese =
    [
        new("392410", "PLASTIC TABLEWARE", "CT", 8, 3.5m),
        new("640411", "SPORTS FOOTWEAR", "CT", 12, 14m),
        new("940360", "FLAT-PACK FURNITURE", "PK", 30, 3m),
        new("611030", "KNITTED PULLOVERS OF MAN-MADE FIBRES", "CT", 10, 12m),
        new("841510", "AIR CONDITIONING UNITS", "PK", 45, 7m),
        new("850440", "POWER SUPPLY UNITS", "CT", 15, 25m),
        new("732393", "STEEL KITCHENWARE", "CT", 15, 5m),
    ];

    public static readonly Commodity[] Spanish =
    [
        new("080510", "FRESH ORANGES", "CT", 15, 0.9m, Reefer: true),
        new("690721", "GLAZED CERAMIC TILES", "PX", 1100, 0.5m),
    ];

    /// <summary>The South American lanes: fruit and fish in reefers, scrap in bundles.</summary>
    public static readonly Commodity Bananas = new("080390", "FRESH BANANAS", "CT", 18, 0.8m, Reefer: true);

    public static readonly Commodity Shrimps = new("030617", "FROZEN SHRIMPS", "CT", 20, 7m, Reefer: true);

    public static readonly Commodity FishFillets = new("030489", "FROZEN FISH FILLETS", "CT", 20, 4m, Reefer: true);

    public static readonly Commodity Scrap = new("720449", "FERROUS WASTE AND SCRAP", "BE", 1000, 0.35m);

    /// <summary>Descriptions that say nothing: a manifest line customs cannot check.</summary>
    public static readonly string[] Vague = ["GENERAL CARGO", "SAID TO CONTAIN PARTS", "SAMPLES", "STC VARIOUS GOODS", "CONSOLIDATED CARGO"];

    /// <summary>A description paired with an HS code of another chapter: tiles declared as telephones, toys as jewellery.</summary>
    public static readonly (string Description, string HsCode)[] Mismatched =
    [
        ("CERAMIC FLOOR TILES", "851713"),
        ("PLASTIC TOYS", "711319"),
        ("USED CLOTHING", "300490"),
        ("FURNITURE PARTS", "910211"),
    ];

    public static readonly Commodity[] Air =
    [
        new("300490", "PHARMACEUTICALS", "CT", 5, 60m),
        new("851713", "MOBILE PHONES", "CT", 8, 250m),
        new("854231", "INTEGRATED CIRCUITS", "CT", 3, 600m),
        new("870899", "AUTO SPARE PARTS", "CT", 15, 15m),
        new("620342", "GARMENTS", "CT", 12, 25m),
        new("330499", "COSMETICS", "CT", 10, 30m),
        new("901890", "MEDICAL INSTRUMENTS", "CT", 8, 120m),
        new("848180", "VALVES AND FITTINGS", "CT", 20, 35m),
        new("490199", "PRINTED BOOKS", "CT", 15, 8m),
        new("847150", "COMPUTER PROCESSING UNITS", "CT", 20, 80m),
        new("060311", "FRESH CUT ROSES", "CT", 15, 6m),
    ];
}
