using Portcullis.Domain.Reference;

namespace Portcullis.Domain.Tests;

public sealed class AirlinePrefixesTests
{
    private static readonly AirlinePrefixes Table = AirlinePrefixes.Default;

    [Theory]
    [InlineData("020", "Lufthansa Cargo")]
    [InlineData("235", "Turkish Cargo")]
    [InlineData("257", "Austrian Airlines Cargo")]
    [InlineData("724", "Swiss WorldCargo")]
    [InlineData("023", "FedEx")]
    [InlineData("406", "UPS")]
    [InlineData("157", "Qatar Airways Cargo")]
    [InlineData("176", "Emirates SkyCargo")]
    [InlineData("020-58717481", "Lufthansa Cargo")]
    [InlineData(" 17612345678", "Emirates SkyCargo")]
    public void Find_ConfirmedPrefixOrAwb_Carrier(string value, string carrier) =>
        Table.Find(value).ShouldNotBeNull().Carrier.ShouldBe(carrier);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("02")]
    [InlineData("999")]
    [InlineData("LH")]
    [InlineData("115")]
    public void Find_UnknownUnconfirmedOrMalformed_Null(string? value)
    {
        Table.Find(value).ShouldBeNull();
        Table.IsKnown(value).ShouldBeFalse();
    }

    [Fact]
    public void Default_EveryPrefix_ThreeDigits() =>
        Table.All.ShouldAllBe(p => p.Prefix.Length == 3 && p.Prefix.All(char.IsAsciiDigit));
}
