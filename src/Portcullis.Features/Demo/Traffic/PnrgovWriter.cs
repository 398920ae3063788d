using System.Globalization;
using System.Text;
using Portcullis.Formats.Edifact;
using static Portcullis.Formats.Edifact.EdifactWriter;

namespace Portcullis.Features.Demo.Traffic;

/// <summary>
/// Writes a PNRGOV 13.1 push (IATA PNRGOV message implementation guide) for a flight: the flight
/// (MSG, ORG, TVL, EQN), then per PNR its record locators (SRC, RCI), dates, origin, address, the
/// travellers (TIF, FTI, SSR DOCS/DOCA/DOCO/CTCE/CTCM, TKT, MON, FOP), the itinerary (TVL, RPI, APD,
/// and check-in TRI/SSD once travellers have checked in) and, closer to departure, its history (LTS).
/// Names are as booked: ASCII for UNOA senders, Latin with diacritics or Cyrillic for UTF-8 ones
/// (UNOW, UNOY); the SSR DOCS carries the name as in the travel document, as in the API list.
/// </summary>
public static class PnrgovWriter
{
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    /// <summary>The PNRs booked by <paramref name="sent"/>, pushed at that time.</summary>
    public static byte[] Push(FlightDay day, DateTime sent, string interchangeReference)
    {
        var flight = day.Flight;
        var carrier = flight.Carrier;
        var bookings = day.Bookings.Where(b => b.Created <= sent).ToList();
        var late = sent >= flight.Departure.AddHours(-30);
        var syntax = carrier.Script switch
        {
            NameScript.Ascii => "UNOA",
            _ when bookings.Any(b => b.Cyrillic) => "UNOY",
            _ => "UNOW",
        };
        var writer = new EdifactWriter(new StringBuilder(128 * 1024));
        writer.BeginInterchange(syntax, "4", carrier.Code, PaxlstWriter.Recipient(flight), sent, interchangeReference);
        writer.BeginMessage("1", ["PNRGOV", "13", "1", "IA"], $"{flight.Designator}/{Date(flight.Departure)}/{Time(flight.Departure)}");
        writer.Segment("MSG", Composite(null, "22"));
        writer.Segment("ORG", Composite(carrier.Code, carrier.HomeCity));
        writer.Segment("TVL", Composite(Date(flight.Departure), Time(flight.Departure), Date(flight.Arrival), Time(flight.Arrival)), flight.From.Code, flight.To.Code, carrier.Code, flight.Number);
        writer.Segment("EQN", bookings.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var booking in bookings)
        {
            Pnr(writer, flight, booking, late);
        }

        writer.EndMessage();
        writer.EndInterchange();
        return writer.ToBytes();
    }

    private static void Pnr(EdifactWriter writer, Flight flight, Booking booking, bool late)
    {
        var carrier = flight.Carrier;
        writer.Segment("SRC");
        writer.Segment(
            "RCI",
            Composite(carrier.Code, booking.Locator, null, Date(booking.Created), Time(booking.Created)),
            booking.MarketingCarrier is null ? null : Composite(booking.MarketingCarrier, booking.MarketingLocator));
        var ticketed = booking.Travellers.Any(t => t.Ticket is not null);
        writer.Segment(
            "DAT",
            Composite("700", Date(booking.LastChanged), Time(booking.LastChanged)),
            ticketed ? Composite("710", Date(booking.Created), Time(booking.Created.AddMinutes(7))) : null);
        if (booking.Agency is { } agency)
        {
            writer.Segment("ORG", Composite(carrier.ReservationSystem, agency.City), Composite(agency.IataNumber, agency.OfficeId), agency.City, null, "T", Composite(agency.Country, agency.Currency), "EN");
        }
        else
        {
            writer.Segment("ORG", Composite(carrier.Code, carrier.HomeCity), Composite(null, "WEB"), carrier.HomeCity, null, "A", Composite(flight.Reporting.Country, booking.Currency));
        }

        var contact = booking.Travellers[0].Person;
        writer.Segment("ADD", null, Composite("700", Text(carrier, contact.Address.Street), Text(carrier, contact.Address.City), null, null, contact.Address.Country, contact.Address.PostalCode));
        var amount = booking.Travellers.Sum(t => t.Total);
        foreach (var t in booking.Travellers)
        {
            Traveller(writer, flight, booking, t, t == booking.Travellers[0], amount);
        }

        if (booking.GroupName is { } group)
        {
            writer.Segment("SSR", Composite("GRPS", "HK", booking.Travellers.Count.ToString(CultureInfo.InvariantCulture), carrier.Code, null, null, null, null, group));
        }

        foreach (var leg in booking.Itinerary)
        {
            writer.Segment(
                "TVL",
                Composite(Date(leg.Departure), Time(leg.Departure), Date(leg.Arrival), Time(leg.Arrival)),
                leg.From,
                leg.To,
                leg.MarketingCarrier == leg.OperatingCarrier ? leg.MarketingCarrier : Composite(leg.MarketingCarrier, leg.OperatingCarrier),
                Composite(leg.MarketingNumber, leg.BookingClass.ToString()));
            writer.Segment("RPI", booking.Travellers.Count(t => t.Person.Age != AgeGroup.Infant).ToString(CultureInfo.InvariantCulture), "HK");
            writer.Segment("APD", leg.Aircraft);
            if (leg.IsReportedFlight && late)
            {
                var sequence = 0;
                foreach (var t in booking.Travellers.Where(t => t.CheckedInEarly && t.Seat is not null))
                {
                    sequence++;
                    writer.Segment("TRI", null, Composite(leg.From + "-" + (t.Reference * 7 + sequence).ToString("000", CultureInfo.InvariantCulture), null, null, t.Reference.ToString(CultureInfo.InvariantCulture)));
                    TravellerName(writer, flight, booking, t);
                    writer.Segment("SSD", t.Seat!.TrimStart('0'), null, null, null, "Y");
                }
            }
        }

        if (late)
        {
            History(writer, flight, booking);
        }
    }

    private static void Traveller(EdifactWriter writer, Flight flight, Booking booking, BookedTraveller t, bool contact, decimal bookingAmount)
    {
        var carrier = flight.Carrier;
        var p = t.Person;
        TravellerName(writer, flight, booking, t);
        if (t.FrequentFlyer is { } ff)
        {
            var parts = ff.Split(' ');
            writer.Segment("FTI", Composite(parts[0], parts[1]));
        }

        var ssr = booking.MarketingCarrier ?? carrier.Code;
        var sex = p.Age == AgeGroup.Infant ? p.Sex + "I" : p.Sex.ToString();
        var docs = $"/{p.Document.Type}/{p.Document.IssuingCountry}/{p.Document.Number}/{p.Nationality}/{DocDate(p.BirthDate)}/{sex}/{DocDate(p.Document.Expiry)}/{PaxlstWriter.Surname(flight, p)}/{PaxlstWriter.GivenNames(flight, p)}";
        writer.Segment("SSR", Composite("DOCS", "HK", "1", ssr, null, null, null, null, docs));
        if (contact)
        {
            var a = p.Address;
            writer.Segment("SSR", Composite("DOCA", "HK", "1", ssr, null, null, null, null, $"/R/{a.Country}/{Names.Ascii(a.Street)}/{Names.Ascii(a.City)}//{a.PostalCode}"));
            if (p.Phone is { } phone)
            {
                writer.Segment("SSR", Composite("CTCM", "HK", "1", ssr, null, null, null, null, phone));
            }

            if (p.Email is { } email)
            {
                var encoded = email.ToUpperInvariant().Replace("_", "..", StringComparison.Ordinal).Replace("@", "//", StringComparison.Ordinal);
                writer.Segment("SSR", Composite("CTCE", "HK", "1", ssr, null, null, null, null, encoded));
            }
        }

        if (booking.Itinerary.Any(l => l.To == "JFK") && p.Nationality != "USA")
        {
            var issued = p.Document.Issued.AddYears(1) < DateOnly.FromDateTime(flight.Departure) ? p.Document.Issued.AddYears(1) : p.Document.Issued;
            writer.Segment("SSR", Composite("DOCO", "HK", "1", ssr, null, null, null, null, $"/{p.BirthCountry}/V/{p.Document.Number[^6..]}US/{flight.Reporting.City}/{DocDate(issued)}/USA"));
        }

        if (t.Ticket is { } ticket)
        {
            writer.Segment("TKT", Composite(ticket, "T", "1"));
        }

        writer.Segment("MON", Composite("B", Money(t.Fare, booking.Currency), booking.Currency), Composite("T", Money(t.Total, booking.Currency), booking.Currency));
        if (contact)
        {
            var total = Money(bookingAmount, booking.Currency);
            switch (booking.PaymentType)
            {
                case "CC":
                    writer.Segment("FOP", Composite("CC", null, total, booking.CardVendor, booking.CardMasked, booking.CardExpiry));
                    writer.Segment("IFT", Composite("4", "43"), $"{Text(carrier, p.GivenNames)} {Text(carrier, p.Surname)}");
                    break;
                case "CA":
                    writer.Segment("FOP", Composite("CA", null, total));
                    break;
                default:
                    writer.Segment("FOP", Composite("MS", null, total));
                    writer.Segment("IFT", Composite("4", "43"), "INVOICE " + (booking.Agency?.Name ?? carrier.Name) + " " + booking.Locator);
                    break;
            }
        }
    }

    private static void TravellerName(EdifactWriter writer, Flight flight, Booking booking, BookedTraveller t)
    {
        var p = t.Person;
        var (surname, given) = booking.Cyrillic && p.HasCyrillic
            ? (p.SurnameCyrillic, p.GivenCyrillic)
            : (PaxlstWriter.Surname(flight, p), PaxlstWriter.GivenNames(flight, p));
        var type = p.Age switch
        {
            AgeGroup.Infant => "IN",
            AgeGroup.Child => "C",
            _ => "A",
        };
        writer.Segment(
            "TIF",
            p.Age == AgeGroup.Infant ? Composite(surname, "I") : surname,
            Composite(given + " " + p.Title, type, t.Reference.ToString(CultureInfo.InvariantCulture)));
    }

    private static void History(EdifactWriter writer, Flight flight, Booking booking)
    {
        var first = booking.Travellers[0].Person;
        var leg = booking.Itinerary.First(l => l.IsReportedFlight);
        writer.Segment("LTS", $"0/O/NM/{first.SurnameMrz}/{first.GivenMrz}{first.Title}");
        writer.Segment("LTS", $"0/O/SS/{leg.MarketingCarrier} {leg.MarketingNumber} {leg.BookingClass} {DocDate(DateOnly.FromDateTime(leg.Departure))[..5]} {leg.From}{leg.To} HK{booking.Travellers.Count(t => t.Person.Age != AgeGroup.Infant)} {Time(leg.Departure)} {Time(leg.Arrival)}");
        if (booking.LastChanged > booking.Created)
        {
            writer.Segment("LTS", $"1/A/SR/SSR DOCS {flight.Carrier.Code} HK{booking.Travellers.Count}");
        }
    }

    private static string Text(Carrier carrier, string text) => carrier.Script == NameScript.Ascii ? Names.Ascii(text) : text.ToUpperInvariant();

    private static string Money(decimal eur, string currency)
    {
        var rate = currency switch
        {
            "RSD" => 117.1m,
            "MKD" => 61.5m,
            "BAM" => 1.95583m,
            "ALL" => 100.4m,
            "CHF" => 0.94m,
            "GBP" => 0.85m,
            "TRY" => 36.2m,
            "AED" => 3.97m,
            "HUF" => 401m,
            "USD" => 1.08m,
            "DKK" => 7.46m,
            "SEK" => 11.4m,
            _ => 1m,
        };
        var decimals = currency is "HUF" or "RSD" or "ALL" or "MKD" ? 0 : 2;
        return Math.Round(eur * rate, decimals).ToString(decimals == 0 ? "0" : "0.00", CultureInfo.InvariantCulture);
    }

    private static string Date(DateTime when) => when.ToString("ddMMyy", CultureInfo.InvariantCulture);

    private static string Time(DateTime when) => when.ToString("HHmm", CultureInfo.InvariantCulture);

    private static string DocDate(DateOnly date) =>
        date.Day.ToString("00", CultureInfo.InvariantCulture) + Months[date.Month - 1] + (date.Year % 100).ToString("00", CultureInfo.InvariantCulture);
}
