using Portcullis.Domain.Cargo;

namespace Portcullis.Domain.Tests;

public sealed class Iso6346Tests
{
    [Theory]
    [InlineData("CSQU3054383")]
    [InlineData("MSKU1234565")]
    [InlineData("TGHU9000014")]
    public void IsValidNumber_CheckDigitAgrees_True(string number) => Iso6346.IsValidNumber(number).ShouldBeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData("CSQU3054384")]
    [InlineData("CSQX3054383")]
    [InlineData("csqu3054383")]
    [InlineData("CSQU305438")]
    [InlineData("CSQU30543A3")]
    public void IsValidNumber_WrongDigitCategoryOrShape_False(string? number) => Iso6346.IsValidNumber(number).ShouldBeFalse();

    [Theory]
    [InlineData("MSCU", true)]
    [InlineData("ABCJ", true)]
    [InlineData("TRLZ", true)]
    [InlineData("ABCR", false)]
    [InlineData("AB1U", false)]
    [InlineData("MSC", false)]
    public void IsOwnerCode_ThreeLettersAndUjz(string prefix, bool expected) => Iso6346.IsOwnerCode(prefix).ShouldBe(expected);

    [Fact]
    public void CheckDigit_RemainderTen_Zero() =>
        // The weighted sum of MSKU100009 is 10 modulo 11: ISO 6346 writes 0 for it.
        Iso6346.CheckDigit("MSKU100009").ShouldBe(0);
}
