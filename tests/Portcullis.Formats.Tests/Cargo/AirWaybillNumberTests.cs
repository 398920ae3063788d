using Portcullis.Formats.Cargo;

namespace Portcullis.Formats.Tests.Cargo;

public sealed class AirWaybillNumberTests
{
    [Theory]
    [InlineData("115-12345675")]
    [InlineData("11512345675")]
    [InlineData("115 1234 5675")]
    [InlineData(" 115-1234 5675 ")]
    public void Parse_AnyUsualSpelling_GivesPrefixAndSerial(string text)
    {
        var number = AirWaybillNumber.TryParse(text);

        Assert.NotNull(number);
        Assert.Equal("115", number.Prefix);
        Assert.Equal("12345675", number.Serial);
        Assert.Equal("115-12345675", number.ToString());
        Assert.True(number.CheckDigitValid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("115-1234567")]
    [InlineData("115-123456750")]
    [InlineData("ABC-12345675")]
    [InlineData("115/12345675")]
    public void Parse_NotElevenDigits_IsNull(string? text) => Assert.Null(AirWaybillNumber.TryParse(text));

    [Theory]
    [InlineData("888-11111111", true)]
    [InlineData("020-12345675", true)]
    [InlineData("157-34567890", true)]
    [InlineData("115-23456786", true)]
    [InlineData("115-00000000", true)]
    [InlineData("115-12345670", false)]
    [InlineData("157-34567891", false)]
    public void CheckDigit_IsTheFirstSevenModuloSeven(string text, bool valid) =>
        Assert.Equal(valid, AirWaybillNumber.TryParse(text)!.CheckDigitValid);

    [Fact]
    public void Apply_WrongCheckDigit_MarksInvalidAndWarnsWithTheExpectedDigit()
    {
        var consignment = new Consignment();
        var diagnostics = new List<Diagnostic>();

        AirWaybillNumber.Apply(consignment, "115 1234 5670", diagnostics, 7, "AWB");

        Assert.Equal("115-12345670", consignment.Number);
        Assert.False(consignment.NumberValid);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("cargo.awb-check-digit", warning.Code);
        Assert.Contains("115-12345670", warning.Message, StringComparison.Ordinal);
        Assert.Contains("gives 5", warning.Message, StringComparison.Ordinal);
        Assert.Equal(7, warning.Line);
    }

    [Fact]
    public void Apply_ValidNumber_MarksValidWithoutDiagnostic()
    {
        var consignment = new Consignment();
        var diagnostics = new List<Diagnostic>();

        AirWaybillNumber.Apply(consignment, "11512345675", diagnostics, null, "ID");

        Assert.Equal("115-12345675", consignment.Number);
        Assert.True(consignment.NumberValid);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Apply_NotAnAwbNumber_KeepsItAsSentWithAWarning()
    {
        var consignment = new Consignment();
        var diagnostics = new List<Diagnostic>();

        AirWaybillNumber.Apply(consignment, "8112345678", diagnostics, 3, "ID");

        Assert.Equal("8112345678", consignment.Number);
        Assert.Null(consignment.NumberValid);
        Assert.Equal("cargo.awb-number", Assert.Single(diagnostics).Code);
    }
}
