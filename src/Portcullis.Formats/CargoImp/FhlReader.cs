using Portcullis.Domain.Reference;
using Portcullis.Formats.Cargo;

namespace Portcullis.Formats.CargoImp;

/// <summary>
/// One FHL (consolidation list) message: the master (MBI) and its houses, one house-air-waybill
/// consignment per HBS line with the lines after it (TXT description, HTS tariff codes, OCI, SHP, CNE,
/// CVD) until the next HBS. HBS: "HBS/house/originDestination/pieces/K weight/SLAC/description/SHC...".
/// </summary>
internal static class FhlReader
{
    public static void Read(List<ImpLine> lines, CargoMessage message)
    {
        var diagnostics = message.Diagnostics;
        var master = new Consignment { Kind = "master-air-waybill" };
        var mbi = lines.Find(l => l.Tag == "MBI");
        if (mbi is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, "cargo.imp-missing", "no MBI line: the houses have no master", Line: lines.Count > 0 ? lines[0].Number : null, Field: "MBI"));
        }
        else
        {
            ImpQuantity.Read(mbi.Text, master, diagnostics, mbi.Number, "MBI");
        }

        Consignment? house = null;
        foreach (var line in lines)
        {
            switch (line.Tag)
            {
                case "MBI":
                    break;
                case "HBS":
                    house = House(line, master, diagnostics);
                    message.Consignments.Add(house);
                    break;
                case "TXT" when house is not null:
                    var text = string.Join("\n", new[] { line.Text }.Concat(line.Continuations.Select(c => c.Text)).Select(t => t.Trim()).Where(t => t.Length > 0));
                    Goods(house).Description = text;
                    break;
                case "HTS" or "HS" when house is not null:
                    foreach (var code in new[] { (line.Number, line.Text) }.Concat(line.Continuations).SelectMany(c => c.Text.Split('/').Select(f => (c.Number, Code: f.Trim()))).Where(c => c.Code.Length > 0))
                    {
                        var hs = HsNomenclature.DeclaredCode(code.Code);
                        if (hs is null)
                        {
                            diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.hs-code", $"'{code.Code}' is not an HS code (6 to 10 digits)", Line: code.Number, Field: line.Tag));
                        }
                        else if (Goods(house).HsCode is null)
                        {
                            Goods(house).HsCode = hs;
                        }
                        else
                        {
                            house.Goods.Add(new GoodsItem { Sequence = house.Goods.Count + 1, HsCode = hs });
                        }
                    }

                    break;
                default:
                    if (house is null)
                    {
                        diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.imp-unplaced", $"line '{line.Tag}' comes before any HBS house and is ignored", Line: line.Number, Field: line.Tag));
                    }
                    else if (!ImpCommon.Read(line, house, diagnostics))
                    {
                        diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.imp-unknown-line", $"line '{line.Tag}' is not an FHL line; kept as a remark", Line: line.Number, Field: line.Tag));
                        house.Remarks.Add(line.Tag + "/" + line.Text);
                    }

                    break;
            }
        }

        if (message.Consignments.Count == 0)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.imp-missing", "the consolidation list has no HBS house", Line: mbi?.Number, Field: "HBS"));
        }
    }

    private static Consignment House(ImpLine line, Consignment master, List<Diagnostic> diagnostics)
    {
        var fields = line.Fields;
        var house = new Consignment
        {
            Kind = "house-air-waybill",
            Number = ImpParties.At(fields, 0),
            MasterNumber = master.Number,
        };
        if (house.Number is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, "cargo.imp-missing", "HBS gives no house waybill number", Line: line.Number, Field: "HBS"));
        }

        var route = ImpParties.At(fields, 1);
        if (route is { Length: 6 } && route.All(char.IsAsciiLetterUpper))
        {
            house.Origin = route[..3];
            house.Destination = route[3..];
        }
        else
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.imp-route", $"HBS origin and destination '{route}' are not two airport codes", Line: line.Number, Field: "HBS"));
        }

        house.Pieces = CargoUnits.ParseCount(ImpParties.At(fields, 2));
        var weight = ImpParties.At(fields, 3);
        if (weight is { Length: > 1 } && weight[0] is 'K' or 'L' && CargoUnits.ParseNumber(weight[1..]) is { } value)
        {
            house.GrossWeightKg = CargoUnits.ToKilograms(value, weight[..1], diagnostics, line.Number, "HBS");
        }
        else
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.imp-quantity", $"HBS pieces '{ImpParties.At(fields, 2)}' and weight '{weight}' are not a count and a K or L weight", Line: line.Number, Field: "HBS"));
        }

        var description = ImpParties.At(fields, 5);
        if (description is not null)
        {
            house.Goods.Add(new GoodsItem { Sequence = 1, Description = description, Packages = house.Pieces, GrossWeightKg = house.GrossWeightKg });
        }

        foreach (var code in fields.Skip(6).Select(f => f.Trim()).Where(f => f.Length > 0))
        {
            house.SpecialHandling.Add(code);
        }

        if (master.Pieces is not null || master.GrossWeightKg is not null)
        {
            house.Remarks.Add($"master {master.Number}: {master.Origin}-{master.Destination}, {master.Pieces?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} pieces, {master.GrossWeightKg?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} kg");
        }

        return house;
    }

    private static GoodsItem Goods(Consignment house)
    {
        if (house.Goods.Count == 0)
        {
            house.Goods.Add(new GoodsItem { Sequence = 1, Packages = house.Pieces, GrossWeightKg = house.GrossWeightKg });
        }

        return house.Goods[0];
    }
}
