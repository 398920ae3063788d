using System.Globalization;
using Portcullis.Formats.Cargo;

namespace Portcullis.Formats.CargoXml;

/// <summary>
/// The legs of a waybill (SpecifiedLogisticsTransportMovement, in SequenceNumeric order): the first is the
/// message's flight, their ends the ports of loading and discharge, the points between transshipments.
/// The shape has no list of legs, so each leg's flight is also kept as a remark.
/// </summary>
internal static class CargoXmlRouting
{
    public static void Read(XmlElementNode node, Consignment consignment, CargoMessage message)
    {
        var legs = node.All("SpecifiedLogisticsTransportMovement")
            .Select((leg, index) => (leg, order: CargoUnits.ParseCount(leg.Value("SequenceNumeric")) ?? int.MaxValue, index))
            .OrderBy(l => l.order).ThenBy(l => l.index)
            .Select(l => Leg(l.leg, message.Diagnostics))
            .ToList();
        if (legs.Count == 0)
        {
            return;
        }

        message.Flight ??= legs[0];
        consignment.PortOfLoading ??= legs[0].From;
        consignment.PortOfDischarge ??= legs[^1].To;
        foreach (var leg in legs.Take(legs.Count - 1))
        {
            if (leg.To is not null && !consignment.Transshipments.Contains(leg.To, StringComparer.Ordinal))
            {
                consignment.Transshipments.Add(leg.To);
            }
        }

        for (var i = 0; i < legs.Count; i++)
        {
            var leg = legs[i];
            var date = leg.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            consignment.Remarks.Add($"leg {(i + 1).ToString(CultureInfo.InvariantCulture)}: {leg.Number ?? "?"} {leg.From ?? "?"}-{leg.To ?? "?"}{(date is null ? "" : " " + date)}");
        }

        var carrier = legs[0].Carrier;
        if (carrier is not null && !consignment.Parties.Exists(p => p.Role == "carrier"))
        {
            consignment.Parties.Add(new CargoParty { Role = "carrier", Identifiers = [new PartyIdentifier("iata-airline", carrier)] });
        }
    }

    private static CargoFlight Leg(XmlElementNode leg, List<Diagnostic> diagnostics)
    {
        var id = leg.Value("ID");
        var flight = new CargoFlight
        {
            Number = id,
            Carrier = leg.Value("UsedLogisticsTransportMeans", "Name") ?? (id is { Length: > 2 } ? id[..2] : null),
            From = leg.Value("DepartureEvent", "OccurrenceDepartureLocation", "ID"),
            To = leg.Value("ArrivalEvent", "OccurrenceArrivalLocation", "ID"),
        };
        var dateNode = leg.Path("DepartureEvent", "ScheduledOccurrenceDateTime") ?? leg.Path("DepartureEvent", "DepartureOccurrenceDateTime");
        var text = dateNode?.Text?.Trim();
        if (text is not null)
        {
            // The local date as sent: the first ten characters of an ISO date-time.
            if (text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                flight.Date = date;
            }
            else
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.xml-date", $"departure '{text}' is not a date", Line: dateNode!.Line, Field: dateNode.LocalName));
            }
        }

        return flight;
    }
}
