using System.Text.RegularExpressions;
using Portcullis.Formats.Cargo;

namespace Portcullis.Formats.CargoImp;

/// <summary>
/// The waybill line of FWB and the MBI line of FHL: "176-12345675LHRJFK/T10K125.5MC1.2", that is the
/// AWB number, origin and destination airports, then the shipment description: T (total; P part, S split,
/// D density), pieces, weight code K or L and weight, and optionally a volume code (MC cubic metres,
/// CF cubic feet, CI cubic inches, DM... ) and volume.
/// </summary>
internal static partial class ImpQuantity
{
    [GeneratedRegex(@"^(?<awb>\d{3}[- ]?\d{4} ?\d{4})(?<org>[A-Z]{3})(?<dst>[A-Z]{3})(?:/(?<rest>.*))?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WaybillLine();

    [GeneratedRegex(@"^(?<code>[TPSD])(?<pieces>\d{1,5})(?:(?<wunit>[KL])(?<weight>\d{1,7}(?:\.\d{1,3})?))?(?:(?<vunit>MC|CF|CI|DM|CC)(?<volume>\d{1,9}(?:\.\d{1,6})?))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Description();

    /// <summary>Reads the line into the consignment; false (with an error) when it is not a waybill line.</summary>
    public static bool Read(string text, Consignment consignment, List<Diagnostic> diagnostics, int line, string field)
    {
        var match = WaybillLine().Match(text);
        if (!match.Success)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, "cargo.imp-waybill-line", $"'{text}' is not a waybill line (number, origin, destination, /T pieces, weight)", Line: line, Field: field));
            return false;
        }

        AirWaybillNumber.Apply(consignment, match.Groups["awb"].Value, diagnostics, line, field);
        consignment.Origin = match.Groups["org"].Value;
        consignment.Destination = match.Groups["dst"].Value;
        var rest = match.Groups["rest"];
        if (!rest.Success || rest.Value.Length == 0)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.imp-missing", "the waybill line gives no pieces or weight", Line: line, Field: field));
            return true;
        }

        ReadDescription(rest.Value, consignment, diagnostics, line, field);
        return true;
    }

    public static void ReadDescription(string text, Consignment consignment, List<Diagnostic> diagnostics, int line, string field)
    {
        var description = Description().Match(text);
        if (!description.Success)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.imp-quantity", $"'{text}' is not a shipment description (T, pieces, K or L weight)", Line: line, Field: field));
            return;
        }

        consignment.Pieces = CargoUnits.ParseCount(description.Groups["pieces"].Value);
        if (description.Groups["weight"].Success)
        {
            consignment.GrossWeightKg = CargoUnits.ToKilograms(CargoUnits.ParseNumber(description.Groups["weight"].Value) ?? 0, description.Groups["wunit"].Value, diagnostics, line, field);
        }

        if (description.Groups["volume"].Success)
        {
            consignment.VolumeM3 = CargoUnits.ToCubicMetres(CargoUnits.ParseNumber(description.Groups["volume"].Value) ?? 0, description.Groups["vunit"].Value, diagnostics, line, field);
        }

        if (description.Groups["code"].Value != "T")
        {
            consignment.Remarks.Add($"shipment description code {description.Groups["code"].Value} (not the total)");
        }
    }
}
