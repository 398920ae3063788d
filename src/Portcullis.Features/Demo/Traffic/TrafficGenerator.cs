using System.Globalization;
using System.Text;
using Portcullis.Features.Demo.Traffic.Cargo;
using static Portcullis.Features.Demo.Traffic.PeopleFactory;

namespace Portcullis.Features.Demo.Traffic;

/// <summary>One generated file: its path under the output folder (with '/') and its bytes.</summary>
public sealed record GeneratedFile(string Path, byte[] Content);

/// <summary>
/// Generates a day of flights with their travellers, bookings and crews, and writes each flight's API
/// lists (PAXLST passengers and crew) and PNR pushes (PNRGOV 48 and 24 hours before departure); then the
/// day's cargo (<see cref="CargoGenerator"/>): sea manifests and air waybills. Everything
/// follows from the seed and the date: the same pair gives the same bytes.
/// </summary>
public sealed class TrafficGenerator
{
    private const string LocatorLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private readonly DateOnly _date;
    private readonly Random _random;
    private readonly int _seed;
    private readonly PeopleFactory _people;
    private readonly HashSet<string> _locators = new(StringComparer.Ordinal);
    private int _bagSerial;
    private long _ticketSerial;

    public TrafficGenerator(DateOnly date, int seed)
    {
        _date = date;
        _seed = seed;
        _random = new Random(seed);
        _people = new PeopleFactory(_random, date);
        _bagSerial = 100000 + _random.Next(400000);
        _ticketSerial = 2400000000L + _random.Next(1000000);
    }

    public int Flights { get; private set; }

    public int Travellers { get; private set; }

    public int Pnrs { get; private set; }

    /// <summary>The day's cargo, written after the passenger files; its counts once <see cref="Generate"/> is consumed.</summary>
    public CargoGenerator? Cargo { get; private set; }

    /// <summary>The day's files, flight by flight: memory stays small however many flights.</summary>
    public IEnumerable<GeneratedFile> Generate(int flights)
    {
        var plan = RegionalSchedule.Plan(_date, flights, _random);
        var folder = _date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var index = 0;
        foreach (var flight in plan)
        {
            index++;
            var day = Populate(flight);
            Flights++;
            Travellers += day.Boarded.Count() + day.Crew.Count;
            Pnrs += day.Bookings.Count;
            var reference = index.ToString("0000", CultureInfo.InvariantCulture);
            var name = flight.Designator;
            yield return new GeneratedFile($"{folder}/paxlst/{name}-passengers.edi", PaxlstWriter.Passengers(day, "P" + reference));
            yield return new GeneratedFile($"{folder}/paxlst/{name}-crew.edi", PaxlstWriter.Crew(day, "C" + reference));
            yield return new GeneratedFile($"{folder}/pnrgov/{name}-push1.edi", PnrgovWriter.Push(day, flight.Departure.AddHours(-48), "G" + reference + "1"));
            yield return new GeneratedFile($"{folder}/pnrgov/{name}-push2.edi", PnrgovWriter.Push(day, flight.Departure.AddHours(-24), "G" + reference + "2"));
        }

        // Cargo last, with its own random generator: the passenger files stay byte for byte what they were.
        Cargo = new CargoGenerator(_date, _seed);
        foreach (var file in Cargo.Generate())
        {
            yield return file;
        }
    }

    /// <summary>Fills a flight with bookings, seats, bags and a crew.</summary>
    public FlightDay Populate(Flight flight)
    {
        var day = new FlightDay(flight);
        var load = 0.55 + (_random.NextDouble() * 0.4);
        var target = (int)(flight.Seats * load);
        var seats = SeatMap(flight);
        var seated = 0;
        var groupDone = false;
        while (seated < target)
        {
            var booking = Book(flight, ref groupDone, target - seated);
            foreach (var t in booking.Travellers.Where(t => t.Person.Age != AgeGroup.Infant))
            {
                t.Seat = seated < seats.Count ? seats[seated] : null;
                seated++;
            }

            day.Bookings.Add(booking);
        }

        day.Bookings.Sort((a, b) => string.CompareOrdinal(a.Locator, b.Locator));
        Crew(day);
        return day;
    }

    private List<string> SeatMap(Flight flight)
    {
        var letters = flight.Aircraft is "AT7" or "CR9" or "E95" ? "ACDF" : "ABCDEF";
        var rows = (flight.Seats + letters.Length - 1) / letters.Length;
        var order = Enumerable.Range(1, rows).Where(r => r != 13).ToArray();
        _random.Shuffle(order);
        var seats = new List<string>(flight.Seats);
        foreach (var row in order)
        {
            foreach (var letter in letters)
            {
                seats.Add(row.ToString("00", CultureInfo.InvariantCulture) + letter);
            }
        }

        return seats;
    }

    private Booking Book(Flight flight, ref bool groupDone, int room)
    {
        var roll = _random.NextDouble();
        var (culture, nationality, residence) = Origin(flight);
        var people = new List<Person>();
        string? groupName = null;
        if (!groupDone && room > 25 && roll < 0.04)
        {
            groupDone = true;
            var size = 10 + _random.Next(12);
            groupName = Pick(["PILGRIMAGE", "FOOTBALL CLUB", "SCHOOL TRIP", "CHOIR", "CONFERENCE", "WEDDING PARTY", "TOUR"]) + " " + (char)('A' + _random.Next(26));
            for (var i = 0; i < size; i++)
            {
                people.Add(_people.Adult(culture, nationality, residence, identityCardAllowed: true, minAge: groupName.StartsWith("SCHOOL", StringComparison.Ordinal) && i > 1 ? 14 : 18, maxAge: groupName.StartsWith("SCHOOL", StringComparison.Ordinal) && i > 1 ? 17 : 75));
            }
        }
        else if (roll < 0.5)
        {
            people.Add(_people.Adult(culture, nationality, residence, identityCardAllowed: true));
        }
        else if (roll < 0.68)
        {
            var first = _people.Adult(culture, nationality, residence, identityCardAllowed: true, minAge: 22);
            var partnerSurname = BaseSurname(culture, first);
            people.Add(first);
            people.Add(_people.Adult(culture, nationality, residence, sex: first.Sex == 'M' ? 'F' : 'M', familySurname: partnerSurname, minAge: Math.Max(18, AgeOf(first) - 8), maxAge: AgeOf(first) + 6));
        }
        else if (roll < 0.9)
        {
            // A family: one or two parents, children, sometimes an infant.
            var parent = _people.Adult(culture, nationality, residence, minAge: 26, maxAge: 48);
            var surname = BaseSurname(culture, parent);
            people.Add(parent);
            if (_people.Chance(0.75))
            {
                people.Add(_people.Adult(culture, nationality, residence, sex: parent.Sex == 'M' ? 'F' : 'M', familySurname: surname, minAge: 24, maxAge: 50));
            }

            var children = 1 + _random.Next(3);
            for (var i = 0; i < children; i++)
            {
                people.Add(_people.Child(culture, parent, infant: false));
            }

            if (_people.Chance(0.3))
            {
                people.Add(_people.Child(culture, parent, infant: true));
            }
        }
        else
        {
            var friends = 3 + _random.Next(3);
            for (var i = 0; i < friends; i++)
            {
                people.Add(_people.Adult(culture, nationality, residence, identityCardAllowed: true, maxAge: 40));
            }
        }

        return Booking(flight, people, groupName, culture);
    }

    private int AgeOf(Person person) => Math.Max(18, _date.Year - person.BirthDate.Year);

    private Booking Booking(Flight flight, List<Person> people, string? groupName, Culture culture)
    {
        var carrier = flight.Carrier;
        var daysBefore = groupName is not null ? 30 + _random.Next(150) : (int)Math.Round(Math.Pow(_random.NextDouble(), 1.8) * 180);
        var created = flight.Departure.Date.AddDays(-daysBefore).AddMinutes(_random.Next(7 * 60, 23 * 60));
        if (created > flight.Departure.AddHours(-3))
        {
            created = flight.Departure.AddHours(-3 - _random.Next(20));
        }

        var agency = !carrier.LowCost && (groupName is not null || _people.Chance(0.35)) ? AgencyFor(flight) : null;
        var codeShare = carrier.CodeSharePartners.Length > 0 && agency is not null && _people.Chance(0.35)
            ? carrier.CodeSharePartners[_random.Next(carrier.CodeSharePartners.Length)]
            : null;
        var (paymentType, vendor, masked, expiry) = Payment(carrier, agency, groupName);
        var booking = new Booking
        {
            Locator = Locator(),
            Created = created,
            LastChanged = created.AddDays(Math.Min(daysBefore, _random.Next(0, 4))).AddMinutes(_random.Next(0, 300)),
            MarketingCarrier = codeShare,
            MarketingLocator = codeShare is null ? null : Locator(),
            Agency = agency,
            PaymentType = paymentType,
            CardVendor = vendor,
            CardMasked = masked,
            CardExpiry = expiry,
            Currency = agency?.Currency ?? CurrencyOf(flight.From.Country3),
            GroupName = groupName,
            Cyrillic = carrier.Script == NameScript.Cyrillic && culture.Cyrillic && _people.Chance(0.45),
            NoShow = _people.Chance(0.02),
            ReturnTrip = _people.Chance(0.6),
        };
        var bookingClass = groupName is not null ? 'G' : _people.Pick("YBMHKLQTVS".ToCharArray());
        var marketingNumber = codeShare is null ? flight.Number : (int.Parse(flight.Number, CultureInfo.InvariantCulture) % 1000 + 6000).ToString(CultureInfo.InvariantCulture);
        var stay = 3 + _random.Next(25);
        var inbound = flight.To.Regional && !flight.From.Regional ? _people.Chance(0.5) : !flight.To.Regional && _people.Chance(0.3);
        // A return trip on a flight towards home is the way back: the outbound was flown days ago.
        if (booking.ReturnTrip && inbound && created < flight.Departure.AddDays(-stay - 1))
        {
            booking.Itinerary.Add(Mirror(flight, flight.Departure.AddDays(-stay), codeShare, marketingNumber, bookingClass));
        }

        booking.Itinerary.Add(new ItineraryLeg(codeShare ?? carrier.Code, marketingNumber, carrier.Code, flight.From.Code, flight.To.Code, flight.Departure, flight.Arrival, flight.Aircraft, bookingClass, true));
        if (!carrier.LowCost && !flight.To.Regional && flight.To.Code == carrier.HomeCity && _people.Chance(0.2))
        {
            var onward = RegionalSchedule.Onward[_random.Next(RegionalSchedule.Onward.Count)];
            if (onward != flight.To.Code)
            {
                var departure = flight.Arrival.AddMinutes(60 + (_random.Next(24) * 10));
                booking.Itinerary.Add(new ItineraryLeg(carrier.Code, (100 + _random.Next(800)).ToString(CultureInfo.InvariantCulture), carrier.Code, flight.To.Code, onward, departure, departure.AddMinutes(120 + _random.Next(480)), "333", bookingClass, false));
            }
        }

        if (booking.ReturnTrip && !(inbound && booking.Itinerary.Count > 1 && booking.Itinerary[0].Departure < flight.Departure))
        {
            booking.Itinerary.Add(Mirror(flight, flight.Departure.AddDays(stay), codeShare, marketingNumber, bookingClass));
        }

        var fare = Math.Round((decimal)(40 + (_random.NextDouble() * (carrier.LowCost ? 140 : 420))), 0);
        var reference = 0;
        foreach (var person in people)
        {
            var t = new BookedTraveller(person, ++reference)
            {
                Fare = person.Age == AgeGroup.Infant ? Math.Round(fare * 0.1m, 2) : person.Age == AgeGroup.Child ? Math.Round(fare * 0.75m, 2) : fare,
            };
            t.Total = Math.Round(t.Fare * (booking.ReturnTrip ? 2 : 1) * 1.28m, 2);
            if (!carrier.LowCost)
            {
                t.Ticket = carrier.TicketPrefix + (_ticketSerial++).ToString("0000000000", CultureInfo.InvariantCulture);
                if (person.Age == AgeGroup.Adult && _people.Chance(0.18))
                {
                    t.FrequentFlyer = (codeShare ?? carrier.Code) + " " + _random.NextInt64(100000000, 999999999).ToString(CultureInfo.InvariantCulture);
                }
            }

            if (person.Age != AgeGroup.Infant)
            {
                var bags = carrier.LowCost ? (_people.Chance(0.35) ? 1 : 0) : _random.Next(0, 3);
                if (bags > 0)
                {
                    t.Bags = bags;
                    t.BagWeight = bags * (14 + _random.Next(10));
                    var prefix = carrier.TicketPrefix.Length == 3 ? carrier.TicketPrefix : "9" + carrier.Code[1..].PadLeft(2, '0')[..2];
                    t.FirstBagTag = "0" + prefix + _bagSerial.ToString("000000", CultureInfo.InvariantCulture);
                    _bagSerial += bags;
                    if (_bagSerial > 999000)
                    {
                        _bagSerial = 100000;
                    }
                }
            }

            t.CheckedInEarly = _people.Chance(0.45);
            booking.Travellers.Add(t);
        }

        return booking;
    }

    private ItineraryLeg Mirror(Flight flight, DateTime day, string? codeShare, string marketingNumber, char bookingClass)
    {
        var number = int.Parse(flight.Number, CultureInfo.InvariantCulture);
        var other = (number % 2 == 0 ? number + 1 : number - 1).ToString(CultureInfo.InvariantCulture);
        var otherMarketing = codeShare is null ? other : (int.Parse(marketingNumber, CultureInfo.InvariantCulture) ^ 1).ToString(CultureInfo.InvariantCulture);
        var departure = day.Date.AddMinutes(6 * 60 + (_random.Next(30) * 30));
        var block = flight.Arrival - flight.Departure;
        return new ItineraryLeg(codeShare ?? flight.Carrier.Code, otherMarketing, flight.Carrier.Code, flight.To.Code, flight.From.Code, departure, departure + block, flight.Aircraft, bookingClass, false);
    }

    private (Culture Culture, string Nationality, string Residence) Origin(Flight flight)
    {
        var regional = flight.Reporting;
        var other = regional == flight.To ? flight.From : flight.To;
        var roll = _random.NextDouble();
        if (roll < 0.68)
        {
            var (culture, nationality) = RegionalPerson(regional.Code);
            var residence = nationality;
            if (!other.Regional && _people.Chance(0.35))
            {
                residence = other.Country3;
                if (_people.Chance(0.35) && other.Country3 is not ("ARE" or "TUR" or "GRC" or "HUN"))
                {
                    nationality = other.Country3; // naturalised in the diaspora
                }
            }

            return (culture, nationality, residence);
        }

        if (roll < 0.88)
        {
            if (other.Regional)
            {
                var (culture, nationality) = RegionalPerson(other.Code);
                return (culture, nationality, nationality);
            }

            var country = other.Country3 == "ARE" ? Pick(["ARE", "SAU", "JOR", "EGY"]) : other.Country3;
            return (CultureOf(country), country, other.Country3 == "ARE" ? "ARE" : country);
        }

        var visitor = Pick(["TUR", "ITA", "DEU", "GBR", "USA", "ARE", "FRA", "GRC", "AUT", "CHE", "SWE", "HUN"]);
        return (CultureOf(visitor), visitor, visitor);
    }

    private (Culture, string) RegionalPerson(string airport)
    {
        var roll = _random.NextDouble();
        return airport switch
        {
            "TIA" => (Albanian, "ALB"),
            "PRN" => roll < 0.9 ? (Albanian, "XKX") : (Serbian, "SRB"),
            "TGD" or "TIV" => roll < 0.72 ? (Montenegrin, "MNE") : roll < 0.85 ? (Serbian, "SRB") : roll < 0.93 ? (Bosniak, "MNE") : (Albanian, "MNE"),
            "SKP" => roll < 0.65 ? (Macedonian, "MKD") : (Albanian, "MKD"),
            "OHD" => roll < 0.85 ? (Macedonian, "MKD") : (Albanian, "MKD"),
            "BEG" or "INI" => roll < 0.9 ? (Serbian, "SRB") : roll < 0.95 ? (Montenegrin, "SRB") : (Bosniak, "SRB"),
            "SJJ" => roll < 0.75 ? (Bosniak, "BIH") : roll < 0.85 ? (Croat, "BIH") : (Serbian, "BIH"),
            "BNX" => roll < 0.85 ? (Serbian, "BIH") : roll < 0.9 ? (Croat, "BIH") : (Bosniak, "BIH"),
            "OMO" => roll < 0.6 ? (Croat, "BIH") : (Bosniak, "BIH"),
            "TZL" => roll < 0.85 ? (Bosniak, "BIH") : roll < 0.95 ? (Croat, "BIH") : (Serbian, "BIH"),
            _ => (English, "GBR"),
        };
    }

    private void Crew(FlightDay day)
    {
        var carrier = day.Flight.Carrier;
        var cabin = Math.Max(2, (day.Flight.Seats + 49) / 50);
        var functions = new List<string> { "CAPTAIN", "FIRST OFFICER" };
        functions.AddRange(Enumerable.Range(0, cabin).Select(i => i == 0 ? "PURSER" : "CABIN CREW"));
        foreach (var function in functions)
        {
            var nationality = Pick(carrier.CrewNationalities);
            var culture = CultureOf(nationality);
            var person = _people.Adult(culture, nationality, nationality, minAge: function == "CAPTAIN" ? 34 : 21, maxAge: function == "CAPTAIN" ? 62 : 52);
            day.Crew.Add(new CrewMember(person, function));
        }
    }

    private Agency AgencyFor(Flight flight)
    {
        var regional = flight.Reporting;
        var other = regional == flight.To ? flight.From : flight.To;
        var at = _people.Chance(0.7) || other.Regional ? regional : other;
        var names = at.Country3 switch
        {
            "SRB" => new[] { "KOMPAS PUTOVANJA", "SAVA TOURS", "BALKAN EXPRESS", "DUNAV TRAVEL" },
            "ALB" => ["SHQIPONJA TRAVEL", "ILIRIA TOURS", "DRINI TRAVEL"],
            "XKX" => ["DARDANIA TRAVEL", "KOSOVA AIRLINES AGENCY", "ARBRIA TOURS"],
            "MNE" => ["LOVĆEN TRAVEL", "ADRIA HOLIDAYS", "BOKA TOURS"],
            "MKD" => ["VARDAR TRAVEL", "OHRID TOURS", "MAKEDONIJA TURIST"],
            "BIH" => ["BOSNA TOURS", "NERETVA TRAVEL", "UNA TRAVEL"],
            "DEU" or "AUT" or "CHE" => ["ALPEN REISEN", "REISEBÜRO BALKAN", "SONNENREISEN"],
            "TUR" => ["BOĞAZİÇİ TURİZM", "ANADOLU SEYAHAT"],
            "ARE" => ["AL NOOR TRAVEL", "GULF HORIZON TOURS"],
            _ => ["EUROTRAVEL", "CONTINENTAL TOURS"],
        };
        var name = names[_random.Next(names.Length)];
        var number = (10000000 + (Math.Abs(StableHash(name)) % 89999999)).ToString(CultureInfo.InvariantCulture);
        return new Agency(name, number, at.Code + "1A0" + (char)('A' + (Math.Abs(StableHash(name)) % 26)) + "X", at.Code, at.Country, CurrencyOf(at.Country3));
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash == int.MinValue ? 0 : hash;
    }

    private (string Type, string? Vendor, string? Masked, string? Expiry) Payment(Carrier carrier, Agency? agency, string? group)
    {
        if (group is not null || (agency is not null && _people.Chance(0.2)))
        {
            return ("MS", null, null, null);
        }

        if (agency is not null && _people.Chance(0.45))
        {
            return ("CA", null, null, null);
        }

        var (vendor, bin) = _random.Next(10) switch
        {
            < 5 => ("VI", "4"),
            < 9 => ("CA", "5"),
            _ => ("AX", "37"),
        };
        var last = _random.Next(10000).ToString("0000", CultureInfo.InvariantCulture);
        var length = vendor == "AX" ? 15 : 16;
        var masked = bin + new string('X', length - bin.Length - 4) + last;
        var expiry = (1 + _random.Next(12)).ToString("00", CultureInfo.InvariantCulture) + ((_date.Year % 100) + 1 + _random.Next(4)).ToString("00", CultureInfo.InvariantCulture);
        _ = carrier;
        return ("CC", vendor, masked, expiry);
    }

    private static string CurrencyOf(string country) => country switch
    {
        "SRB" => "RSD",
        "MKD" => "MKD",
        "BIH" => "BAM",
        "ALB" => "ALL",
        "CHE" => "CHF",
        "GBR" => "GBP",
        "TUR" => "TRY",
        "ARE" => "AED",
        "HUN" => "HUF",
        "USA" => "USD",
        "DNK" => "DKK",
        "SWE" => "SEK",
        _ => "EUR",
    };

    private string Locator()
    {
        Span<char> text = stackalloc char[6];
        string locator;
        do
        {
            for (var i = 0; i < text.Length; i++)
            {
                text[i] = LocatorLetters[_random.Next(LocatorLetters.Length)];
            }

            locator = new string(text);
        }
        while (!_locators.Add(locator));
        return locator;
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    internal static string Ascii(string text) => new(text.Normalize(NormalizationForm.FormD).Where(c => c < 128).ToArray());
}
