using Portcullis.Domain.Reference;
using Portcullis.Formats.Cargo;

namespace Portcullis.Formats.CargoImp;

/// <summary>
/// Rate description lines: "RTD/1/P10/K125.5/CQ/W126/R4.5/T567" (item, pieces, gross weight, rate class,
/// chargeable weight, rate, total) with continuations /NG/ goods, /NC/ consolidation, /NH/ harmonised
/// commodity code, /NV/ volume, /ND/ dimensions, /NU/ ULD, /NS/ SLAC, /NO/ service code.
/// </summary>
internal static class ImpGoods
{
    public static GoodsItem Rate(ImpLine line, List<Diagnostic> diagnostics)
    {
        var fields = line.Fields;
        var item = new GoodsItem { Sequence = CargoUnits.ParseCount(ImpParties.At(fields, 0)) };
        foreach (var field in fields.Skip(1).Select(f => f.Trim()).Where(f => f.Length > 1))
        {
            switch (field[0])
            {
                case 'P':
                    item.Packages = CargoUnits.ParseCount(field[1..]);
                    if (item.Packages is null)
                    {
                        diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.imp-rate", $"RTD pieces '{field}' are not a count", Line: line.Number, Field: "RTD"));
                    }

                    break;
                case 'K' or 'L':
                    var weight = CargoUnits.ParseNumber(field[1..]);
                    if (weight is null)
                    {
                        diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.imp-rate", $"RTD weight '{field}' is not a number below 10^15", Line: line.Number, Field: "RTD"));
                    }

                    item.GrossWeightKg = weight is null ? null : CargoUnits.ToKilograms(weight.Value, field[..1], diagnostics, line.Number, "RTD");
                    break;
            }
        }

        foreach (var (number, text) in line.Continuations)
        {
            var parts = text.Split('/', 2);
            var code = parts[0];
            var value = parts.Length > 1 ? parts[1].Trim() : "";
            switch (code)
            {
                case "NG" or "NC":
                    item.Description = item.Description is null ? value : item.Description + "\n" + value;
                    break;
                case "NH":
                    // FWB/16 sends one code per /NH/ line; a second one adds to the first's remarks.
                    var hs = HsNomenclature.DeclaredCode(value);
                    if (hs is null)
                    {
                        diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.hs-code", $"'{value}' is not an HS code (6 to 10 digits)", Line: number, Field: "RTD/NH"));
                    }
                    else
                    {
                        item.HsCode ??= hs;
                    }

                    break;
                case "NV" when value.Length > 2:
                    item.VolumeM3 = CargoUnits.ParseNumber(value[2..]) is { } volume ? CargoUnits.ToCubicMetres(volume, value[..2], diagnostics, number, "RTD/NV") : null;
                    break;
                case "NU":
                    item.Containers.Add(value);
                    break;
                case "ND" or "NS" or "NO":
                    break;
                default:
                    diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.imp-rate", $"RTD line '{text}' has an unknown identifier '{code}'", Line: number, Field: "RTD"));
                    break;
            }
        }

        return item;
    }
}
