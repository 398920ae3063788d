using System.Globalization;
using Portcullis.Domain.Reference;
using Portcullis.Formats.Cargo;
using Portcullis.Formats.Edifact;

namespace Portcullis.Formats.Cuscar;

/// <summary>
/// Reads the segments of one CUSCAR message (D95B and later) into a <see cref="CargoMessage"/>. The
/// message has a header (BGM, DTM, RFF, NAD, TDT with its LOC and DTM, EQD) and then one CNI group per
/// bill of lading (RFF, LOC, NAD, CPI/TOD/PAI, MEA, MOA, GID with FTX, PIA, MEA, MOA, SGP, PCI, DGS;
/// EQD with SEL and EQN). Segments are taken by tag, qualifier and the group they follow, not by a
/// rigid grammar: senders reorder and omit, and a bill must never be dropped for it.
/// </summary>
internal sealed class CuscarParser
{
    private enum Context
    {
        Header,
        Consignment,
        Goods,
        Equipment,
    }

    private readonly CargoMessage _result;
    private readonly Voyage _voyage = new();
    private readonly DateOnly _reference;
    private readonly List<Equipment> _headerEquipment = [];
    private Context _context = Context.Header;
    private Consignment? _consignment;
    private GoodsItem? _goods;
    private Equipment? _equipment;
    private CargoParty? _party;
    private bool _sawBgm;
    private bool _sawTdt;
    private string? _cniNumber;
    private string? _masterBill;
    private string? _houseBill;

    private CuscarParser(CargoMessage result, DateOnly reference)
    {
        _result = result;
        _reference = reference;
    }

    public static void Parse(EdifactMessage message, CargoMessage result, DateOnly reference)
    {
        var parser = new CuscarParser(result, reference);
        foreach (var segment in message.Segments)
        {
            parser.Read(segment);
        }

        parser.Finish(message.Header);
    }

    private void Read(EdifactSegment s)
    {
        switch (s.Tag)
        {
            case "BGM":
                ReadBeginning(s);
                break;
            case "DTM":
                ReadDate(s);
                break;
            case "RFF":
                ReadReference(s);
                break;
            case "TDT":
                ReadTransport(s);
                break;
            case "LOC":
                ReadPlace(s);
                break;
            case "NAD":
                ReadParty(s);
                break;
            case "COM":
                ReadContact(s);
                break;
            case "CNI":
                StartConsignment(NullIfEmpty(s[1, 0]));
                break;
            case "GID":
                StartGoods(s);
                break;
            case "FTX":
                ReadText(s);
                break;
            case "PIA":
                ReadCommodity(s);
                break;
            case "MEA":
                ReadMeasure(s);
                break;
            case "MOA":
                ReadAmount(s);
                break;
            case "SGP":
                if (_goods is not null && ContainerNumber.Normalize(s[0, 0]) is { Length: > 0 } stowed && !_goods.Containers.Contains(stowed, StringComparer.Ordinal))
                {
                    _goods.Containers.Add(stowed);
                }

                break;
            case "PCI" when _goods is not null:
                _goods.Marks = NullIfEmpty(string.Join(' ', s.Components(1).Where(c => c.Length > 0)));
                break;
            case "DGS" when _goods is not null:
                _goods.DangerousGoodsUnNumber = NullIfEmpty(s[2, 0]);
                break;
            case "EQD":
                StartEquipment(s);
                break;
            case "SEL" when _equipment is not null:
                if (s[0].Length > 0)
                {
                    _equipment.Seals.Add(s[0]);
                }

                break;
            case "CPI" or "TOD":
                ReadFreightTerms(s);
                break;
            case "PAI" when _consignment is not null:
                _consignment.PaymentMethod = NullIfEmpty(PaymentMethods.FromEdifact(s[0, 2]));
                break;
            // Segments of the message that carry nothing the normalized shape keeps (counts, handling,
            // temperatures, dimensions, authentication, equipment counts; packaging and currencies, which
            // later directories add): read past without a word.
            case "CNT" or "GIS" or "AUT" or "HAN" or "TMP" or "RNG" or "TMD" or "DIM" or "DOC" or "CTA" or "QTY" or "EQN" or "TPL" or "TSR" or "SEL" or "PCI" or "DGS" or "PAI" or "GDS" or "CST" or "TCC" or "NAT" or "GOR" or "ALI" or "PAC" or "CUX":
                break;
            default:
                _result.Diagnostics.Add(s.Problem(Severity.Warning, "cuscar.unexpected", $"segment {s.Tag} is not part of CUSCAR; ignored"));
                break;
        }
    }

    private void ReadBeginning(EdifactSegment s)
    {
        _sawBgm = true;
        if (s[0, 0] != "785")
        {
            _result.Diagnostics.Add(s.Problem(Severity.Warning, "cuscar.document", $"document code '{s[0, 0]}' is not a cargo manifest (785); read as one"));
        }

        if (CuscarCodes.Function(s[2]) is { } function)
        {
            _result.Function = function;
        }
        else
        {
            _result.Diagnostics.Add(s.Problem(Severity.Warning, "cuscar.function", $"message function '{s[2]}' is none of 9 original, 5 replace, 1 cancellation; read as an original"));
        }
    }

    private void ReadDate(EdifactSegment s)
    {
        var value = EdifactDates.LocalDateTime(s[0, 1], _reference);
        if (value is null && s[0, 0] is "132" or "133" or "137" or "178" or "186")
        {
            _result.Diagnostics.Add(s.Problem(Severity.Warning, "cuscar.date", $"date '{s[0, 1]}' (format {s[0, 2]}) is not a date; ignored"));
            return;
        }

        switch (s[0, 0])
        {
            // 132 estimated arrival, 178 actual arrival: the call's arrival whoever sends it.
            case "132" or "178" when _consignment is null:
                _voyage.Arrival = value;
                break;
            case "133" or "186" when _consignment is null:
                _voyage.Departure = value;
                break;
            case "137" when _consignment is null:
                _result.Sent ??= value;
                break;
            default:
                break;
        }
    }

    private void ReadReference(EdifactSegment s)
    {
        var qualifier = s[0, 0];
        var value = s[0, 1];
        if (value.Length == 0)
        {
            return;
        }

        if (_consignment is null)
        {
            switch (qualifier)
            {
                case "VON":
                    _voyage.VoyageNumber ??= value;
                    break;
                // The call sign has no 1153 qualifier: it comes in TDT's C222 (code list 103).
                case "VM" or "IMO":
                    SetImo(value, s);
                    break;
                default:
                    break;
            }

            return;
        }

        switch (qualifier)
        {
            case "BM" or "MB":
                _masterBill = value;
                ApplyBillNumbers();
                break;
            case "BH":
                _houseBill = value;
                ApplyBillNumbers();
                break;
            default:
                break;
        }
    }

    /// <summary>
    /// A bill's group names its B/L (RFF+BM); a house bill's group names the house bill (RFF+BH) and the
    /// master it travels under (RFF+BM), in either order. CNI's own reference stands in when neither came.
    /// </summary>
    private void ApplyBillNumbers()
    {
        if (_houseBill is not null)
        {
            _consignment!.Number = _houseBill;
            _consignment.MasterNumber = _masterBill;
        }
        else
        {
            _consignment!.Number = _masterBill ?? _cniNumber;
        }
    }

    private void ReadTransport(EdifactSegment s)
    {
        if (_consignment is not null)
        {
            return; // pre- or on-carriage of one bill: not the vessel's call
        }

        _sawTdt = true;
        _voyage.VoyageNumber = NullIfEmpty(s[1]) ?? _voyage.VoyageNumber;
        _voyage.Carrier = NullIfEmpty(s[4, 0]) ?? _voyage.Carrier;
        _voyage.CarrierName = NullIfEmpty(s[4, 3]) ?? _voyage.CarrierName;

        // C222: the means of transport: its identification (an IMO number under code list 146 or 11,
        // a call sign under 103) and its name.
        var id = s[7, 0];
        var list = s[7, 1];
        _voyage.VesselName = NullIfEmpty(s[7, 3]) ?? _voyage.VesselName;
        if (id.Length > 0)
        {
            if (list == "103")
            {
                _voyage.CallSign = id;
            }
            else if (list is "146" or "11" or "" && ImoNumber.IsWellFormed(ImoNumber.Normalize(id)))
            {
                SetImo(id, s);
            }
            else
            {
                _voyage.CallSign ??= id;
            }
        }
    }

    private void SetImo(string raw, EdifactSegment s)
    {
        var imo = ImoNumber.Normalize(raw)!;
        _voyage.ImoNumber = imo;
        if (ImoNumber.Check(imo, s.Problem) is { } problem)
        {
            _result.Diagnostics.Add(problem);
        }
    }

    private void ReadPlace(EdifactSegment s)
    {
        var code = NullIfEmpty(s[1, 0].Trim().ToUpperInvariant());
        if (code is null)
        {
            return;
        }

        if (_consignment is null)
        {
            switch (s[0])
            {
                case "60" or "87" or "11" or "153":
                    _voyage.PortOfCall = code;
                    break;
                case "5" or "125" or "9":
                    _voyage.LastPort = code;
                    break;
                case "61":
                    _voyage.NextPort = code;
                    break;
                default:
                    break;
            }

            return;
        }

        switch (s[0])
        {
            case "9":
                _consignment.PortOfLoading = code;
                break;
            case "11":
                _consignment.PortOfDischarge = code;
                break;
            case "13":
                if (!_consignment.Transshipments.Contains(code, StringComparer.Ordinal))
                {
                    _consignment.Transshipments.Add(code);
                }

                break;
            case "7":
                _consignment.PlaceOfDelivery = code;
                break;
            case "8":
                _consignment.Destination = code;
                break;
            case "88" or "76" or "5":
                _consignment.Origin = code;
                break;
            default:
                break;
        }
    }

    private void ReadParty(EdifactSegment s)
    {
        var qualifier = s[0];
        var party = new CargoParty
        {
            Name = NullIfEmpty(string.Join(' ', s.Components(3).Where(c => c.Length > 0))) ?? NullIfEmpty(s[2, 0]),
        };
        if (s[1, 0].Length > 0)
        {
            party.Identifiers.Add(new PartyIdentifier(CuscarCodes.IdentifierScheme(s[1, 1], s[1, 2]), s[1, 0]));
        }

        var street = NullIfEmpty(string.Join(' ', s.Components(4).Where(c => c.Length > 0)));
        if (street is not null || s[5].Length > 0 || s[6].Length > 0 || s[7].Length > 0 || s[8].Length > 0)
        {
            party.Address = new CargoAddress
            {
                Street = street,
                City = NullIfEmpty(s[5]),
                Region = NullIfEmpty(s[6]),
                PostalCode = NullIfEmpty(s[7]),
                Country = NullIfEmpty(s[8]),
            };
        }

        if (_consignment is null)
        {
            // The header's parties: the carrier names the line; the others (message sender, agents) have no place.
            if (qualifier == "CA")
            {
                _voyage.Carrier ??= NullIfEmpty(s[1, 0]);
                _voyage.CarrierName ??= party.Name;
            }

            _party = null;
            return;
        }

        var role = CuscarCodes.Role(qualifier);
        if (role is null)
        {
            _result.Diagnostics.Add(s.Problem(Severity.Warning, "cuscar.party-role", $"NAD qualifier '{qualifier}' is no party role CUSCAR defines for a bill; kept as 'other'"));
            role = "other";
        }

        party.Role = role;
        _consignment.Parties.Add(party);
        _party = party;
    }

    private void ReadContact(EdifactSegment s)
    {
        if (_party is null)
        {
            return;
        }

        switch (s[0, 1])
        {
            case "TE":
                _party.Phone ??= NullIfEmpty(s[0, 0]);
                break;
            case "EM":
                _party.Email ??= NullIfEmpty(s[0, 0]);
                break;
            default:
                break;
        }
    }

    /// <param name="cniNumber">CNI's document number (C503 1004); null for a consignment opened without CNI.</param>
    private void StartConsignment(string? cniNumber)
    {
        _cniNumber = cniNumber;
        _masterBill = null;
        _houseBill = null;
        _consignment = new Consignment { Number = _cniNumber };
        _result.Consignments.Add(_consignment);
        _goods = null;
        _equipment = null;
        _party = null;
        _context = Context.Consignment;
    }

    private Consignment Current(EdifactSegment s)
    {
        if (_consignment is null)
        {
            // A bill's segment before any CNI: kept in a consignment of its own rather than lost.
            _result.Diagnostics.Add(s.Problem(Severity.Warning, "cuscar.no-cni", $"{s.Tag} before any CNI; read into a consignment without a number"));
            StartConsignment(null);
        }

        return _consignment!;
    }

    private void StartGoods(EdifactSegment s)
    {
        var consignment = Current(s);
        _goods = new GoodsItem
        {
            Sequence = CargoUnits.ParseCount(s[0]),
            Packages = CargoUnits.ParseCount(s[1, 0]),
            PackageType = NullIfEmpty(s[1, 1]),
        };
        if (s[1, 0].Length > 0 && _goods.Packages is null)
        {
            _result.Diagnostics.Add(s.Problem(Severity.Warning, "cuscar.number", $"package count '{s[1, 0]}' is not a whole number"));
        }

        consignment.Goods.Add(_goods);
        _equipment = null;
        _context = Context.Goods;
    }

    private void StartEquipment(EdifactSegment s)
    {
        var equipment = new Equipment
        {
            Number = NullIfEmpty(s[1, 0]),
            SizeType = NullIfEmpty(s[2, 0]),
            Loading = s[5] switch
            {
                "5" => "full",
                "4" => "empty",
                _ => null,
            },
        };
        if (ContainerNumber.Check(equipment, s[0] == "CN", s.Problem) is { } problem)
        {
            _result.Diagnostics.Add(problem);
        }

        if (_consignment is null)
        {
            _headerEquipment.Add(equipment);
        }
        else
        {
            _consignment.Equipment.Add(equipment);
        }

        _equipment = equipment;
        _context = Context.Equipment;
    }

    private void ReadText(EdifactSegment s)
    {
        var text = NullIfEmpty(string.Join(' ', s.Components(3).Where(c => c.Length > 0)).Trim());
        if (text is null)
        {
            return;
        }

        if (s[0] == "AAA" && _context == Context.Goods && _goods is not null)
        {
            _goods.Description = _goods.Description is null ? text : _goods.Description + " " + text;
        }
        else if (_consignment is not null)
        {
            _consignment.Remarks.Add(s[0].Length > 0 ? $"{s[0]}: {text}" : text);
        }
    }

    private void ReadCommodity(EdifactSegment s)
    {
        if (_goods is null || _context != Context.Goods)
        {
            return;
        }

        // C212 repeats up to five times; the first coded as HS (or uncoded) is the commodity.
        for (var e = 1; e < s.ElementCount; e++)
        {
            if (s[e, 1] is "HS" or "" && s[e, 0].Length > 0)
            {
                var code = HsNomenclature.DeclaredCode(s[e, 0]);
                if (code is null)
                {
                    _result.Diagnostics.Add(s.Problem(Severity.Warning, "cuscar.hs-code", $"HS code '{s[e, 0]}' is not 6 to 10 digits"));
                }

                _goods.HsCode = code;
                return;
            }
        }
    }

    private void ReadMeasure(EdifactSegment s)
    {
        if (_context == Context.Equipment || _consignment is null)
        {
            return; // tare and gross of a container, or of the vessel: no place in the shape
        }

        var unit = s[2, 0];
        var amount = CargoUnits.ParseNumber(s[2, 1], commaMark: true);
        if (amount is null)
        {
            _result.Diagnostics.Add(s.Problem(Severity.Warning, "cuscar.number", $"measure '{s[2, 1]}' is not a number below 10^15"));
            return;
        }

        // Recommendation 20 codes only: the Cargo-IMP letters are no EDIFACT units.
        var (kind, factor) = CargoUnits.Unit(unit, letters: false);
        var dimension = s[1, 0];
        if (kind == MeasureKind.Unknown)
        {
            _result.Diagnostics.Add(s.Problem(Severity.Warning, "cuscar.unit", $"unit '{unit}' is neither a weight nor a volume; measure ignored"));
            return;
        }

        // 6313: G, AAD (total gross weight), WT or none are the gross figures the shape keeps; AAB is the
        // gross weight of one package, times the goods item's packages. Net weights (AAL, N) and other
        // dimensions are not kept.
        if (kind == MeasureKind.Weight && dimension == "AAB")
        {
            if (_context != Context.Goods || _goods?.Packages is not > 0)
            {
                _result.Diagnostics.Add(s.Problem(Severity.Warning, "cuscar.unit-weight", "a gross weight per package (AAB) without a goods item's number of packages; measure ignored"));
                return;
            }

            amount *= _goods.Packages.Value;
        }
        else if (kind == MeasureKind.Weight && dimension is not ("G" or "AAD" or "WT" or ""))
        {
            return;
        }

        var converted = amount.Value * factor;
        if (factor != 1m)
        {
            _result.Diagnostics.Add(s.Problem(Severity.Warning, "cargo.unit-converted", $"{amount.Value.ToString(CultureInfo.InvariantCulture)} {unit} read as {converted.ToString(CultureInfo.InvariantCulture)} {(kind == MeasureKind.Weight ? "kg" : "m³")}"));
        }

        if (_context == Context.Goods && _goods is not null)
        {
            if (kind == MeasureKind.Weight)
            {
                _goods.GrossWeightKg = converted;
            }
            else
            {
                _goods.VolumeM3 = converted;
            }
        }
        else if (kind == MeasureKind.Weight)
        {
            _consignment.GrossWeightKg = converted;
        }
        else
        {
            _consignment.VolumeM3 = converted;
        }
    }

    private void ReadAmount(EdifactSegment s)
    {
        if (_consignment is null)
        {
            return;
        }

        var amount = CargoUnits.ParseNumber(s[0, 1], commaMark: true);
        if (amount is null)
        {
            _result.Diagnostics.Add(s.Problem(Severity.Warning, "cuscar.number", $"amount '{s[0, 1]}' is not a number below 10^15"));
            return;
        }

        var money = new Money(amount.Value, NullIfEmpty(s[0, 2].ToUpperInvariant()));
        if (_context == Context.Goods && _goods is not null)
        {
            _goods.Value = money;
        }
        else if (s[0, 0] is "40" or "43")
        {
            _consignment.CustomsValue = money;
        }
        else
        {
            _consignment.DeclaredValue = money;
        }
    }

    private void ReadFreightTerms(EdifactSegment s)
    {
        if (_consignment is null)
        {
            return;
        }

        // CPI: 4237 (element 3) prepaid/collect, else 4215 in C231; TOD: 4215 in element 2, Incoterms in C100.
        var terms = s.Tag == "CPI"
            ? CuscarCodes.FreightTerms(s[2]) ?? CuscarCodes.FreightTerms(s[1, 0])
            : CuscarCodes.FreightTerms(s[1]);
        _consignment.FreightTerms = terms ?? _consignment.FreightTerms;
        if (s.Tag == "TOD" && s[2, 0].Length > 0)
        {
            _consignment.Remarks.Add($"Incoterms: {s[2, 0]}");
        }
    }

    private void Finish(EdifactSegment header)
    {
        if (!_sawBgm)
        {
            _result.Diagnostics.Add(header.Problem(Severity.Warning, "cuscar.no-bgm", "the message has no BGM: its document type and function are unknown; read as an original manifest"));
        }

        if (!_sawTdt)
        {
            _result.Diagnostics.Add(header.Problem(Severity.Error, "cuscar.no-voyage", "the message has no TDT: the vessel and voyage are unknown"));
        }

        _result.Voyage = _voyage;
        var shared = new Dictionary<string, Equipment>(StringComparer.Ordinal);
        foreach (var equipment in _headerEquipment)
        {
            if (equipment.Number is { } number)
            {
                shared.TryAdd(number, equipment);
            }
        }

        for (var i = 0; i < _result.Consignments.Count; i++)
        {
            var consignment = _result.Consignments[i];
            if (consignment.Number is null)
            {
                _result.Diagnostics.Add(header.Problem(Severity.Warning, "cuscar.no-bill-number", $"consignment {(i + 1).ToString(CultureInfo.InvariantCulture)} has no bill of lading number (RFF+BM or CNI)"));
            }

            // CUSCAR declares packages per goods item only: the bill's pieces are their sum, when every item gives them.
            if (consignment.Goods.Count > 0 && consignment.Goods.All(g => g.Packages is not null))
            {
                consignment.Pieces = consignment.Goods.Sum(g => (long)g.Packages!.Value) is var total and <= int.MaxValue ? (int)total : null;
            }

            // Containers listed once for the vessel (the header's EQD) go to the bills whose goods are stowed in them.
            foreach (var number in consignment.Goods.SelectMany(g => g.Containers).Distinct(StringComparer.Ordinal))
            {
                if (shared.TryGetValue(number, out var equipment) && !consignment.Equipment.Any(e => string.Equals(e.Number, number, StringComparison.Ordinal)))
                {
                    consignment.Equipment.Add(equipment);
                }
            }
        }

        if (_result.Function != "cancellation" && _result.Consignments.Count == 0 && _sawTdt)
        {
            _result.Diagnostics.Add(header.Problem(Severity.Warning, "cuscar.no-consignment", "the manifest lists no consignment (CNI)"));
        }
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
