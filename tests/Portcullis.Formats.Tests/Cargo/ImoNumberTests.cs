using Portcullis.Formats.Cargo;

namespace Portcullis.Formats.Tests.Cargo;

public sealed class ImoNumberTests
{
    [Theory]
    [InlineData("9074729")]
    [InlineData("IMO 9074729")]
    [InlineData("9351232")]
    [InlineData("9214563")]
    public void IsValid_RightCheckDigit_True(string number) => ImoNumber.IsValid(number).ShouldBeTrue();

    [Theory]
    [InlineData("9074728")]
    [InlineData("907472")]
    [InlineData("90747290")]
    [InlineData("90A4729")]
    [InlineData(null)]
    public void IsValid_WrongOrMalformed_False(string? number) => ImoNumber.IsValid(number).ShouldBeFalse();

    [Fact]
    public void Normalize_PrefixAndSpaces_Removed() => ImoNumber.Normalize("imo 907 4729").ShouldBe("9074729");

    [Fact]
    public void Check_WrongDigit_WarnsWithExpectedDigit()
    {
        var problem = ImoNumber.Check("9074728", (severity, code, message) => new Diagnostic(severity, code, message));

        problem.ShouldNotBeNull();
        problem.Code.ShouldBe("cargo.imo-check-digit");
        problem.Severity.ShouldBe(Severity.Warning);
        problem.Message.ShouldContain("9074728");
        problem.Message.ShouldContain("give 9");
    }
}
