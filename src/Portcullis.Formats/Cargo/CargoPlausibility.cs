using System.Globalization;

namespace Portcullis.Formats.Cargo;

/// <summary>
/// The last step of every cargo reader (<see cref="CargoDataReader"/>): a figure no shipment has is
/// reported (<c>cargo.implausible</c>) and left out, the rest of the bill kept. What is stored then fits
/// its columns, and what targeting computes from it (value per kilogram, sums over goods lines) stays a
/// number and means something. A gross weight is 0 (not weighed) or 1 g to a million tonnes, more than
/// the largest ship carries; a volume at most ten million m³; an amount at most 10^13; pieces and
/// packages at most 10^8; nothing is negative.
/// </summary>
public static class CargoPlausibility
{
    private const decimal LightestKg = 0.001m;
    private const decimal HeaviestKg = 1_000_000_000m;
    private const decimal LargestM3 = 10_000_000m;
    private const decimal LargestAmount = 10_000_000_000_000m;
    private const int MostPieces = 100_000_000;

    public static void Check(CargoMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var consignment in message.Consignments)
        {
            var bill = "bill " + (consignment.Number ?? "without a number");
            consignment.GrossWeightKg = Weight(consignment.GrossWeightKg, bill, "grossWeightKg", message.Diagnostics);
            consignment.VolumeM3 = Volume(consignment.VolumeM3, bill, "volumeM3", message.Diagnostics);
            consignment.DeclaredValue = Amount(consignment.DeclaredValue, bill, "declaredValue", message.Diagnostics);
            consignment.CustomsValue = Amount(consignment.CustomsValue, bill, "customsValue", message.Diagnostics);
            consignment.Pieces = Count(consignment.Pieces, bill, "pieces", message.Diagnostics);
            foreach (var goods in consignment.Goods)
            {
                var line = bill + ", goods item " + (goods.Sequence?.ToString(CultureInfo.InvariantCulture) ?? "without a number");
                goods.GrossWeightKg = Weight(goods.GrossWeightKg, line, "goods.grossWeightKg", message.Diagnostics);
                goods.VolumeM3 = Volume(goods.VolumeM3, line, "goods.volumeM3", message.Diagnostics);
                goods.Value = Amount(goods.Value, line, "goods.value", message.Diagnostics);
                goods.Packages = Count(goods.Packages, line, "goods.packages", message.Diagnostics);
            }
        }
    }

    private static decimal? Weight(decimal? kg, string where, string field, List<Diagnostic> diagnostics) =>
        kg is not { } w || w == 0 || (w >= LightestKg && w <= HeaviestKg)
            ? kg
            : Implausible(where, field, $"gross weight {Show(w)} kg (1 g to 1,000,000 t)", diagnostics);

    private static decimal? Volume(decimal? m3, string where, string field, List<Diagnostic> diagnostics) =>
        m3 is not { } v || (v >= 0 && v <= LargestM3)
            ? m3
            : Implausible(where, field, $"volume {Show(v)} m³ (0 to 10,000,000 m³)", diagnostics);

    private static Money? Amount(Money? money, string where, string field, List<Diagnostic> diagnostics)
    {
        if (money is null || (money.Amount >= 0 && money.Amount <= LargestAmount))
        {
            return money;
        }

        Implausible(where, field, $"amount {Show(money.Amount)} {money.Currency} (0 to 10^13)", diagnostics);
        return null;
    }

    private static int? Count(int? count, string where, string field, List<Diagnostic> diagnostics)
    {
        if (count is not { } n || (n >= 0 && n <= MostPieces))
        {
            return count;
        }

        Implausible(where, field, $"{n.ToString(CultureInfo.InvariantCulture)} pieces (0 to 100,000,000)", diagnostics);
        return null;
    }

    private static decimal? Implausible(string where, string field, string what, List<Diagnostic> diagnostics)
    {
        diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.implausible", $"{where}: {what.TrimEnd()} is not a figure any shipment has; left out", Field: field));
        return null;
    }

    private static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
