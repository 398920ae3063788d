namespace Portcullis.Features.Demo.Traffic;

/// <summary>An airport: IATA code, city, ISO 3166 alpha-2 and alpha-3 country, and its offset from Central European time in hours.</summary>
public sealed record Airport(string Code, string City, string Country, string Country3, int HoursFromCet, bool Regional);

/// <summary>How an airline writes names: plain ASCII (UNOA), Latin with diacritics (UNOW), or UTF-8 with Cyrillic for some bookings (UNOY).</summary>
public enum NameScript
{
    Ascii,
    Latin,
    Cyrillic,
}

/// <summary>
/// An airline: designator, name, three-digit ticketing prefix (synthetic for some), reservation
/// system, whether it is a low-cost carrier (no agencies, no e-ticket numbers, card payment), how it writes
/// names, its crew's nationalities and the carriers that sell its flights under their own numbers.
/// </summary>
public sealed record Carrier(
    string Code,
    string Name,
    string TicketPrefix,
    string ReservationSystem,
    bool LowCost,
    NameScript Script,
    string HomeCity,
    string[] CrewNationalities,
    string[] CodeSharePartners);

/// <summary>A route flown daily: carrier, the regional airport, the other end, block time, aircraft and seats, and how many rotations a day.</summary>
public sealed record Route(Carrier Carrier, Airport Regional, Airport Other, int BlockMinutes, string Aircraft, int Seats, int DailyRotations, int FirstNumber);

/// <summary>One flight of the day.</summary>
public sealed record Flight(
    Carrier Carrier,
    string Number,
    Airport From,
    Airport To,
    DateTime Departure,
    DateTime Arrival,
    string Aircraft,
    int Seats)
{
    /// <summary>"JU0170": the designator with the number padded to four digits, as used in file names.</summary>
    public string Designator => Carrier.Code + Number.PadLeft(4, '0');

    /// <summary>"JU170": as written in TDT.</summary>
    public string Conveyance => Carrier.Code + Number;

    /// <summary>The regional end: where the API and PNR data are sent.</summary>
    public Airport Reporting => To.Regional ? To : From;
}

/// <summary>
/// The routes, carriers and times of a day of flights into and out of the region: realistic
/// in shape (hub carriers twice a day to their hubs, low-cost carriers to their bases, the home
/// carriers between the region's capitals), synthetic in detail.
/// </summary>
public static class RegionalSchedule
{
    private static readonly Dictionary<string, Airport> Airports = new Airport[]
    {
        // The region (see src/Portcullis.Domain/Reference/Data/locations.csv).
        new("TIA", "TIRANA", "AL", "ALB", 0, true),
        new("PRN", "PRISHTINA", "XK", "XKX", 0, true),
        new("TGD", "PODGORICA", "ME", "MNE", 0, true),
        new("TIV", "TIVAT", "ME", "MNE", 0, true),
        new("SKP", "SKOPJE", "MK", "MKD", 0, true),
        new("OHD", "OHRID", "MK", "MKD", 0, true),
        new("BEG", "BEOGRAD", "RS", "SRB", 0, true),
        new("INI", "NIŠ", "RS", "SRB", 0, true),
        new("SJJ", "SARAJEVO", "BA", "BIH", 0, true),
        new("BNX", "BANJA LUKA", "BA", "BIH", 0, true),
        new("OMO", "MOSTAR", "BA", "BIH", 0, true),
        new("TZL", "TUZLA", "BA", "BIH", 0, true),

        // Hubs and destinations.
        new("IST", "ISTANBUL", "TR", "TUR", 2, false),
        new("SAW", "ISTANBUL", "TR", "TUR", 2, false),
        new("VIE", "WIEN", "AT", "AUT", 0, false),
        new("FRA", "FRANKFURT", "DE", "DEU", 0, false),
        new("MUC", "MÜNCHEN", "DE", "DEU", 0, false),
        new("DUS", "DÜSSELDORF", "DE", "DEU", 0, false),
        new("STR", "STUTTGART", "DE", "DEU", 0, false),
        new("DTM", "DORTMUND", "DE", "DEU", 0, false),
        new("BER", "BERLIN", "DE", "DEU", 0, false),
        new("ZRH", "ZÜRICH", "CH", "CHE", 0, false),
        new("GVA", "GENÈVE", "CH", "CHE", 0, false),
        new("BSL", "BASEL", "CH", "CHE", 0, false),
        new("LHR", "LONDON", "GB", "GBR", -1, false),
        new("LTN", "LONDON", "GB", "GBR", -1, false),
        new("FCO", "ROMA", "IT", "ITA", 0, false),
        new("BGY", "BERGAMO", "IT", "ITA", 0, false),
        new("BLQ", "BOLOGNA", "IT", "ITA", 0, false),
        new("CDG", "PARIS", "FR", "FRA", 0, false),
        new("BVA", "BEAUVAIS", "FR", "FRA", 0, false),
        new("DXB", "DUBAI", "AE", "ARE", 3, false),
        new("ATH", "ATHENS", "GR", "GRC", 1, false),
        new("BUD", "BUDAPEST", "HU", "HUN", 0, false),
        new("LJU", "LJUBLJANA", "SI", "SVN", 0, false),
        new("ZAG", "ZAGREB", "HR", "HRV", 0, false),
        new("CPH", "KØBENHAVN", "DK", "DNK", 0, false),
        new("MLA", "MALTA", "MT", "MLT", 0, false),
        new("MMX", "MALMÖ", "SE", "SWE", 0, false),
        new("JFK", "NEW YORK", "US", "USA", -6, false),
    }.ToDictionary(a => a.Code, StringComparer.Ordinal);

    private static readonly Dictionary<string, Carrier> Carriers = new Carrier[]
    {
        new("JU", "AIR SERBIA", "115", "1A", false, NameScript.Cyrillic, "BEG", ["SRB"], ["A3", "LH"]),
        new("4O", "AIR MONTENEGRO", "489", "1S", false, NameScript.Latin, "TGD", ["MNE"], []),
        new("OS", "AUSTRIAN AIRLINES", "257", "1A", false, NameScript.Ascii, "VIE", ["AUT"], ["LH", "LX"]),
        new("LH", "LUFTHANSA", "220", "1A", false, NameScript.Ascii, "FRA", ["DEU"], ["OS", "LX"]),
        new("LX", "SWISS", "724", "1A", false, NameScript.Ascii, "ZRH", ["CHE"], ["LH", "OS"]),
        new("TK", "TURKISH AIRLINES", "235", "1S", false, NameScript.Ascii, "IST", ["TUR"], ["A3"]),
        new("A3", "AEGEAN AIRLINES", "390", "1A", false, NameScript.Latin, "ATH", ["GRC"], ["LH", "TK"]),
        new("FZ", "FLYDUBAI", "141", "1S", false, NameScript.Ascii, "DXB", ["ARE", "IND", "PHL"], []),
        new("W6", "WIZZ AIR HUNGARY", "", "W6", true, NameScript.Latin, "BUD", ["HUN", "ROU"], []),
        new("W4", "WIZZ AIR MALTA", "", "W6", true, NameScript.Latin, "MLA", ["MLT", "ITA", "HUN"], []),
        new("FR", "RYANAIR", "", "FR", true, NameScript.Ascii, "BGY", ["IRL", "ITA"], []),
        new("U2", "EASYJET", "", "U2", true, NameScript.Ascii, "LTN", ["GBR", "ITA"], []),
    }.ToDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>The routes of a typical day: about 150 rotations, so about 300 flights.</summary>
    public static IReadOnlyList<Route> Routes { get; } = BuildRoutes();

    public static Airport Airport(string code) => Airports[code];

    public static Carrier Carrier(string code) => Carriers[code];

    /// <summary>Far destinations that hub passengers connect to.</summary>
    public static IReadOnlyList<string> Onward { get; } = ["JFK", "CPH", "LHR", "CDG", "DXB", "MMX"];

    private static List<Route> BuildRoutes()
    {
        var routes = new List<Route>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);

        void Add(string carrier, string regional, string other, int block, string aircraft, int seats, int rotations)
        {
            var next = numbers.GetValueOrDefault(carrier, FirstNumber(carrier));
            routes.Add(new Route(Carriers[carrier], Airports[regional], Airports[other], block, aircraft, seats, rotations, next));
            numbers[carrier] = next + (rotations * 2) + 2;
        }

        // Air Serbia from Belgrade and Niš, and its regional network.
        Add("JU", "BEG", "ZRH", 110, "320", 174, 3);
        Add("JU", "BEG", "FRA", 120, "319", 144, 2);
        Add("JU", "BEG", "MUC", 95, "319", 144, 2);
        Add("JU", "BEG", "VIE", 65, "AT7", 70, 3);
        Add("JU", "BEG", "CDG", 150, "320", 174, 1);
        Add("JU", "BEG", "LHR", 170, "320", 174, 1);
        Add("JU", "BEG", "FCO", 100, "319", 144, 1);
        Add("JU", "BEG", "IST", 105, "320", 174, 2);
        Add("JU", "BEG", "ATH", 85, "AT7", 70, 2);
        Add("JU", "BEG", "CPH", 140, "319", 144, 1);
        Add("JU", "BEG", "DXB", 330, "320", 174, 1);
        Add("JU", "TGD", "BEG", 50, "AT7", 70, 3);
        Add("JU", "TIV", "BEG", 55, "AT7", 70, 3);
        Add("JU", "SKP", "BEG", 60, "AT7", 70, 2);
        Add("JU", "OHD", "BEG", 65, "AT7", 70, 1);
        Add("JU", "SJJ", "BEG", 50, "AT7", 70, 2);
        Add("JU", "BNX", "BEG", 45, "AT7", 70, 1);
        Add("JU", "TIA", "BEG", 70, "AT7", 70, 1);
        Add("JU", "INI", "ZRH", 120, "319", 144, 1);

        Add("4O", "TGD", "FRA", 125, "E95", 116, 1);
        Add("4O", "TGD", "VIE", 85, "E95", 116, 1);
        Add("4O", "TIV", "BEG", 55, "E95", 116, 2);
        Add("4O", "TGD", "IST", 100, "E95", 116, 1);

        Add("OS", "VIE", "PRN", 95, "E95", 120, 2);
        Add("OS", "VIE", "TIA", 105, "320", 174, 2);
        Add("OS", "VIE", "SKP", 95, "E95", 120, 1);
        Add("OS", "VIE", "BEG", 70, "E95", 120, 3);
        Add("OS", "VIE", "SJJ", 75, "E95", 120, 2);
        Add("OS", "VIE", "TGD", 85, "E95", 120, 1);

        Add("LH", "FRA", "BEG", 120, "320", 168, 2);
        Add("LH", "MUC", "BEG", 95, "CR9", 90, 2);
        Add("LH", "MUC", "PRN", 110, "CR9", 90, 2);
        Add("LH", "FRA", "TIA", 140, "320", 168, 1);
        Add("LH", "MUC", "SKP", 115, "CR9", 90, 1);
        Add("LH", "MUC", "SJJ", 95, "CR9", 90, 1);

        Add("LX", "ZRH", "PRN", 120, "221", 125, 2);
        Add("LX", "ZRH", "BEG", 110, "221", 125, 2);
        Add("LX", "ZRH", "SKP", 130, "221", 125, 1);
        Add("LX", "GVA", "PRN", 130, "221", 125, 1);
        Add("LX", "ZRH", "TIA", 135, "221", 125, 1);

        Add("TK", "IST", "BEG", 105, "321", 190, 3);
        Add("TK", "IST", "SJJ", 110, "321", 190, 2);
        Add("TK", "IST", "SKP", 90, "73H", 151, 2);
        Add("TK", "IST", "PRN", 95, "73H", 151, 2);
        Add("TK", "IST", "TIA", 100, "73H", 151, 2);
        Add("TK", "IST", "TGD", 100, "73H", 151, 1);
        Add("TK", "IST", "OHD", 90, "73H", 151, 1);
        Add("TK", "IST", "BNX", 115, "73H", 151, 1);
        Add("TK", "IST", "OMO", 115, "73H", 151, 1);

        Add("A3", "ATH", "TIA", 75, "320", 174, 1);
        Add("A3", "ATH", "SKP", 70, "320", 174, 1);
        Add("A3", "ATH", "BEG", 85, "320", 174, 1);

        Add("FZ", "DXB", "BEG", 330, "7M8", 174, 1);
        Add("FZ", "DXB", "SJJ", 330, "7M8", 174, 1);
        Add("FZ", "DXB", "SKP", 320, "7M8", 174, 1);

        Add("W6", "TIA", "BUD", 90, "321", 230, 1);
        Add("W6", "SKP", "DTM", 150, "321", 230, 1);
        Add("W6", "SKP", "MMX", 170, "321", 230, 1);
        Add("W6", "PRN", "BSL", 130, "321", 230, 1);
        Add("W6", "TZL", "DTM", 130, "321", 230, 1);
        Add("W6", "TZL", "MMX", 150, "321", 230, 1);
        Add("W6", "BEG", "LTN", 170, "321", 230, 1);
        Add("W6", "INI", "BUD", 70, "320", 180, 1);
        Add("W6", "OHD", "BUD", 85, "320", 180, 1);
        Add("W6", "PRN", "MMX", 165, "321", 230, 1);
        Add("W6", "TIA", "BER", 140, "321", 230, 1);
        Add("W4", "TIA", "BGY", 110, "321", 230, 1);
        Add("W4", "TIA", "BLQ", 100, "321", 230, 1);
        Add("W4", "TIA", "FCO", 85, "321", 230, 2);
        Add("W4", "PRN", "BGY", 120, "321", 230, 1);
        Add("W4", "SKP", "BGY", 120, "321", 230, 1);
        Add("W4", "TGD", "BGY", 100, "321", 230, 1);

        Add("FR", "TIA", "BGY", 110, "73H", 189, 1);
        Add("FR", "TIA", "BVA", 165, "73H", 189, 1);
        Add("FR", "PRN", "BGY", 120, "73H", 189, 1);
        Add("FR", "TGD", "BGY", 100, "73H", 189, 1);
        Add("FR", "INI", "BGY", 110, "73H", 189, 1);
        Add("FR", "BNX", "BGY", 95, "73H", 189, 1);
        Add("FR", "BNX", "MMX", 150, "73H", 189, 1);

        Add("U2", "TIA", "LTN", 165, "320", 186, 1);
        Add("U2", "PRN", "BSL", 130, "320", 186, 1);
        Add("U2", "PRN", "GVA", 135, "320", 186, 1);
        Add("U2", "BEG", "GVA", 125, "320", 186, 1);
        Add("U2", "SJJ", "BSL", 120, "320", 186, 1);
        Add("U2", "TIV", "LTN", 175, "320", 186, 1);

        return routes;
    }

    private static int FirstNumber(string carrier) => carrier switch
    {
        "JU" => 100,
        "4O" => 120,
        "OS" => 721,
        "LH" => 1402,
        "LX" => 1410,
        "TK" => 1001,
        "A3" => 890,
        "FZ" => 1745,
        "W6" => 4301,
        "W4" => 3201,
        "FR" => 2901,
        "U2" => 5411,
        _ => 100,
    };

    /// <summary>
    /// The flights of a day: routes taken in rounds, one rotation (out and back) per route and round, until
    /// <paramref name="count"/> flights are planned. Times are local at each airport.
    /// </summary>
    public static List<Flight> Plan(DateOnly date, int count, Random random)
    {
        var flights = new List<Flight>(count);
        var usedNumbers = new HashSet<string>(StringComparer.Ordinal);
        var order = Routes.ToArray();
        random.Shuffle(order);
        var maxRotations = Math.Max(1, Routes.Max(r => r.DailyRotations));
        for (var round = 0; flights.Count < count; round++)
        {
            var extra = round >= maxRotations;
            foreach (var route in order)
            {
                if (flights.Count >= count)
                {
                    break;
                }

                if (!extra && round >= route.DailyRotations)
                {
                    continue;
                }

                var number = route.FirstNumber + (round * 2);
                while (!usedNumbers.Add(route.Carrier.Code + number.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                {
                    number += 1000;
                }

                usedNumbers.Add(route.Carrier.Code + (number + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                // The first leg leaves the carrier's home; the second comes back.
                var (first, second) = route.Carrier.HomeCity == route.Other.Code ? (route.Other, route.Regional) : (route.Regional, route.Other);
                var latestStart = (24 * 60) - (2 * route.BlockMinutes) - 60 - 10;
                var earliest = 5 * 60 + 30;
                var slots = Math.Max(1, (latestStart - earliest) / 5);
                var start = earliest + (random.Next(slots) * 5);
                var out1 = date.ToDateTime(new TimeOnly(0, 0)).AddMinutes(start);
                var turn = 40 + (random.Next(6) * 5);
                flights.Add(Leg(route, number, first, second, out1));
                if (flights.Count < count)
                {
                    var back = out1.AddMinutes(route.BlockMinutes + ((second.HoursFromCet - first.HoursFromCet) * 60) + turn);
                    flights.Add(Leg(route, number + 1, second, first, back));
                }
            }
        }

        return flights.OrderBy(f => f.Departure).ThenBy(f => f.Designator, StringComparer.Ordinal).ToList();
    }

    private static Flight Leg(Route route, int number, Airport from, Airport to, DateTime departure)
    {
        var arrival = departure.AddMinutes(route.BlockMinutes + ((to.HoursFromCet - from.HoursFromCet) * 60));
        return new Flight(route.Carrier, number.ToString(System.Globalization.CultureInfo.InvariantCulture), from, to, departure, arrival, route.Aircraft, route.Seats);
    }
}
