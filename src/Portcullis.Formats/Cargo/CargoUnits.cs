using System.Globalization;

namespace Portcullis.Formats.Cargo;

/// <summary>What a unit of measure measures.</summary>
public enum MeasureKind
{
    Unknown,
    Weight,
    Volume,
}

/// <summary>
/// Weights to kilograms and volumes to cubic metres for every cargo reader: the UN/ECE Recommendation 20
/// codes CUSCAR and Cargo-XML send (KGM, TNE, GRM, LBR; MTQ, CMQ, DMQ, LTR, FTQ, INQ), the short forms
/// senders use for them (KG, TON, LB, M3, CBM) and the Cargo-IMP letters (K, L; MC, CC, DM, CF, CI).
/// One table so that a unit means the same in every format. A conversion keeps the original in a
/// warning so that nothing sent is lost.
/// </summary>
public static class CargoUnits
{
    private const decimal KgPerPound = 0.45359237m;

    // Letters is true for the Cargo-IMP one- and two-letter units: they are no Recommendation 20 codes
    // and some clash with one (MC is the microgram there), so EDIFACT does not take them.
    private static readonly Dictionary<string, (MeasureKind Kind, decimal Factor, string Symbol, bool Letters)> Units =
        new(StringComparer.Ordinal)
        {
            ["KGM"] = (MeasureKind.Weight, 1m, "kg", false),
            ["KG"] = (MeasureKind.Weight, 1m, "kg", false),
            ["K"] = (MeasureKind.Weight, 1m, "kg", true),
            ["TNE"] = (MeasureKind.Weight, 1000m, "t", false),
            ["TON"] = (MeasureKind.Weight, 1000m, "t", false),
            ["GRM"] = (MeasureKind.Weight, 0.001m, "g", false),
            ["LBR"] = (MeasureKind.Weight, KgPerPound, "lb", false),
            ["LB"] = (MeasureKind.Weight, KgPerPound, "lb", false),
            ["L"] = (MeasureKind.Weight, KgPerPound, "lb", true),
            ["MTQ"] = (MeasureKind.Volume, 1m, "m3", false),
            ["M3"] = (MeasureKind.Volume, 1m, "m3", false),
            ["CBM"] = (MeasureKind.Volume, 1m, "m3", false),
            ["MC"] = (MeasureKind.Volume, 1m, "m3", true),
            ["CMQ"] = (MeasureKind.Volume, 0.000001m, "cm3", false),
            ["CC"] = (MeasureKind.Volume, 0.000001m, "cm3", true),
            ["DMQ"] = (MeasureKind.Volume, 0.001m, "dm3", false),
            ["LTR"] = (MeasureKind.Volume, 0.001m, "l", false),
            ["DM"] = (MeasureKind.Volume, 0.001m, "dm3", true),
            ["FTQ"] = (MeasureKind.Volume, 0.028316846592m, "ft3", false),
            ["CF"] = (MeasureKind.Volume, 0.028316846592m, "ft3", true),
            ["INQ"] = (MeasureKind.Volume, 0.000016387064m, "in3", false),
            ["CI"] = (MeasureKind.Volume, 0.000016387064m, "in3", true),
        };

    /// <summary>
    /// What a unit measures and its factor to kilograms or cubic metres; Unknown (factor 0) for other
    /// units, and for the Cargo-IMP letters unless <paramref name="letters"/> allows them.
    /// </summary>
    public static (MeasureKind Kind, decimal Factor) Unit(string? code, bool letters = true) =>
        Find(code, letters) is { } unit ? (unit.Kind, unit.Factor) : (MeasureKind.Unknown, 0m);

    /// <summary>
    /// A decimal as sent, with '.' as the decimal mark and an optional leading sign; null when it is not
    /// one. <paramref name="commaMark"/> also takes ',' as the mark: EDIFACT allows either (its UNA
    /// decimal notation), while in Cargo-XML and Cargo-IMP a comma is no decimal mark and "1,000" must not
    /// be read as one.
    /// </summary>
    public static decimal? ParseNumber(string? text, bool commaMark = false)
    {
        text = text?.Trim();
        if (commaMark)
        {
            text = text?.Replace(',', '.');
        }

        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && Math.Abs(value) < Largest
            ? value
            : null;
    }

    /// <summary>
    /// No number on a cargo document reaches 10^15: one that does is not read, as text that is no number
    /// is not, so that the readers' conversions and sums of what they read stay within decimal's range.
    /// What is plausible is narrower, and checked after reading (<see cref="CargoPlausibility"/>).
    /// </summary>
    public const decimal Largest = 1_000_000_000_000_000m;

    public static int? ParseCount(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Kilograms from a weight in the unit given (none: kilograms); null (and a warning) for an unknown unit.</summary>
    public static decimal? ToKilograms(decimal value, string? unit, List<Diagnostic> diagnostics, int? line, string field) =>
        Convert(value, unit, MeasureKind.Weight, diagnostics, line, field);

    /// <summary>Cubic metres from a volume in the unit given (none: cubic metres); null (and a warning) for an unknown unit.</summary>
    public static decimal? ToCubicMetres(decimal value, string? unit, List<Diagnostic> diagnostics, int? line, string field) =>
        Convert(value, unit, MeasureKind.Volume, diagnostics, line, field);

    // The air readers round kilograms to 3 decimals and cubic metres to 6, as docs/formats/air-waybills.md
    // promises (CUSCAR keeps the exact product); the warnings keep the wording that document quotes: a
    // weight names its unit by symbol ("441.0 lb"), a volume as sent.
    private static decimal? Convert(decimal value, string? unit, MeasureKind kind, List<Diagnostic> diagnostics, int? line, string field)
    {
        var weight = kind == MeasureKind.Weight;
        var what = weight ? "weight" : "volume";
        var found = string.IsNullOrWhiteSpace(unit) ? Units[weight ? "KGM" : "MTQ"] : Find(unit, letters: true);
        if (found is not { } known || known.Kind != kind)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.unit-unknown", $"{what} {Invariant(value)} in unknown unit '{unit}' not read", Line: line, Field: field));
            return null;
        }

        if (known.Factor == 1m)
        {
            return value;
        }

        var converted = Math.Round(value * known.Factor, weight ? 3 : 6);
        diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.unit-converted",
            $"{what} {Invariant(value)} {(weight ? known.Symbol : unit)} converted to {Invariant(converted)} {(weight ? "kg" : "m3")}", Line: line, Field: field));
        return converted;
    }

    private static (MeasureKind Kind, decimal Factor, string Symbol, bool Letters)? Find(string? code, bool letters) =>
        code is not null && Units.TryGetValue(code.Trim().ToUpperInvariant(), out var unit) && (letters || !unit.Letters) ? unit : null;

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
