using System.Globalization;

namespace Portcullis.Formats.Cargo;

/// <summary>
/// Weights to kilograms and volumes to cubic metres, from the UN/ECE Recommendation 20 codes of
/// Cargo-XML (KGM, LBR; MTQ, CMQ, DMQ, FTQ, INQ) and the Cargo-IMP letters (K, L; MC, CF, CI, DM).
/// A conversion keeps the original in a warning so that nothing sent is lost.
/// </summary>
public static class CargoUnits
{
    private const decimal KgPerPound = 0.45359237m;

    public static decimal? ParseNumber(string? text) =>
        decimal.TryParse(text?.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static int? ParseCount(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Kilograms from a weight in the unit given; null (and a warning) for an unknown unit.</summary>
    public static decimal? ToKilograms(decimal value, string? unit, List<Diagnostic> diagnostics, int? line, string field)
    {
        switch (unit?.Trim().ToUpperInvariant())
        {
            case null or "" or "KGM" or "K":
                return value;
            case "LBR" or "L":
                var kg = Math.Round(value * KgPerPound, 3);
                diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.unit-converted",
                    $"weight {Invariant(value)} lb converted to {Invariant(kg)} kg", Line: line, Field: field));
                return kg;
            default:
                diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.unit-unknown", $"weight {Invariant(value)} in unknown unit '{unit}' not read", Line: line, Field: field));
                return null;
        }
    }

    /// <summary>Cubic metres from a volume in the unit given; null (and a warning) for an unknown unit.</summary>
    public static decimal? ToCubicMetres(decimal value, string? unit, List<Diagnostic> diagnostics, int? line, string field)
    {
        decimal? factor = unit?.Trim().ToUpperInvariant() switch
        {
            null or "" or "MTQ" or "MC" => 1m,
            "CMQ" or "CC" => 0.000001m,
            "DMQ" or "LTR" or "DM" => 0.001m,
            "FTQ" or "CF" => 0.028316846592m,
            "INQ" or "CI" => 0.000016387064m,
            _ => null,
        };
        if (factor is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.unit-unknown", $"volume {Invariant(value)} in unknown unit '{unit}' not read", Line: line, Field: field));
            return null;
        }

        if (factor == 1m)
        {
            return value;
        }

        var m3 = Math.Round(value * factor.Value, 6);
        diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.unit-converted",
            $"volume {Invariant(value)} {unit} converted to {Invariant(m3)} m3", Line: line, Field: field));
        return m3;
    }

    /// <summary>The HS code as digits only when it has 6 to 10 of them; null otherwise.</summary>
    public static string? HsCode(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var digits = new string([.. text.Where(c => c is not ('.' or ' ' or '-'))]);
        return digits.Length is >= 6 and <= 10 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
