using System.Globalization;
using Portcullis.Formats.Edifact;
using Portcullis.Formats.Passengers;

namespace Portcullis.Formats.Paxlst;

/// <summary>
/// Reads a UN/EDIFACT PAXLST message (D02B, D05B, D12B as in the WCO/IATA/ICAO API guidelines) into the
/// normalized message. Segments are taken by tag and qualifier, not by a rigid group grammar: real
/// senders reorder, omit and repeat, and a traveller must never be dropped for it. What cannot be read
/// becomes a diagnostic, and a traveller read only in part is kept and marked incomplete.
/// </summary>
internal sealed class PaxlstParser
{
    private readonly PassengerMessage _result;
    private readonly DateOnly _reference;
    private Traveller? _traveller;
    private TravelDocument? _document;
    private FlightLeg? _leg;
    private bool _inHeader = true;
    private EdifactSegment? _pendingRouting;
    private FlightLeg? _namedFlight;
    private EdifactSegment? _lastCount;

    private PaxlstParser(PassengerMessage result, DateOnly reference)
    {
        this._result = result;
        this._reference = reference;
    }

    public static void Parse(EdifactMessage message, PassengerMessage result, DateOnly reference)
    {
        if (message.Header[1, 1] != "D" && message.Header[1, 1].Length > 0 && !message.Header[1, 1].StartsWith('D'))
        {
            UsPaxlstParser.Parse(message, result, reference);
            return;
        }

        var parser = new PaxlstParser(result, reference);
        foreach (var segment in message.Segments)
        {
            parser.Read(segment);
        }

        parser.Finish(message);
    }

    private void Read(EdifactSegment s)
    {
        if (_pendingRouting is not null && !(s.Tag == "DTM"))
        {
            PlaceRouting(_pendingRouting, null);
        }

        switch (s.Tag)
        {
            case "BGM":
                _result.ListType = ListType(s[0]);
                if (_result.ListType.StartsWith("other", StringComparison.Ordinal))
                {
                    _result.Diagnostics.Add(s.Problem(Severity.Warning, "paxlst.list-type", $"document code '{s[0]}' is neither a passenger list (745) nor a crew list (250)"));
                }

                break;
            case "NAD":
                ReadParty(s);
                break;
            case "COM":
                ReadContact(s);
                break;
            case "TDT":
                _inHeader = false;
                FinishTraveller();
                _leg = null;
                _lastPlace = PlaceKind.None;
                var number = s[1];
                var carrier = s[4].Length > 0 ? s[4] : Carrier(number);
                _legCarrier = new FlightLeg { Carrier = carrier, Number = FlightNumber(number, carrier) };
                break;
            case "LOC":
                ReadPlace(s);
                break;
            case "DTM":
                ReadDate(s);
                break;
            case "ATT" when _traveller is not null:
                _traveller.Sex = NullIfEmpty(s[2]);
                break;
            case "MEA" when _traveller is not null:
                ReadMeasure(s);
                break;
            case "FTX" when _traveller is not null && s[0] == "BAG":
                ReadBagTag(s);
                break;
            case "NAT" when _traveller is not null:
                _traveller.Nationality = NullIfEmpty(s[1]);
                break;
            case "RFF" when _traveller is not null:
                if (s[0, 1].Length > 0)
                {
                    _traveller.References.Add(new Reference(ReferenceType(s[0, 0]), s[0, 1]));
                }

                break;
            case "DOC" when _traveller is not null:
                _document = new TravelDocument { Type = NullIfEmpty(s[0, 0]), Number = NullIfEmpty(s[1]) };
                _traveller.Documents.Add(_document);
                break;
            case "CNT":
                _lastCount = s;
                ReadCount(s);
                break;
            case "GEI" or "EMP" or "FTX" or "RFF" or "ATT" or "NAT" or "MEA" or "DOC" or "QTY" or "CPI" or "TSR":
                break;
            default:
                _result.Diagnostics.Add(s.Problem(Severity.Warning, "paxlst.unexpected", $"segment {s.Tag} is not part of PAXLST; ignored"));
                break;
        }
    }

    private FlightLeg? _legCarrier;

    private void ReadParty(EdifactSegment s)
    {
        var qualifier = s[0];
        if (qualifier == "MS" && _traveller is null && _inHeader)
        {
            _result.ReportingParty ??= new ReportingParty();
            _result.ReportingParty.Name = NullIfEmpty(s.Text(3).Trim(':'));
            return;
        }

        FinishTraveller();
        _inHeader = false;
        var role = Role(qualifier);
        if (role is null)
        {
            _result.Diagnostics.Add(s.Problem(Severity.Warning, "paxlst.role", $"NAD qualifier '{qualifier}' is not a known traveller role; read as a passenger"));
            role = "passenger";
        }

        _traveller = new Traveller
        {
            Role = role,
            Surname = NullIfEmpty(s[3, 0].Trim()),
            GivenNames = s.Components(3) is { Count: > 1 } name ? JoinNonEmpty(name.Slice(1)) : null,
        };
        if (_traveller.Surname is null)
        {
            MarkIncomplete(s, "no surname in NAD");
        }

        var street = JoinNonEmpty(s.Components(4));
        if (street is not null || s[5].Length > 0 || s[8].Length > 0)
        {
            _traveller.Address = new Address
            {
                Street = street,
                City = NullIfEmpty(s[5]),
                Region = NullIfEmpty(s[6]),
                PostalCode = NullIfEmpty(s[7]),
                Country = NullIfEmpty(s[8]),
            };
        }

        _result.Travellers.Add(_traveller);
        _document = null;
    }

    private void ReadContact(EdifactSegment s)
    {
        if (_traveller is not null || !_inHeader)
        {
            return; // a traveller's own contact details are not part of the normalized document
        }

        _result.ReportingParty ??= new ReportingParty();
        foreach (var element in s.Elements)
        {
            var number = element.Length > 0 ? element[0] : "";
            var kind = element.Length > 1 ? element[1] : "";
            switch (kind)
            {
                case "TE":
                    _result.ReportingParty.Phone ??= NullIfEmpty(number);
                    break;
                case "FX":
                    _result.ReportingParty.Fax ??= NullIfEmpty(number);
                    break;
                case "EM":
                    _result.ReportingParty.Email ??= NullIfEmpty(number);
                    break;
                default:
                    break;
            }
        }
    }

    private void ReadPlace(EdifactSegment s)
    {
        var qualifier = s[0];
        var place = NullIfEmpty(s[1, 0].Length > 0 ? s[1, 0] : s[1, 3]);
        if (_traveller is null)
        {
            switch (qualifier)
            {
                case "125":
                    StartLegIfNeeded(departure: true);
                    _leg!.DepartureAirport = place;
                    _namedFlight ??= _leg;
                    _lastPlace = PlaceKind.Departure;
                    break;
                case "87":
                    StartLegIfNeeded(departure: false);
                    _leg!.ArrivalAirport = place;
                    _namedFlight ??= _leg;
                    _lastPlace = PlaceKind.Arrival;
                    break;
                case "92":
                    _pendingRouting = s;
                    break;
                default:
                    _result.Diagnostics.Add(s.Problem(Severity.Warning, "paxlst.location", $"LOC qualifier '{qualifier}' is not a flight place (125, 87, 92); ignored"));
                    break;
            }

            return;
        }

        if (qualifier == "91" && _document is not null)
        {
            _document.IssuingCountry = place;
            return;
        }

        _traveller.Places ??= new Places();
        switch (qualifier)
        {
            case "178":
                _traveller.Places.Embarkation = place;
                break;
            case "179":
                _traveller.Places.Debarkation = place;
                break;
            case "22":
                _traveller.Places.Clearance = place;
                break;
            case "174":
                _traveller.Places.Residence = place;
                break;
            case "180":
                _traveller.Places.Birth = place ?? NullIfEmpty(s.Text(1).Trim(':'));
                break;
            default:
                break;
        }
    }

    private enum PlaceKind
    {
        None,
        Departure,
        Arrival,
    }

    private PlaceKind _lastPlace;

    /// <summary>LOC 92 (routing) is a departure or an arrival by the DTM that follows it, or by its position.</summary>
    private void PlaceRouting(EdifactSegment loc, EdifactSegment? dtm)
    {
        _pendingRouting = null;
        var place = NullIfEmpty(loc[1, 0]);
        var isDeparture = dtm is not null ? dtm[0, 0] == "189" : _leg is null || _leg.ArrivalAirport is not null || _leg.DepartureAirport is null;
        if (isDeparture)
        {
            StartLegIfNeeded(departure: true);
            _leg!.DepartureAirport = place;
            _lastPlace = PlaceKind.Departure;
        }
        else
        {
            StartLegIfNeeded(departure: false);
            _leg!.ArrivalAirport = place;
            _lastPlace = PlaceKind.Arrival;
        }
    }

    private void StartLegIfNeeded(bool departure)
    {
        if (_leg is not null && (departure ? _leg.DepartureAirport is null && _leg.ArrivalAirport is null : _leg.ArrivalAirport is null))
        {
            return;
        }

        _leg = new FlightLeg { Carrier = _legCarrier?.Carrier, Number = _legCarrier?.Number };
        _result.Legs.Add(_leg);
    }

    private void ReadDate(EdifactSegment s)
    {
        var qualifier = s[0, 0];
        if (_pendingRouting is { } routing)
        {
            PlaceRouting(routing, s);
        }

        if (_traveller is null)
        {
            var when = EdifactDates.LocalDateTime(s[0, 1], _reference);
            if (when is null && s[0, 1].Length > 0)
            {
                _result.Diagnostics.Add(s.Problem(Severity.Warning, "paxlst.date", $"'{s[0, 1]}' is not a date and time (format {s[0, 2]})"));
            }

            if (_leg is null)
            {
                return;
            }

            if (qualifier == "189" && _lastPlace == PlaceKind.Departure)
            {
                _leg.Departure = when;
            }
            else if (qualifier == "232" && _lastPlace == PlaceKind.Arrival)
            {
                _leg.Arrival = when;
            }

            return;
        }

        switch (qualifier)
        {
            case "329":
                _traveller.DateOfBirth = Date(s, EdifactDates.Century.NotAfter, "date of birth");
                break;
            case "36" when _document is not null:
                _document.Expiry = Date(s, EdifactDates.Century.Expiry, "document expiry");
                break;
            case "182" when _document is not null:
                _document.Issued = Date(s, EdifactDates.Century.NotAfter, "document issue date");
                break;
            default:
                break;
        }
    }

    private DateOnly? Date(EdifactSegment s, EdifactDates.Century century, string what)
    {
        var text = s[0, 1];
        var date = EdifactDates.Date(text.Length > 8 ? text[..8] : text, century, _reference);
        if (date is null && text.Length > 0)
        {
            MarkIncomplete(s, $"{what} '{text}' is not a date");
        }

        return date;
    }

    private void ReadMeasure(EdifactSegment s)
    {
        var unit = s.Components(2).Count > 1 ? s[2, 0] : null;
        var value = s.Components(2).Count > 1 ? s[2, 1] : s[2, 0];
        _traveller!.Bags ??= new Bags();
        switch (s[0])
        {
            case "CT" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count):
                _traveller.Bags.Count = count;
                break;
            case "WT" when decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var weight):
                _traveller.Bags.Weight = weight;
                _traveller.Bags.WeightUnit = unit;
                break;
            default:
                _result.Diagnostics.Add(s.Problem(Severity.Warning, "paxlst.measure", $"MEA {s[0]} value '{value}' was not understood"));
                break;
        }
    }

    /// <summary>FTX+BAG: a bag tag, optionally followed by how many consecutive tags start with it.</summary>
    private void ReadBagTag(EdifactSegment s)
    {
        var first = s[3, 0].Trim();
        if (first.Length == 0)
        {
            return;
        }

        _traveller!.Bags ??= new Bags();
        var tags = _traveller.Bags.Tags;
        tags.Add(first);
        if (int.TryParse(s[3, 1], NumberStyles.None, CultureInfo.InvariantCulture, out var consecutive) && consecutive is > 1 and <= 99)
        {
            var digits = first.Length - first.AsSpan().TrimEnd("0123456789").Length;
            if (digits > 0 && long.TryParse(first.AsSpan(first.Length - digits), NumberStyles.None, CultureInfo.InvariantCulture, out var start))
            {
                for (var i = 1; i < consecutive; i++)
                {
                    tags.Add(first[..^digits] + (start + i).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0'));
                }
            }
        }
    }

    private void ReadCount(EdifactSegment s)
    {
        // CNT+42:2 per the guide; some senders write CNT+42+2.
        var text = s[0, 1].Length > 0 ? s[0, 1] : s[1];
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            _result.Diagnostics.Add(s.Problem(Severity.Warning, "paxlst.count", $"CNT count '{text}' is not a number"));
            return;
        }

        _result.DeclaredCounts ??= new DeclaredCounts();
        switch (s[0, 0])
        {
            case "42":
                _result.DeclaredCounts.Passengers = count;
                break;
            case "41":
                _result.DeclaredCounts.Crew = count;
                break;
            default:
                break;
        }
    }

    private void Finish(EdifactMessage message)
    {
        if (_pendingRouting is { } routing)
        {
            PlaceRouting(routing, null);
        }

        FinishTraveller();
        // LOC 125 and 87 name the leg that enters or leaves the reporting country: that is the flight.
        _result.Flight = _namedFlight ?? (_result.Legs.Count > 0 ? _result.Legs[^1] : _legCarrier);
        if (_result.Flight is null)
        {
            _result.Diagnostics.Add(message.Header.Problem(Severity.Error, "paxlst.no-flight", "the message names no flight (no TDT)"));
        }

        CheckCounts(message);
    }

    private void CheckCounts(EdifactMessage message)
    {
        var counts = _result.DeclaredCounts;
        if (counts is null)
        {
            return;
        }

        var passengers = _result.Travellers.Count(t => Traveller.IsPassengerRole(t.Role));
        var crew = _result.Travellers.Count - passengers;
        var at = _lastCount ?? message.Header;
        if (counts.Passengers is { } p && p != passengers)
        {
            _result.Diagnostics.Add(at.Problem(Severity.Warning, "paxlst.count", $"CNT declares {p.ToString(CultureInfo.InvariantCulture)} passengers; {passengers.ToString(CultureInfo.InvariantCulture)} were received"));
        }

        if (counts.Crew is { } c && c != crew)
        {
            _result.Diagnostics.Add(at.Problem(Severity.Warning, "paxlst.count", $"CNT declares {c.ToString(CultureInfo.InvariantCulture)} crew; {crew.ToString(CultureInfo.InvariantCulture)} were received"));
        }

        counts.Received = _result.Travellers.Count;
    }

    private void FinishTraveller()
    {
        if (_traveller is { Bags: { Count: null, Tags.Count: > 0 } bags })
        {
            bags.Count = bags.Tags.Count;
        }

        _traveller = null;
        _document = null;
    }

    private void MarkIncomplete(EdifactSegment s, string problem)
    {
        _result.Diagnostics.Add(s.Problem(Severity.Warning, "paxlst.traveller", problem));
        if (_traveller is not null)
        {
            _traveller.Incomplete = true;
            _traveller.Problems.Add(problem);
        }
    }

    internal static string ListType(string code) => code switch
    {
        "745" => "passengers",
        "250" => "crew",
        "266" => "close-out",
        "336" => "master-crew-list",
        "655" => "gate-pass",
        _ => "other:" + code,
    };

    internal static string? Role(string qualifier) => qualifier switch
    {
        "FL" => "passenger",
        "FM" or "COT" => "crew",
        "DDU" => "in-transit-passenger",
        "DDT" => "in-transit-crew",
        _ => null,
    };

    internal static string ReferenceType(string code) => code switch
    {
        "AVF" => "booking",
        "SEA" => "seat",
        "ABO" => "passenger-reference",
        "AEA" => "government-reference",
        "CR" => "customer",
        "ACD" => "additional",
        _ => code,
    };

    /// <summary>The airline from "UA0123" when TDT gives no carrier element.</summary>
    internal static string? Carrier(string conveyance)
    {
        var letters = conveyance.Trim();
        if (letters.Length < 3)
        {
            return null;
        }

        // IATA designators are two characters, letters or a digit with a letter ("U2", "9W").
        return letters[..2];
    }

    /// <summary>The number without the carrier prefix and without leading zeros.</summary>
    internal static string? FlightNumber(string conveyance, string? carrier)
    {
        var text = conveyance.Trim();
        if (carrier is not null && text.StartsWith(carrier, StringComparison.Ordinal) && text.Length > carrier.Length)
        {
            text = text[carrier.Length..];
        }

        text = text.TrimStart('0');
        return text.Length == 0 ? NullIfEmpty(conveyance) : text;
    }

    internal static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    /// <summary>
    /// The components that are not empty, joined by spaces, trimmed; null when all are empty. Most
    /// travellers have one given name and a one-line street: those are returned without joining.
    /// </summary>
    private static string? JoinNonEmpty(ArraySegment<string> components)
    {
        string? only = null;
        foreach (var component in components)
        {
            if (component.Length == 0)
            {
                continue;
            }

            if (only is not null)
            {
                return NullIfEmpty(string.Join(' ', components.Where(c => c.Length > 0)).Trim());
            }

            only = component;
        }

        return only is null ? null : NullIfEmpty(only.Trim());
    }
}
