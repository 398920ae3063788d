using Portcullis.Formats.Cargo;

namespace Portcullis.Formats.Tests.Cargo;

public sealed class CargoUnitsTests
{
    // Every unit CUSCAR or the air readers took before the one table, with the factor each gave.
    [Theory]
    [InlineData("KGM", MeasureKind.Weight, "1")]
    [InlineData("KG", MeasureKind.Weight, "1")]
    [InlineData("K", MeasureKind.Weight, "1")]
    [InlineData("TNE", MeasureKind.Weight, "1000")]
    [InlineData("TON", MeasureKind.Weight, "1000")]
    [InlineData("GRM", MeasureKind.Weight, "0.001")]
    [InlineData("LBR", MeasureKind.Weight, "0.45359237")]
    [InlineData("LB", MeasureKind.Weight, "0.45359237")]
    [InlineData("L", MeasureKind.Weight, "0.45359237")]
    [InlineData("MTQ", MeasureKind.Volume, "1")]
    [InlineData("M3", MeasureKind.Volume, "1")]
    [InlineData("CBM", MeasureKind.Volume, "1")]
    [InlineData("MC", MeasureKind.Volume, "1")]
    [InlineData("CMQ", MeasureKind.Volume, "0.000001")]
    [InlineData("CC", MeasureKind.Volume, "0.000001")]
    [InlineData("DMQ", MeasureKind.Volume, "0.001")]
    [InlineData("LTR", MeasureKind.Volume, "0.001")]
    [InlineData("DM", MeasureKind.Volume, "0.001")]
    [InlineData("FTQ", MeasureKind.Volume, "0.028316846592")]
    [InlineData("CF", MeasureKind.Volume, "0.028316846592")]
    [InlineData("INQ", MeasureKind.Volume, "0.000016387064")]
    [InlineData("CI", MeasureKind.Volume, "0.000016387064")]
    [InlineData("ftq", MeasureKind.Volume, "0.028316846592")]
    public void Unit_EveryUnitEitherReaderTook_KindAndFactor(string code, MeasureKind kind, string factor) =>
        CargoUnits.Unit(code).ShouldBe((kind, decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("K")]
    [InlineData("L")]
    [InlineData("MC")]
    [InlineData("XYZ")]
    [InlineData("")]
    [InlineData(null)]
    public void Unit_CargoImpLetterOrUnknown_UnknownForEdifact(string? code) =>
        CargoUnits.Unit(code, letters: false).ShouldBe((MeasureKind.Unknown, 0m));

    [Fact]
    public void ToKilograms_Pounds_ConvertedWithTheSameWarning()
    {
        var diagnostics = new List<Diagnostic>();

        CargoUnits.ToKilograms(441.0m, "LBR", diagnostics, 3, "RTD").ShouldBe(200.034m);

        diagnostics.Single().Code.ShouldBe("cargo.unit-converted");
        diagnostics.Single().Message.ShouldBe("weight 441.0 lb converted to 200.034 kg");
    }

    [Theory]
    [InlineData("TNE", "2.5", "2500")]
    [InlineData("GRM", "1500", "1.5")]
    [InlineData(null, "12.5", "12.5")]
    public void ToKilograms_OtherWeights_Kilograms(string? unit, string value, string expected) =>
        CargoUnits.ToKilograms(Parse(value), unit, [], null, "f").ShouldBe(Parse(expected));

    [Theory]
    [InlineData("CMQ", "1000000", "1")]
    [InlineData("INQ", "1000", "0.016387")]
    [InlineData("LTR", "250", "0.25")]
    [InlineData("FTQ", "100", "2.831685")]
    [InlineData(" mtq ", "3", "3")]
    public void ToCubicMetres_Volumes_CubicMetres(string? unit, string value, string expected) =>
        CargoUnits.ToCubicMetres(Parse(value), unit, [], null, "f").ShouldBe(Parse(expected));

    [Fact]
    public void ToKilograms_VolumeUnit_UnknownNotRead()
    {
        var diagnostics = new List<Diagnostic>();

        CargoUnits.ToKilograms(5m, "MTQ", diagnostics, null, "f").ShouldBeNull();

        diagnostics.Single().Code.ShouldBe("cargo.unit-unknown");
    }

    [Theory]
    [InlineData("12.5", false, "12.5")]
    [InlineData(" -3 ", false, "-3")]
    [InlineData("12,5", true, "12.5")]
    public void ParseNumber_Decimals_Read(string text, bool commaMark, string expected) =>
        CargoUnits.ParseNumber(text, commaMark).ShouldBe(Parse(expected));

    [Theory]
    [InlineData("12,5", false)]
    [InlineData("1,000", false)]
    [InlineData("12,5x", true)]
    [InlineData("", true)]
    [InlineData("1e5", false)]
    public void ParseNumber_NotANumber_Null(string text, bool commaMark) =>
        CargoUnits.ParseNumber(text, commaMark).ShouldBeNull();

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
