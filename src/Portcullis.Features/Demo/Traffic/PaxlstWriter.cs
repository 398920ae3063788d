using System.Globalization;
using System.Text;
using Portcullis.Formats.Edifact;
using static Portcullis.Formats.Edifact.EdifactWriter;

namespace Portcullis.Features.Demo.Traffic;

/// <summary>
/// Writes a flight's API lists as UN/EDIFACT PAXLST D05B, as in the WCO/IATA/ICAO API guidelines: the
/// passenger list (BGM 745) sent at departure, with bags and seats, and the crew list (BGM 250) sent
/// an hour before. Names are as in the travel document: in the machine-readable zone's letters for
/// airlines that send plain ASCII (UNOA), with their diacritics for those that send UTF-8 (UNOW).
/// </summary>
public static class PaxlstWriter
{
    public static byte[] Passengers(FlightDay day, string interchangeReference)
    {
        var flight = day.Flight;
        var writer = Begin(flight, interchangeReference, flight.Departure.AddMinutes(12), "745");
        var count = 0;
        foreach (var booking in day.Bookings.Where(b => !b.NoShow))
        {
            foreach (var t in booking.Travellers)
            {
                count++;
                var p = t.Person;
                Name(writer, flight, "FL", p, withAddress: p.Age == AgeGroup.Adult);
                writer.Segment("ATT", "2", null, p.Sex.ToString());
                writer.Segment("DTM", Composite("329", Date(p.BirthDate)));
                if (t.Bags > 0)
                {
                    writer.Segment("MEA", "CT", null, t.Bags.ToString(CultureInfo.InvariantCulture));
                    writer.Segment("MEA", "WT", null, Composite("KGM", t.BagWeight.ToString(CultureInfo.InvariantCulture)));
                    writer.Segment("FTX", "BAG", null, null, Composite(t.FirstBagTag, t.Bags.ToString(CultureInfo.InvariantCulture)));
                }

                writer.Segment("LOC", "178", flight.From.Code);
                writer.Segment("LOC", "179", flight.To.Code);
                writer.Segment("LOC", "174", p.Address.Country);
                writer.Segment("LOC", "180", p.BirthCountry);
                writer.Segment("NAT", "2", p.Nationality);
                writer.Segment("RFF", Composite("AVF", booking.Locator));
                if (t.Seat is not null)
                {
                    writer.Segment("RFF", Composite("SEA", t.Seat));
                }

                Document(writer, p);
            }
        }

        writer.Segment("CNT", Composite("42", count.ToString(CultureInfo.InvariantCulture)));
        return End(writer);
    }

    public static byte[] Crew(FlightDay day, string interchangeReference)
    {
        var flight = day.Flight;
        var writer = Begin(flight, interchangeReference, flight.Departure.AddMinutes(-60), "250");
        foreach (var member in day.Crew)
        {
            var p = member.Person;
            Name(writer, flight, "FM", p, withAddress: true);
            writer.Segment("ATT", "2", null, p.Sex.ToString());
            writer.Segment("DTM", Composite("329", Date(p.BirthDate)));
            writer.Segment("LOC", "178", flight.From.Code);
            writer.Segment("LOC", "179", flight.To.Code);
            writer.Segment("LOC", "174", p.Address.Country);
            writer.Segment("LOC", "180", p.BirthCountry);
            writer.Segment("EMP", "1", Composite(member.Function is "CAPTAIN" or "FIRST OFFICER" ? "CR1" : "CR2", "110", "111"));
            writer.Segment("NAT", "2", p.Nationality);
            Document(writer, p);
        }

        writer.Segment("CNT", Composite("41", day.Crew.Count.ToString(CultureInfo.InvariantCulture)));
        return End(writer);
    }

    /// <summary>The surname as the API list gives it: MRZ letters for UNOA senders, diacritics kept otherwise.</summary>
    public static string Surname(Flight flight, Person person) => flight.Carrier.Script == NameScript.Ascii ? person.SurnameMrz : person.SurnameUpper;

    public static string GivenNames(Flight flight, Person person) => flight.Carrier.Script == NameScript.Ascii ? person.GivenMrz : person.GivenUpper;

    /// <summary>The reporting country's passenger information unit: "RSPIU".</summary>
    public static string Recipient(Flight flight) => flight.Reporting.Country + "PIU";

    private static EdifactWriter Begin(Flight flight, string reference, DateTime sent, string listType)
    {
        var writer = new EdifactWriter(new StringBuilder(64 * 1024));
        writer.BeginInterchange(flight.Carrier.Script == NameScript.Ascii ? "UNOA" : "UNOW", "4", flight.Carrier.Code, Recipient(flight), sent, reference, "APIS");
        writer.BeginMessage("1", ["PAXLST", "D", "05B", "UN", "IATA"], $"{flight.Designator}/{flight.Departure.ToString("yyMMdd", CultureInfo.InvariantCulture)}/{flight.Departure.ToString("HHmm", CultureInfo.InvariantCulture)}");
        writer.Segment("BGM", listType);
        writer.Segment("NAD", "MS", null, null, flight.Carrier.Name + " API DESK");
        writer.Segment("COM", Composite("+44 20 7946 0" + (flight.Carrier.TicketPrefix.Length > 0 ? flight.Carrier.TicketPrefix : "999"), "TE"), Composite("APIS@" + flight.Carrier.Code.ToLowerInvariant() + ".airline.example", "EM"));
        writer.Segment("TDT", "20", flight.Conveyance, null, null, flight.Carrier.Code);
        writer.Segment("LOC", "125", flight.From.Code);
        writer.Segment("DTM", Composite("189", DateTime(flight.Departure), "201"));
        writer.Segment("LOC", "87", flight.To.Code);
        writer.Segment("DTM", Composite("232", DateTime(flight.Arrival), "201"));
        return writer;
    }

    private static byte[] End(EdifactWriter writer)
    {
        writer.EndMessage();
        writer.EndInterchange();
        return writer.ToBytes();
    }

    private static void Name(EdifactWriter writer, Flight flight, string role, Person p, bool withAddress)
    {
        var ascii = flight.Carrier.Script == NameScript.Ascii;
        var name = Composite(Surname(flight, p), GivenNames(flight, p));
        if (!withAddress)
        {
            writer.Segment("NAD", role, null, null, name);
            return;
        }

        var a = p.Address;
        writer.Segment("NAD", role, null, null, name, ascii ? Names.Ascii(a.Street) : a.Street.ToUpperInvariant(), ascii ? Names.Ascii(a.City) : a.City.ToUpperInvariant(), null, a.PostalCode, a.Country);
    }

    private static void Document(EdifactWriter writer, Person p)
    {
        writer.Segment("DOC", Composite(p.Document.Type, "110", "111"), p.Document.Number);
        writer.Segment("DTM", Composite("36", Date(p.Document.Expiry)));
        writer.Segment("LOC", "91", p.Document.IssuingCountry);
    }

    private static string Date(DateOnly date) => date.ToString("yyMMdd", CultureInfo.InvariantCulture);

    private static string DateTime(DateTime when) => when.ToString("yyMMddHHmm", CultureInfo.InvariantCulture);
}
