using System.Globalization;
using Portcullis.Formats.Edifact;
using Portcullis.Formats.Passengers;

namespace Portcullis.Formats.Pnrgov;

/// <summary>
/// Reads a PNRGOV push (IATA/WCO/ICAO PNRGOV 10.1 to 15.1) into the normalized message. The header
/// (MSG, ORG, TVL, EQN) names the flight; each SRC starts a PNR, whose segments are read by tag and by
/// where they stand: before the first itinerary TVL they describe the booking and its travellers,
/// after it the flight segments and their check-in data (DAT, TRI, TIF, SSD, TBD), and after ABI or
/// LTS the history. Senders differ a great deal: nothing throws, what is odd becomes a diagnostic.
/// </summary>
internal sealed class PnrgovParser
{
    private enum Part
    {
        Header,
        Booking,
        Itinerary,
        History,
    }

    private readonly PassengerMessage _result;
    private readonly DateOnly _reference;
    private Part _part = Part.Header;
    private Pnr? _pnr;
    private EdifactSegment? _pnrStart;
    private PnrPassenger? _passenger;
    private PnrPassenger? _checkInPassenger;
    private FlightLeg? _leg;
    private Ticket? _ticket;
    private int _pnrCount;
    private EdifactSegment? _eqn;

    private PnrgovParser(PassengerMessage result, DateOnly reference)
    {
        this._result = result;
        this._reference = reference;
    }

    public static void Parse(EdifactMessage message, PassengerMessage result, DateOnly reference)
    {
        var parser = new PnrgovParser(result, reference);
        foreach (var segment in message.Segments)
        {
            parser.Read(segment);
        }

        parser.Finish();
    }

    private void Read(EdifactSegment s)
    {
        if (s.Tag == "SRC")
        {
            StartPnr(s);
            return;
        }

        if (_pnr is null)
        {
            ReadHeader(s);
            return;
        }

        if (_part == Part.History && s.Tag is not "TVL" || s.Tag is "ABI" or "SAC" or "LTS")
        {
            // After ABI the history groups (ABI, DAT, SAC, TIF, SSR, TVL...) follow: kept as text.
            if (s.Tag is "ABI" or "SAC")
            {
                _part = Part.History;
            }

            _pnr.History.Add(PaymentMasking.MaskFreeText(s.Tag == "LTS" ? string.Join(' ', s.Elements.Select(e => string.Join(':', e))) : s.ToString()));
            return;
        }

        switch (s.Tag)
        {
            case "RCI":
                ReadRecordLocator(s);
                break;
            case "DAT":
                ReadDates(s);
                break;
            case "ORG" when _part == Part.Booking:
                ReadBookingOffice(s);
                break;
            case "ADD":
                ReadAddress(s);
                break;
            case "TIF":
                ReadTraveller(s);
                break;
            case "FTI":
                ReadFrequentFlyer(s);
                break;
            case "IFT":
                ReadRemark(s);
                break;
            case "TKT":
                ReadTicket(s);
                break;
            case "MON":
                ReadAmounts(s);
                break;
            case "FOP":
                ReadPayment(s);
                break;
            case "SSR":
                ReadSpecialService(s);
                break;
            case "TVL":
                ReadLeg(s);
                break;
            case "TRA" when _leg is not null:
                _leg.OperatingCarrier = Nz(s[0, 0]);
                _leg.OperatingNumber = Number(s[1, 0]);
                break;
            case "RPI" when _leg is not null:
                _leg.Status = Nz(s[1]);
                break;
            case "APD" when _leg is not null:
                _leg.Aircraft = Nz(s[0, 0]);
                break;
            case "SSD":
                ReadSeat(s);
                break;
            case "TBD":
                ReadBags(s);
                break;
            case "EQN" or "MSG":
                _result.Diagnostics.Add(s.Problem(Severity.Warning, "pnrgov.misplaced", $"{s.Tag} belongs in the message header, not inside a PNR; ignored"));
                break;
            case "ORG" or "REF" or "FAR" or "PTK" or "TXD" or "EBD" or "TRI" or "RPI" or "APD" or "TRA" or "DAT":
                break;
            default:
                _result.Diagnostics.Add(s.Problem(Severity.Warning, "pnrgov.unexpected", $"segment {s.Tag} is not part of PNRGOV; ignored"));
                break;
        }
    }

    private void ReadHeader(EdifactSegment s)
    {
        switch (s.Tag)
        {
            case "MSG":
                break;
            case "ORG":
                _result.ReportingParty ??= new ReportingParty { Name = Nz(s[0, 0]) };
                break;
            case "TVL":
                var flight = Leg(s);
                _result.Flight ??= flight;
                _result.Legs.Add(flight);
                break;
            case "EQN":
                _eqn = s;
                if (int.TryParse(s[0, 0], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                {
                    _result.DeclaredCounts ??= new DeclaredCounts();
                    _result.DeclaredCounts.Pnrs = count;
                }
                else
                {
                    _result.Diagnostics.Add(s.Problem(Severity.Warning, "pnrgov.eqn", $"EQN '{s[0, 0]}' is not a number of PNRs"));
                }

                break;
            default:
                _result.Diagnostics.Add(s.Problem(Severity.Warning, "pnrgov.before-src", $"segment {s.Tag} comes before the first PNR (SRC); ignored"));
                break;
        }
    }

    private void StartPnr(EdifactSegment s)
    {
        FinishPnr();
        _pnr = new Pnr();
        _pnrStart = s;
        _pnrCount++;
        _part = Part.Booking;
        _passenger = null;
        _checkInPassenger = null;
        _leg = null;
        _ticket = null;
        _result.Pnrs.Add(_pnr);
    }

    private void FinishPnr()
    {
        if (_pnr is null)
        {
            return;
        }

        if (_pnr.RecordLocator is null && _pnrStart is not null)
        {
            _result.Diagnostics.Add(_pnrStart.Problem(Severity.Warning, "pnrgov.no-locator", $"PNR {PnrgovDates.Invariant(_pnrCount)} has no record locator (RCI); kept without one"));
        }

        LinkInfants();
        _pnr.Facts = PnrFactsCalculator.Compute(_pnr);
    }

    private void Finish()
    {
        FinishPnr();
        if (_eqn is not null && _result.DeclaredCounts?.Pnrs is { } declared && declared != _result.Pnrs.Count)
        {
            _result.Diagnostics.Add(_eqn.Problem(Severity.Warning, "pnrgov.count", $"EQN declares {PnrgovDates.Invariant(declared)} PNRs but the message holds {PnrgovDates.Invariant(_result.Pnrs.Count)}"));
        }
    }

    private void ReadRecordLocator(EdifactSegment s)
    {
        if (_pnr!.RecordLocator is not null)
        {
            return; // repeated before each check-in group: the same record
        }

        _pnr.System = Nz(s[0, 0]);
        _pnr.RecordLocator = Nz(s[0, 1].Trim());

        // The guide puts the creation date DDMMYY in component 4 and the time in 5; some senders leave out
        // the reservation-control type and shift both one to the left.
        var (date, time) = PnrgovDates.Date(s[0, 3], _reference) is not null ? (s[0, 3], s[0, 4]) : (s[0, 2], s[0, 3]);
        _pnr.Created = PnrgovDates.DateTime(date, time, _reference);
        if (_pnr.Created is null && (s[0, 2].Length > 0 || s[0, 3].Length > 0))
        {
            _result.Diagnostics.Add(s.Problem(Severity.Warning, "pnrgov.date", $"RCI creation date '{s.Text(0)}' is not DDMMYY; left out"));
        }
    }

    private void ReadDates(EdifactSegment s)
    {
        foreach (var element in s.Elements)
        {
            var qualifier = element.Length > 0 ? element[0] : "";
            var date = element.Length > 1 ? element[1] : "";
            var time = element.Length > 2 ? element[2] : "";
            if (date.Length == 0)
            {
                continue;
            }

            var value = PnrgovDates.DateTime(date, time, _reference);
            if (value is null)
            {
                _result.Diagnostics.Add(s.Problem(Severity.Warning, "pnrgov.date", $"DAT date '{date}' is not DDMMYY; left out"));
                continue;
            }

            if (qualifier == "700" && _part == Part.Booking)
            {
                _pnr!.LastChanged = value;
            }
            else if (qualifier == "710" && _ticket is not null && _part == Part.Booking)
            {
                _ticket.Issued ??= DateOnly.FromDateTime(value.Value);
            }
        }
    }

    private void ReadBookingOffice(EdifactSegment s)
    {
        // ORG+system:location+agency IATA number:office id+location+company:location+originator type+country:currency:language+agent...
        if (_pnr!.BookingOffice is not null)
        {
            return;
        }

        _pnr.BookingOffice = new BookingOffice
        {
            System = Nz(s[0, 0]),
            Location = Nz(s[0, 1]),
            AgencyId = Nz(s[1, 0].Trim()),
            OfficeId = Nz(s[1, 1].Trim()),
            Country = Nz(s[5, 0]),
            Currency = Nz(s[5, 1]),
        };
    }

    private void ReadAddress(EdifactSegment s)
    {
        // ADD++purpose:street:city:region code:region name:country:postal code:telephone (C031 of the guide).
        foreach (var c in s.Elements.Skip(1))
        {
            string Part(int i) => i < c.Length ? c[i].Trim() : "";
            var address = new Address
            {
                Street = Nz(Part(1)),
                City = Nz(Part(2)),
                Region = Nz(Part(3)) ?? Nz(Part(4)),
                Country = Nz(Part(5)),
                PostalCode = Nz(Part(6)),
            };
            if (address.Street is not null || address.City is not null || address.PostalCode is not null || address.Country is not null)
            {
                _pnr!.Addresses.Add(address);
            }

            // The telephone of the address is a structured field, not free text: kept as sent.
            var free = string.Join(' ', c.Skip(7).Where(x => x.Length > 0));
            if (free.Length > 0)
            {
                AddPhone(free);
            }
        }
    }

    private void ReadTraveller(EdifactSegment s)
    {
        var surname = Nz(s[0, 0].Trim());
        for (var e = 1; e < Math.Max(2, s.Elements.Count); e++)
        {
            var (given, title) = PnrNames.SplitTitle(s[e, 0]);
            var type = s[e, 1];
            var reference = Nz(s[e, 2].Trim());
            if (_part != Part.Booking)
            {
                // Check-in data of a flight segment: the traveller is one of the PNR's, named again.
                _checkInPassenger = Find(reference, surname, given) ?? AddPassenger(s, surname, given, title, type, reference, s[e, 3]);
                continue;
            }

            _passenger = AddPassenger(s, surname, given, title, type, reference, s[e, 3]);
        }
    }

    private PnrPassenger AddPassenger(EdifactSegment s, string? surname, string? given, string? title, string type, string? reference, string infantIndicator)
    {
        if (type is "IN" or "INF" && _pnr!.Passengers.FirstOrDefault(p => p.Type == "infant" && p.Reference is null
            && PnrNames.Key(p.Surname) == PnrNames.Key(surname) && PnrNames.Key(p.GivenNames) == PnrNames.Key(given)) is { } known)
        {
            // Already named by the adult's SSR INFT: the same infant, now with a reference of its own.
            known.Reference = reference;
            return known;
        }

        var p = new PnrPassenger
        {
            Reference = reference,
            Surname = surname,
            GivenNames = given,
            Title = title,
            Type = type switch
            {
                "IN" or "INF" => "infant",
                "C" or "CHD" or "CH" => "child",
                _ => "adult",
            },
        };
        if (surname is null)
        {
            _result.Diagnostics.Add(s.Problem(Severity.Warning, "pnrgov.no-surname", "TIF names no surname"));
        }

        if (infantIndicator == "1")
        {
            _withInfant.Add(p);
        }

        _pnr!.Passengers.Add(p);
        return p;
    }

    private readonly List<PnrPassenger> _withInfant = [];

    private void LinkInfants()
    {
        var adults = _pnr!.Passengers.Where(p => p.Type != "infant").ToList();
        foreach (var infant in _pnr.Passengers.Where(p => p.Type == "infant" && p.TravellingWith is null))
        {
            // The adult whose TIF says an infant travels with them, else the adult just before.
            var adult = _withInfant.FirstOrDefault(a => _pnr.Passengers.Contains(a) && !_pnr.Passengers.Any(i => i.TravellingWith == a.Reference && a.Reference is not null))
                ?? adults.LastOrDefault(a => _pnr.Passengers.IndexOf(a) < _pnr.Passengers.IndexOf(infant));
            infant.TravellingWith = adult?.Reference;
        }

        _withInfant.Clear();
    }

    private PnrPassenger? Find(string? reference, string? surname, string? given)
    {
        var passengers = _pnr!.Passengers;
        if (reference is not null && passengers.FirstOrDefault(p => p.Reference == reference) is { } byReference)
        {
            return byReference;
        }

        var key = PnrNames.Key(surname);
        var givenKey = PnrNames.Key(given);
        var same = passengers.Where(p => PnrNames.Key(p.Surname) == key).ToList();
        if (same.Count <= 1 || givenKey.Length == 0)
        {
            return same.FirstOrDefault();
        }

        return same.FirstOrDefault(p => PnrNames.Key(p.GivenNames).StartsWith(givenKey, StringComparison.Ordinal) || givenKey.StartsWith(PnrNames.Key(p.GivenNames), StringComparison.Ordinal))
            ?? same[0];
    }

    private void ReadFrequentFlyer(EdifactSegment s)
    {
        var target = Current();
        if (target is null || s[0, 1].Length == 0)
        {
            return;
        }

        var tier = s.Components(0).Skip(2).LastOrDefault(c => c.Length > 0);
        AddFrequentFlyer(target, Nz(s[0, 0]), s[0, 1].Trim(), tier);
    }

    private static void AddFrequentFlyer(PnrPassenger target, string? carrier, string number, string? tier)
    {
        if (!target.FrequentFlyers.Any(f => f.Number == number))
        {
            target.FrequentFlyers.Add(new FrequentFlyer(carrier, number, tier));
        }
    }

    private void ReadRemark(EdifactSegment s)
    {
        var text = string.Join(' ', s.Elements.Skip(1).Select(e => string.Join(' ', e.Where(c => c.Length > 0))).Where(t => t.Length > 0)).Trim();
        if (text.Length == 0)
        {
            return;
        }

        var masked = PaymentMasking.MaskFreeText(text);
        _pnr!.Remarks.Add(masked);

        // OSI contact lines: "CTCE NAME//EXAMPLE.COM", "YY CTCM 123456789".
        var words = masked.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.FindIndex(words, w => w.StartsWith("CTC", StringComparison.Ordinal));
        if (at >= 0)
        {
            AddContact(words[at], string.Join(' ', words.Skip(at + 1)));
        }
    }

    private void AddContact(string code, string text)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return;
        }

        if (code.StartsWith("CTCE", StringComparison.Ordinal))
        {
            var email = Email(text);
            if (!_pnr!.Contacts.Emails.Contains(email, StringComparer.Ordinal))
            {
                _pnr.Contacts.Emails.Add(email);
            }
        }
        else if (code.Length >= 4 && code[3] is 'M' or 'H' or 'B' or 'P' or 'T' or 'A' || code == "CTC" && text.Length > 1)
        {
            AddPhone(code == "CTC" ? text[1..].Trim() : text);
        }
    }

    private void AddPhone(string text)
    {
        var phone = text.Trim();
        var digits = phone.Count(char.IsAsciiDigit);
        if (digits >= 5 && !_pnr!.Contacts.Phones.Contains(phone, StringComparer.Ordinal))
        {
            _pnr.Contacts.Phones.Add(phone);
        }
    }

    /// <summary>AIRIMP e-mail conventions: "//" for "@", ".." for "_", "./" for "-".</summary>
    internal static string Email(string text) =>
        text.Trim().Replace("//", "@", StringComparison.Ordinal).Replace("..", "_", StringComparison.Ordinal).Replace("./", "-", StringComparison.Ordinal);

    private void ReadTicket(EdifactSegment s)
    {
        var number = s[0, 0].Trim();
        if (number.Length == 0)
        {
            return;
        }

        var owner = Current();
        _ticket = new Ticket { Number = number, PassengerReference = owner?.Reference };
        _pnr!.Tickets.Add(_ticket);
        owner?.Tickets.Add(number);
    }

    private void ReadAmounts(EdifactSegment s)
    {
        if (_ticket is null)
        {
            return;
        }

        foreach (var element in s.Elements)
        {
            var qualifier = element.Length > 0 ? element[0] : "";
            var amount = element.Length > 1 ? Amount(element[1]) : null;
            if (amount is not null && (qualifier == "T" || _ticket.Fare is null))
            {
                _ticket.Fare = amount;
                _ticket.Currency = element.Length > 2 ? Nz(element[2]) : null;
            }
        }
    }

    private void ReadPayment(EdifactSegment s)
    {
        // FOP+type:data indicator:amount:card vendor:account number:expiry (MMYY)+...
        foreach (var c in s.Elements)
        {
            string Part(int i) => i < c.Length ? c[i].Trim() : "";
            if (Part(0).Length == 0)
            {
                continue;
            }

            var payment = new Payment
            {
                Type = Part(0),
                Amount = Amount(Part(2)),
                CardType = Nz(Part(3)),
                CardNumberMasked = Part(4).Length > 0 ? PaymentMasking.MaskCardNumber(Part(4)) : null,
                CardExpiry = Nz(Part(5)),
                Currency = _pnr!.BookingOffice?.Currency,
            };
            _pnr.Payments.Add(payment);
        }
    }

    private void ReadSpecialService(EdifactSegment s)
    {
        var code = s[0, 0].Trim();
        var text = string.Join(':', s.Components(0).Skip(8)).Trim();
        var owner = Owner(s);
        switch (code)
        {
            case "DOCS":
                ApplyDocs(s, SsrDocs.ReadDocs(text, _reference), owner);
                return;
            case "DOCO":
                var doco = SsrDocs.ReadDoco(text, _reference);
                var visaHolder = doco.Infant ? InfantOf(owner) ?? owner : owner;
                if (visaHolder is not null && (doco.Visa.Number is null || !visaHolder.Visas.Any(v => v.Number == doco.Visa.Number)))
                {
                    visaHolder.Visas.Add(doco.Visa);
                    visaHolder.PlaceOfBirth ??= doco.PlaceOfBirth;
                }

                return;
            case "DOCA":
                var doca = SsrDocs.ReadDoca(text);
                var resident = doca.Infant ? InfantOf(owner) ?? owner : owner;
                if (resident is not null && !resident.Addresses.Any(a => a.Street == doca.Address.Street && a.Type == doca.Address.Type))
                {
                    resident.Addresses.Add(doca.Address);
                }

                return;
            case "INFT":
                ReadInfant(text, owner);
                return;
            case "FQTV" or "FQTR" or "FQTS" or "FQTU":
                ReadFrequentFlyerSsr(s, text, owner);
                return;
            case "SEAT" or "RQST" or "NSST" or "NSSA" or "NSSW" or "SMST" or "SMSA" or "SMSW" or "EXST" or "GPST":
                ReadSeatRequest(s, owner);
                return;
            case "TKNE" or "TKNA" or "TKNM":
                return;
            default:
                break;
        }

        if (code.StartsWith("CTC", StringComparison.Ordinal))
        {
            AddContact(code, PaymentMasking.MaskFreeText(text));
            return;
        }

        var remark = PaymentMasking.MaskFreeText((code + " " + text).Trim());
        if (remark.Length > 0 && !_pnr!.Remarks.Contains(remark, StringComparer.Ordinal))
        {
            _pnr.Remarks.Add(remark);
        }
    }

    private void ApplyDocs(EdifactSegment s, SsrDocs.Docs docs, PnrPassenger? owner)
    {
        // The named person first (an infant's DOCS is sent under the adult's reference), then the reference.
        var holder = docs.Surname is not null ? FindByName(docs.Surname, docs.GivenNames, docs.Infant, owner) : null;
        holder ??= docs.Infant ? InfantOf(owner) : owner;
        holder ??= owner;
        if (holder is null)
        {
            _result.Diagnostics.Add(s.Problem(Severity.Warning, "pnrgov.docs-owner", "SSR DOCS names no traveller of the PNR; ignored"));
            return;
        }

        holder.DateOfBirth ??= docs.DateOfBirth;
        holder.Sex ??= docs.Sex;
        holder.Nationality ??= docs.Nationality;
        if (docs.Document is { } document && (document.Number is null || !holder.Documents.Any(d => d.Number == document.Number)))
        {
            holder.Documents.Add(document);
        }
    }

    private PnrPassenger? FindByName(string surname, string? given, bool infant, PnrPassenger? owner)
    {
        var key = PnrNames.Key(surname);
        var candidates = _pnr!.Passengers.Where(p => PnrNames.Key(p.Surname) == key).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var givenKey = PnrNames.Key(given);
        var byGiven = candidates.Where(p =>
        {
            var mine = PnrNames.Key(p.GivenNames);
            return mine.Length > 0 && givenKey.Length > 0 && (givenKey.StartsWith(mine, StringComparison.Ordinal) || mine.StartsWith(givenKey, StringComparison.Ordinal));
        }).ToList();
        if (byGiven.Count > 0)
        {
            // A daughter named after her mother ("DRAGANA", "DRAGANA MARIJA"): the traveller the SSR
            // belongs to wins, then the exact given names, then the first of the right type.
            var expected = infant ? InfantOf(owner) ?? owner : owner;
            return byGiven.FirstOrDefault(p => ReferenceEquals(p, expected))
                ?? byGiven.FirstOrDefault(p => PnrNames.Key(p.GivenNames) == givenKey && (p.Type == "infant") == infant)
                ?? byGiven.FirstOrDefault(p => (p.Type == "infant") == infant)
                ?? byGiven[0];
        }

        var byType = candidates.Where(p => (p.Type == "infant") == infant).ToList();
        return byType.Count == 1 ? byType[0] : null;
    }

    private PnrPassenger? InfantOf(PnrPassenger? adult) =>
        adult is null ? null : _pnr!.Passengers.FirstOrDefault(p => p.Type == "infant" && p.TravellingWith == adult.Reference && adult.Reference is not null)
            ?? _pnr.Passengers.SkipWhile(p => p != adult).Skip(1).FirstOrDefault(p => p.Type == "infant");

    private void ReadInfant(string text, PnrPassenger? adult)
    {
        // INFT free text: SURNAME/GIVEN NAMES/DDMMMYY, or SURNAME/GIVEN DDMMMYY.
        var fields = text.Split('/');
        if (fields.Length < 2 || adult is null)
        {
            return;
        }

        var surname = fields[0].Trim();
        var rest = string.Join(' ', fields.Skip(1)).Trim();
        DateOnly? dob = null;
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && EdifactDates.Date(words[^1], EdifactDates.Century.NotAfter, _reference) is { } date)
        {
            dob = date;
            words.RemoveAt(words.Count - 1);
        }

        var (given, _) = PnrNames.SplitTitle(string.Join(' ', words));
        var infant = FindByName(surname, given, infant: true, owner: null);
        if (infant is null || infant.Type != "infant")
        {
            infant = new PnrPassenger { Surname = surname, GivenNames = given, Type = "infant" };
            _pnr!.Passengers.Add(infant);
        }

        infant.TravellingWith ??= adult.Reference;
        infant.DateOfBirth ??= dob;
    }

    private static void ReadFrequentFlyerSsr(EdifactSegment s, string text, PnrPassenger? owner)
    {
        if (owner is null)
        {
            return;
        }

        var word = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (word.Length > 2)
        {
            var carrier = s[0, 3].Length > 0 && word.StartsWith(s[0, 3], StringComparison.Ordinal) ? s[0, 3] : word[..2];
            AddFrequentFlyer(owner, carrier, word[carrier.Length..].TrimStart('-'), null);
        }
    }

    private void ReadSeatRequest(EdifactSegment s, PnrPassenger? owner)
    {
        // SSR+SEAT:HK:2:DL:::LHR:JFK+15A::1+15B::2: one element per traveller, seat and traveller reference.
        var from = Nz(s[0, 6]) ?? _leg?.DepartureAirport;
        var to = Nz(s[0, 7]) ?? _leg?.ArrivalAirport;
        for (var e = 1; e < s.Elements.Count; e++)
        {
            var number = s[e, 0].Trim();
            if (number.Length == 0)
            {
                continue;
            }

            var reference = s[e, 2].Trim();
            var target = reference.Length > 0 ? _pnr!.Passengers.FirstOrDefault(p => p.Reference == reference) ?? owner : owner;
            if (target is not null)
            {
                AddSeat(target, number, from, to, null);
            }
        }
    }

    private void ReadSeat(EdifactSegment s)
    {
        var target = _checkInPassenger ?? _passenger;
        var number = s[0, 0].Trim();
        if (target is null || number.Length == 0)
        {
            return;
        }

        AddSeat(target, number, _leg?.DepartureAirport, _leg?.ArrivalAirport, Nz(s[4, 0]));
    }

    private void AddSeat(PnrPassenger target, string number, string? from, string? to, string? cabin)
    {
        var flight = _leg is null ? null : _leg.Carrier + _leg.Number;
        var existing = target.Seats.FindIndex(x => x.Number == number && x.DepartureAirport == from && x.ArrivalAirport == to);
        if (existing >= 0)
        {
            if (cabin is not null && target.Seats[existing].Cabin is null)
            {
                target.Seats[existing] = target.Seats[existing] with { Cabin = cabin };
            }

            return;
        }

        target.Seats.Add(new Seat(number, flight, from, to, cabin));
    }

    private void ReadBags(EdifactSegment s)
    {
        // TBD++count:weight:unit (700 kg, 701 lb)++pool+issuer:tag:consecutive:destination+...
        var bags = new PnrBags { PassengerReference = (_checkInPassenger ?? _passenger)?.Reference };
        if (int.TryParse(s[1, 0], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            bags.Count = count;
        }

        bags.Weight = Amount(s[1, 1]);
        bags.WeightUnit = s[1, 2] switch
        {
            "700" or "K" or "KG" or "KGM" => "KGM",
            "701" or "L" or "LB" or "LBR" => "LBR",
            "" => null,
            var other => other,
        };
        for (var e = 4; e < s.Elements.Count; e++)
        {
            var tag = s[e, 1].Trim();
            if (tag.Length > 0)
            {
                bags.Tags.Add(tag);
                bags.Destination ??= Nz(s[e, 3].Trim());
            }
        }

        if (bags.Count is not null || bags.Weight is not null || bags.Tags.Count > 0)
        {
            _pnr!.Bags.Add(bags);
        }
    }

    private void ReadLeg(EdifactSegment s)
    {
        var dated = s[0, 0].Length > 0 || s[1, 0].Length > 0;
        if (!dated && _leg is not null)
        {
            // TVL+++++303:Y after a segment: the operating flight of a code-share (check-in group).
            _leg.OperatingNumber ??= Number(s[4, 0]);
            _leg.OperatingCarrier ??= Nz(s[3, 0]) ?? _leg.Carrier;
            return;
        }

        if (_part == Part.History)
        {
            _pnr!.History.Add(PaymentMasking.MaskFreeText(s.ToString()));
            return;
        }

        if (s[2, 0].Trim().Length == 0)
        {
            // No arrival airport: a non-air segment (hotel, car, surface), kept as a remark.
            _pnr!.Remarks.Add(PaymentMasking.MaskFreeText("non-air segment " + s.ToString()));
            return;
        }

        _part = Part.Itinerary;
        _checkInPassenger = null;
        _leg = Leg(s);
        if (_leg.Departure is null)
        {
            _result.Diagnostics.Add(s.Problem(Severity.Warning, "pnrgov.leg-date", $"TVL departure '{s.Text(0)}' is not DDMMYY:HHMM"));
        }

        _pnr!.Itinerary.Add(_leg);
    }

    private FlightLeg Leg(EdifactSegment s)
    {
        var depDate = s[0, 0];
        var depTime = s[0, 1];
        string arrDate;
        string arrTime;
        if (s[0, 3].Length == 0 && PnrgovDates.IsTime(s[0, 2]))
        {
            // "280918:1220:1505": no arrival date, the arrival time in its place.
            (arrDate, arrTime) = (depDate, s[0, 2]);
        }
        else
        {
            (arrDate, arrTime) = (s[0, 2].Length > 0 ? s[0, 2] : depDate, s[0, 3]);
        }

        var marketing = Nz(s[3, 0].Trim());
        var operating = Nz(s[3, 1].Trim());
        var leg = new FlightLeg
        {
            Carrier = marketing,
            Number = Number(s[4, 0]),
            BookingClass = Nz(s[4, 1].Trim()),
            DepartureAirport = Nz(s[1, 0].Trim()),
            ArrivalAirport = Nz(s[2, 0].Trim()),
            Departure = PnrgovDates.DateTime(depDate, depTime, _reference),
            Arrival = s[0, 3].Length > 0 || PnrgovDates.IsTime(arrTime) ? PnrgovDates.DateTime(arrDate, arrTime, _reference) : null,
        };
        if (operating is not null && operating != marketing)
        {
            leg.OperatingCarrier = operating;
        }

        return leg;
    }

    /// <summary>The traveller a segment is about: its own reference (SSR element 2, component 3), else the one read last.</summary>
    private PnrPassenger? Owner(EdifactSegment s)
    {
        for (var e = 1; e < s.Elements.Count; e++)
        {
            var reference = s[e, 2].Trim();
            if (reference.Length > 0 && _pnr!.Passengers.FirstOrDefault(p => p.Reference == reference) is { } owner)
            {
                return owner;
            }
        }

        return Current();
    }

    private PnrPassenger? Current() => (_part == Part.Booking ? _passenger : _checkInPassenger ?? _passenger) ?? _pnr?.Passengers.FirstOrDefault();

    private static string? Number(string text)
    {
        var trimmed = text.Trim().TrimStart('0');
        return trimmed.Length > 0 ? trimmed : Nz(text.Trim());
    }

    private static string? Nz(string text) => text.Length == 0 ? null : text;

    private static decimal? Amount(string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
}
