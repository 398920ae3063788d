using System.Globalization;
using Portcullis.Domain.Cargo;

namespace Portcullis.Pages.Cargo;

/// <summary>The English text of cargo's codes, as resource keys (translated in Resources/), and how a voyage is named.</summary>
public static class CargoLabels
{
    public static readonly IReadOnlyList<string> Kinds = [ConsignmentKinds.BillOfLading, ConsignmentKinds.MasterAirWaybill, ConsignmentKinds.HouseAirWaybill];

    public static readonly IReadOnlyList<string> Roles = ["shipper", "consignee", "notify", "forwarder", "carrier", "agent", "other"];

    public static readonly IReadOnlyList<string> Modes = [CargoModes.Sea, CargoModes.Air];

    public static readonly IReadOnlyList<string> Loadings = ["full", "empty"];

    public static string Kind(string kind) => kind switch
    {
        ConsignmentKinds.BillOfLading => "Bill of lading",
        ConsignmentKinds.MasterAirWaybill => "Master air waybill",
        ConsignmentKinds.HouseAirWaybill => "House air waybill",
        _ => kind,
    };

    /// <summary>Short, for a table column.</summary>
    public static string KindShort(string kind) => kind switch
    {
        ConsignmentKinds.BillOfLading => "B/L",
        ConsignmentKinds.MasterAirWaybill => "MAWB",
        ConsignmentKinds.HouseAirWaybill => "HAWB",
        _ => kind,
    };

    public static string Role(string role) => role switch
    {
        "shipper" => "Shipper",
        "consignee" => "Consignee",
        "notify" => "Notify party",
        "forwarder" => "Forwarder",
        "carrier" => "Carrier",
        "agent" => "Agent",
        _ => "Other party",
    };

    public static string Mode(string mode) => mode == CargoModes.Air ? "Cargo flight" : "Vessel call";

    public static string Loading(string loading) => loading switch
    {
        "full" => "Full",
        "empty" => "Empty",
        _ => loading,
    };

    public static string PartyKind(string kind) => kind == PartyKinds.Person ? "Natural person" : "Organisation";

    /// <summary>
    /// A vessel call by its ship and voyage number ("MV ADRIATIC STAR 0412E"); a flight by its designator
    /// ("JU 850"). A waybill may name no flight: then by where it comes from and arrives ("FRA → TIA"), so
    /// that the link to it always has a text.
    /// </summary>
    public static string Voyage(string mode, string? carrier, string? number, string? vesselName, string port, string? from = null)
    {
        var parts = mode == CargoModes.Sea && !string.IsNullOrWhiteSpace(vesselName) ? new[] { vesselName, number } : new[] { carrier, number };
        var name = string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return name.Length > 0 ? name : Route(from, port);
    }

    public static string Voyage(CargoVoyage v) => Voyage(v.Mode, v.Carrier, v.Number, v.VesselName, v.Port, v.From);

    /// <summary>Kilograms with thousands separated, the same in every language.</summary>
    public static string Weight(decimal? kg) => kg is { } v ? v.ToString("#,0.###", CultureInfo.InvariantCulture) + " kg" : "—";

    public static string Volume(decimal? m3) => m3 is { } v ? v.ToString("#,0.###", CultureInfo.InvariantCulture) + " m³" : "—";

    public static string Money(decimal? value, string? currency) =>
        value is { } v ? v.ToString("#,0.##", CultureInfo.InvariantCulture) + (currency is null ? "" : " " + currency) : "—";

    /// <summary>A route's places in order, skipping those not sent and a place repeated next to itself.</summary>
    public static string Route(params string?[] places)
    {
        var kept = new List<string>();
        foreach (var place in places)
        {
            if (!string.IsNullOrWhiteSpace(place) && (kept.Count == 0 || !string.Equals(kept[^1], place, StringComparison.Ordinal)))
            {
                kept.Add(place);
            }
        }

        return kept.Count == 0 ? "—" : string.Join(" → ", kept);
    }
}
