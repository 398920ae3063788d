using System.Globalization;

namespace Portcullis.Formats.Cuscar;

/// <summary>
/// Numbers and measures as CUSCAR sends them (MEA, MOA, GID): decimals with '.' or ',' as the UNA
/// decimal mark allows, weights and volumes in the UN/ECE Recommendation 20 units the normalized shape
/// converts to kilograms and cubic metres.
/// </summary>
internal static class CuscarMeasures
{
    public enum Kind
    {
        Unknown,
        Weight,
        Volume,
    }

    /// <summary>A decimal as sent; null when it is not one.</summary>
    public static decimal? Decimal(string text)
    {
        text = text.Trim().Replace(',', '.');
        return text.Length > 0 && text.Length <= 30 &&
            decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    /// <summary>What a unit measures and the factor to kilograms or cubic metres; Unknown for other units.</summary>
    public static (Kind Kind, decimal Factor) Unit(string code) => code.ToUpperInvariant() switch
    {
        "KGM" or "KG" => (Kind.Weight, 1m),
        "TNE" or "TON" => (Kind.Weight, 1000m),
        "GRM" => (Kind.Weight, 0.001m),
        "LBR" or "LB" => (Kind.Weight, 0.45359237m),
        "MTQ" or "M3" or "CBM" => (Kind.Volume, 1m),
        "LTR" => (Kind.Volume, 0.001m),
        "FTQ" => (Kind.Volume, 0.028316846592m),
        _ => (Kind.Unknown, 0m),
    };
}
