using System.Globalization;
using Portcullis.Formats.Cargo;

namespace Portcullis.Formats.CargoImp;

/// <summary>
/// The route of an FWB: "RTG/BEGJU/TIAJU" (each point's airport and the carrier taking the goods there)
/// and the booked flights "FLT/JU0512/15/JU0201/16" (flight, day of month). Flights carry only a day: the
/// month and year come from the issue date (ISU) when given, the first such day on or after it.
/// </summary>
internal static class ImpRouting
{
    public static void Route(ImpLine line, Consignment consignment, CargoMessage message)
    {
        var points = line.Fields.Select(f => f.Trim()).Where(f => f.Length > 0).ToList();
        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            if (point.Length < 3 || !point[..3].All(char.IsAsciiLetterUpper))
            {
                message.Diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.imp-routing", $"routing point '{point}' is not an airport and carrier", Line: line.Number, Field: "RTG"));
                continue;
            }

            var airport = point[..3];
            if (i < points.Count - 1 && !consignment.Transshipments.Contains(airport, StringComparer.Ordinal))
            {
                consignment.Transshipments.Add(airport);
            }

            if (i == 0 && point.Length > 3)
            {
                var carrier = point[3..];
                if (!consignment.Parties.Exists(p => p.Role == "carrier"))
                {
                    consignment.Parties.Add(new CargoParty { Role = "carrier", Identifiers = [new PartyIdentifier("iata-airline", carrier)] });
                }
            }
        }

        consignment.PortOfDischarge = points.Count > 0 && points[^1].Length >= 3 ? points[^1][..3] : consignment.Destination;
    }

    /// <summary>The flights as remarks, the first as the message's flight; dates resolved against <paramref name="issued"/>.</summary>
    public static void Flights(ImpLine line, Consignment consignment, CargoMessage message, DateOnly? issued)
    {
        var fields = line.Fields;
        for (var i = 0; i < fields.Length; i += 2)
        {
            var number = fields[i].Trim();
            var dayText = i + 1 < fields.Length ? fields[i + 1].Trim() : "";
            if (number.Length < 3)
            {
                message.Diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.imp-flight", $"'{number}' is not a flight (carrier and number)", Line: line.Number, Field: "FLT"));
                continue;
            }

            var day = CargoUnits.ParseCount(dayText);
            DateOnly? date = null;
            if (day is null or < 1 or > 31)
            {
                message.Diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.imp-flight", $"flight {number}: day '{dayText}' is not a day of the month", Line: line.Number, Field: "FLT"));
            }
            else if (issued is not null)
            {
                date = OnOrAfter(issued.Value, day.Value);
            }

            consignment.Remarks.Add($"flight {number} day {dayText}{(date is null ? "" : " (" + date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")")}");
            message.Flight ??= new CargoFlight
            {
                Carrier = number[..2],
                Number = number,
                Date = date,
                From = consignment.Origin,
                To = consignment.Transshipments.FirstOrDefault() ?? consignment.Destination,
            };
        }
    }

    private static DateOnly? OnOrAfter(DateOnly from, int day)
    {
        for (var month = 0; month < 12; month++)
        {
            var first = new DateOnly(from.Year, from.Month, 1).AddMonths(month);
            if (day <= DateTime.DaysInMonth(first.Year, first.Month))
            {
                var date = first.AddDays(day - 1);
                if (date >= from)
                {
                    return date;
                }
            }
        }

        return null;
    }
}
