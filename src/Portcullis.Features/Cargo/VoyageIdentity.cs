using System.Globalization;
using Portcullis.Domain.Cargo;
using Portcullis.Domain.Reference;
using Portcullis.Formats.Cargo;

namespace Portcullis.Features.Cargo;

/// <summary>
/// Which voyage a message's consignments belong to. Sea: the vessel (IMO number, else name, else call
/// sign), its voyage number and the port of call. Air: the flight (carrier, number, date) and the
/// region's airport at either end; a waybill booked on no flight joins its airline's "cargo flight" of
/// the day at its airport, so that it is still seen and targeted.
/// </summary>
public sealed record VoyageIdentity(string Key, string Mode, string Port, DateOnly Date, string? Carrier, string? Number, string? From, string? To)
{
    /// <summary>Air: the airline's name from its AWB prefix, when the prefix is one we know.</summary>
    public string? CarrierName { get; init; }

    public static VoyageIdentity? Of(CargoMessage message, Consignment first, DateOnly receivedOn)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(first);
        return message.Voyage is not null || first.Kind == ConsignmentKinds.BillOfLading ? Sea(message, first, receivedOn) : Air(message, first, receivedOn);
    }

    private static VoyageIdentity? Sea(CargoMessage message, Consignment first, DateOnly receivedOn)
    {
        var voyage = message.Voyage ?? new Voyage();
        var port = voyage.PortOfCall ?? first.PortOfDischarge;
        if (string.IsNullOrWhiteSpace(port))
        {
            return null;
        }

        var date = voyage.Arrival is { } arrival ? DateOnly.FromDateTime(arrival) : message.Sent is { } sent ? DateOnly.FromDateTime(sent) : receivedOn;
        var vessel = voyage.ImoNumber ?? voyage.VesselName ?? voyage.CallSign;

        // A vessel's voyage number names its call; without either, the call is the vessel's (or the port's) day.
        var call = voyage.VoyageNumber ?? Day(date);
        var key = $"sea/{port}/{vessel ?? "?"}/{call}";
        return new VoyageIdentity(key, CargoModes.Sea, port, date, voyage.Carrier, voyage.VoyageNumber, voyage.LastPort, voyage.NextPort);
    }

    private static VoyageIdentity? Air(CargoMessage message, Consignment first, DateOnly receivedOn)
    {
        var flight = message.Flight;
        var from = flight?.From ?? first.PortOfLoading ?? first.Origin;
        var to = flight?.To ?? first.PortOfDischarge ?? first.Destination;
        var port = CargoPorts.Find(CargoModes.Air, to) is not null ? to : CargoPorts.Find(CargoModes.Air, from) is not null ? from : to ?? from;
        if (string.IsNullOrWhiteSpace(port))
        {
            return null;
        }

        var date = flight?.Date ?? (message.Sent is { } sent ? DateOnly.FromDateTime(sent) : receivedOn);
        // Without a flight, the airline is the AWB prefix (named when the prefix is known); the number never repeats the carrier ("JU0211" is flight 0211).
        var prefix = (AirWaybillNumber.TryParse(first.Number) ?? AirWaybillNumber.TryParse(first.MasterNumber))?.Prefix;
        var carrier = flight?.Carrier ?? prefix;
        var number = flight?.Number is { } n && carrier is not null && n.Length > carrier.Length && n.StartsWith(carrier, StringComparison.Ordinal) ? n[carrier.Length..] : flight?.Number;
        var key = $"air/{port}/{carrier ?? "?"}{number}/{Day(date)}";
        return new VoyageIdentity(key, CargoModes.Air, port, date, carrier, number, from, to) { CarrierName = AirlinePrefixes.Default.Find(prefix)?.Carrier };
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
