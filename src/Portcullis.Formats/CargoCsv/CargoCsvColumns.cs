namespace Portcullis.Formats.CargoCsv;

/// <summary>The columns of the CSV manifest template (docs/formats/cargo-csv.md), in the template's order.</summary>
public static class CargoCsvColumns
{
    /// <summary>Separates several values in one field (transshipment ports, seals).</summary>
    public const char ValueSeparator = '|';

    /// <summary>The voyage: rows with the same values here belong to one manifest (one message).</summary>
    public static IReadOnlyList<string> Manifest { get; } =
    [
        "manifest_reference", "sender", "vessel_name", "imo_number", "call_sign", "carrier", "carrier_name",
        "voyage_number", "port_of_call", "last_port", "next_port", "arrival", "departure",
    ];

    /// <summary>The bill of lading: rows with the same bl_number in one manifest are one consignment.</summary>
    public static IReadOnlyList<string> Consignment { get; } =
    [
        "bl_number", "master_number",
        "shipper_name", "shipper_address", "shipper_country",
        "consignee_name", "consignee_address", "consignee_country",
        "notify_name", "notify_address", "notify_country",
        "origin", "port_of_loading", "transshipments", "port_of_discharge", "place_of_delivery",
        "freight_terms", "payment_method",
    ];

    /// <summary>The goods item: one per row.</summary>
    public static IReadOnlyList<string> Goods { get; } =
    [
        "description", "hs_code", "packages", "package_type", "gross_weight_kg", "volume_m3", "value", "currency",
        "marks", "un_number", "container", "container_size_type", "seals",
    ];

    public static IReadOnlyList<string> All { get; } = [.. Manifest, .. Consignment, .. Goods];
}
