using Portcullis.Formats.Cargo;

namespace Portcullis.Formats.CargoCsv;

/// <summary>
/// Gathers the rows of one bill of lading into a consignment: the first row gives the parties, route and
/// terms; every row adds a goods item and its container; totals are summed at the end.
/// </summary>
internal sealed class ConsignmentBuilder
{
    private static readonly string[] PartyRoles = ["shipper", "consignee", "notify"];

    private readonly Dictionary<string, string?> _firstValues = new(StringComparer.Ordinal);

    public ConsignmentBuilder(CargoCsvRow row, string blNumber)
    {
        foreach (var column in CargoCsvColumns.Consignment)
        {
            _firstValues[column] = row.Text(column);
        }

        Consignment = new Consignment
        {
            Kind = "bill-of-lading",
            Number = blNumber,
            MasterNumber = row.Code("master_number"),
            Origin = row.Location("origin", port: false),
            PortOfLoading = row.Location("port_of_loading", port: true),
            Transshipments = row.Ports("transshipments"),
            PortOfDischarge = row.Location("port_of_discharge", port: true),
            PlaceOfDelivery = row.Location("place_of_delivery", port: false),
            FreightTerms = FreightTerms(row),
            PaymentMethod = row.Text("payment_method")?.ToLowerInvariant(),
        };
        foreach (var role in PartyRoles)
        {
            if (Party(row, role) is { } party)
            {
                Consignment.Parties.Add(party);
            }
        }
    }

    public Consignment Consignment { get; }

    /// <summary>A later row of the same bill of lading that says something else: the first row's value stands.</summary>
    public void CheckSameAsFirst(CargoCsvRow row)
    {
        foreach (var (column, first) in _firstValues)
        {
            var value = row.Text(column);
            if (value is not null && !string.Equals(value, first, StringComparison.Ordinal))
            {
                row.Warn("cargo-csv.inconsistent-consignment", column,
                    $"'{value}' differs from '{first}' on the first row of bill of lading {Consignment.Number}; the first is kept");
            }
        }
    }

    public void AddGoods(CargoCsvRow row)
    {
        var value = row.Decimal("value");
        var currency = row.Code("currency");
        if (currency is not null && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)))
        {
            row.Warn("cargo-csv.bad-currency", "currency", $"'{currency}' is not an ISO 4217 code; kept as sent");
        }
        else if (value is not null && currency is null)
        {
            row.Warn("cargo-csv.missing-currency", "currency", "a value without a currency");
        }

        var description = row.Text("description");
        if (description is null)
        {
            row.Warn("cargo-csv.missing-description", "description", "the goods item has no description");
        }

        var item = new GoodsItem
        {
            Sequence = Consignment.Goods.Count + 1,
            Description = description,
            HsCode = row.HsCode("hs_code"),
            Packages = row.Integer("packages"),
            PackageType = row.Code("package_type"),
            GrossWeightKg = row.Decimal("gross_weight_kg"),
            VolumeM3 = row.Decimal("volume_m3"),
            Value = value is null ? null : new Money(value.Value, currency),
            Marks = row.Text("marks"),
            DangerousGoodsUnNumber = UnNumber(row),
        };
        if (AddContainer(row) is { } container)
        {
            item.Containers.Add(container);
        }

        Consignment.Goods.Add(item);
    }

    /// <summary>Sums over the goods items, only when every item gives the figure (a partial sum would mislead).</summary>
    public void Totalize()
    {
        var goods = Consignment.Goods;
        Consignment.Pieces = goods.All(g => g.Packages is not null) && goods.Sum(g => (long)g.Packages!.Value) is var pieces and <= int.MaxValue ? (int)pieces : null;
        Consignment.GrossWeightKg = goods.All(g => g.GrossWeightKg is not null) ? goods.Sum(g => g.GrossWeightKg) : null;
        Consignment.VolumeM3 = goods.All(g => g.VolumeM3 is not null) ? goods.Sum(g => g.VolumeM3) : null;
        var currencies = goods.Select(g => g.Value?.Currency).Distinct(StringComparer.Ordinal).ToList();
        if (goods.All(g => g.Value is not null) && currencies.Count == 1)
        {
            Consignment.CustomsValue = new Money(goods.Sum(g => g.Value!.Amount), currencies[0]);
        }
    }

    /// <summary>The row's container, added to the consignment's equipment on first sight; seals merged.</summary>
    private string? AddContainer(CargoCsvRow row)
    {
        var number = row.Code("container");
        if (number is null)
        {
            if (row.Text("seals") is not null || row.Text("container_size_type") is not null)
            {
                row.Warn("cargo-csv.seals-without-container", "container", "seals or a size and type but no container number");
            }

            return null;
        }

        var equipment = Consignment.Equipment.Find(e => string.Equals(e.Number, number, StringComparison.Ordinal));
        if (equipment is null)
        {
            var looksLikeContainer = ContainerNumber.IsWellFormed(number);
            equipment = new Equipment { Number = number, NumberValid = looksLikeContainer ? ContainerNumber.IsValid(number) : null };
            if (equipment.NumberValid == false)
            {
                row.Warn("cargo-csv.container-check-digit", "container", $"{number}: the ISO 6346 check digit is wrong; kept as sent");
            }
            else if (!looksLikeContainer)
            {
                row.Warn("cargo-csv.bad-container", "container", $"'{number}' is not an ISO 6346 container number (owner code, U/J/Z, 7 digits); kept as sent");
            }

            Consignment.Equipment.Add(equipment);
        }

        var sizeType = row.Code("container_size_type");
        if (sizeType is not null)
        {
            // Two characters of size and height, a type group letter and a digit (22G1, 45R1); "40HC" is
            // a line's shorthand, not ISO.
            if (sizeType.Length != 4 || !char.IsAsciiLetterUpper(sizeType[2]) || !char.IsAsciiDigit(sizeType[3]))
            {
                row.Warn("cargo-csv.bad-size-type", "container_size_type", $"'{sizeType}' is not an ISO 6346 size and type code (4 characters, e.g. 22G1); kept as sent");
            }

            if (equipment.SizeType is not null && !string.Equals(equipment.SizeType, sizeType, StringComparison.Ordinal))
            {
                row.Warn("cargo-csv.inconsistent-container", "container_size_type", $"{number} was {equipment.SizeType} on an earlier row; the first is kept");
            }

            equipment.SizeType ??= sizeType;
        }

        foreach (var seal in row.List("seals"))
        {
            if (!equipment.Seals.Contains(seal, StringComparer.Ordinal))
            {
                equipment.Seals.Add(seal);
            }
        }

        return number;
    }

    private static CargoParty? Party(CargoCsvRow row, string role)
    {
        var name = row.Text($"{role}_name");
        var street = row.Text($"{role}_address");
        var country = row.Country($"{role}_country");
        if (name is null && street is null && country is null)
        {
            return null;
        }

        return new CargoParty
        {
            Role = role,
            Name = name,
            Address = street is null && country is null ? null : new CargoAddress { Street = street, Country = country },
        };
    }

    /// <summary>prepaid or collect from the usual spellings (PP, P, CC, C, freight prepaid...); anything else kept, lower case, with a warning.</summary>
    private static string? FreightTerms(CargoCsvRow row)
    {
        var text = row.Text("freight_terms");
        if (text is null)
        {
            return null;
        }

        var key = text.ToUpperInvariant().Replace("FREIGHT", string.Empty, StringComparison.Ordinal).Trim();
        switch (key)
        {
            case "P" or "PP" or "PREPAID":
                return "prepaid";
            case "C" or "CC" or "COLLECT":
                return "collect";
            default:
                row.Warn("cargo-csv.unknown-freight-terms", "freight_terms", $"'{text}' is neither prepaid nor collect; kept as sent");
                return text.ToLowerInvariant();
        }
    }

    /// <summary>A UN number is four digits ("UN1263" or "1263").</summary>
    private static string? UnNumber(CargoCsvRow row)
    {
        var text = row.Code("un_number");
        if (text is null)
        {
            return null;
        }

        var digits = text.StartsWith("UN", StringComparison.Ordinal) ? text[2..] : text;
        if (digits.Length == 4 && digits.All(char.IsAsciiDigit))
        {
            return digits;
        }

        row.Warn("cargo-csv.bad-un-number", "un_number", $"'{text}' is not a UN number (4 digits); kept as sent");
        return text;
    }
}
