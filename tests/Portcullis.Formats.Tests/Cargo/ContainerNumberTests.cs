using Portcullis.Formats.Cargo;

namespace Portcullis.Formats.Tests.Cargo;

public sealed class ContainerNumberTests
{
    [Theory]
    [InlineData("CSQU3054383")] // the example of ISO 6346 itself
    [InlineData("MSKU1234565")]
    [InlineData("MSCU7654329")]
    [InlineData("CMAU1122332")]
    [InlineData("HLXU3344552")]
    [InlineData("OOLU5566770")] // a sum of 10 mod 11: written as 0
    [InlineData("TCNU2468104")]
    public void IsValid_RightCheckDigit_True(string number) => ContainerNumber.IsValid(number).ShouldBeTrue();

    [Theory]
    [InlineData("CSQU3054384")]
    [InlineData("MSCU7654321")]
    [InlineData("CSQA3054383")] // category must be U, J, Z or R
    [InlineData("CSQU305438")]
    [InlineData("CSQU30543833")]
    [InlineData("C5QU3054383")]
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_WrongOrMalformed_False(string? number) => ContainerNumber.IsValid(number).ShouldBeFalse();

    [Theory]
    [InlineData("csqu 305438-3", "CSQU3054383")]
    [InlineData(" MSKU-123456-5 ", "MSKU1234565")]
    public void Normalize_SpacesHyphensCase_Removed(string raw, string expected)
    {
        ContainerNumber.Normalize(raw).ShouldBe(expected);
        ContainerNumber.IsValid(raw).ShouldBeTrue();
    }

    [Fact]
    public void ExpectedCheckDigit_Computed() => ContainerNumber.ExpectedCheckDigit("MSCU7654321").ShouldBe(9);

    [Fact]
    public void Check_WrongDigit_WarnsWithNumberAndExpectedDigit()
    {
        var equipment = new Equipment { Number = "mscu 765432-1" };
        var problem = ContainerNumber.Check(equipment, isContainer: true, (severity, code, message) => new Diagnostic(severity, code, message));

        equipment.Number.ShouldBe("MSCU7654321");
        equipment.NumberValid.ShouldBe(false);
        problem.ShouldNotBeNull();
        problem.Severity.ShouldBe(Severity.Warning);
        problem.Code.ShouldBe("cargo.container-check-digit");
        problem.Message.ShouldContain("MSCU7654321");
        problem.Message.ShouldContain("gives 9");
    }

    [Fact]
    public void Check_NotAContainer_NoVerdict()
    {
        var trailer = new Equipment { Number = "TR-123" };
        ContainerNumber.Check(trailer, isContainer: false, (severity, code, message) => new Diagnostic(severity, code, message)).ShouldBeNull();
        trailer.NumberValid.ShouldBeNull();
    }
}
