using Portcullis.Domain.Reference;

namespace Portcullis.Domain.Tests;

public sealed class CodeTests
{
    [Theory]
    [InlineData("al-pcu-durres", "AL-PCU-DURRES", "AL")]
    [InlineData(" XK-JAITF-PRISTINA ", "XK-JAITF-PRISTINA", "XK")]
    public void UnitCodeTryParse_WellFormed_NormalisesAndKnowsItsJurisdiction(string text, string expected, string jurisdiction)
    {
        UnitCode.TryParse(text, out var code).ShouldBeTrue();
        code.Value.ShouldBe(expected);
        code.Jurisdiction.Value.ShouldBe(jurisdiction);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ALPCU")]
    [InlineData("AL-PCU DURRES")]
    [InlineData("AL-PCU-DURRËS")]
    [InlineData("AL-PCU-DURRES-AND-A-NAME-FAR-TOO-LONG")]
    public void UnitCodeTryParse_Malformed_Fails(string? text) => UnitCode.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void UnitCodeTryParse_TurkishCulture_StillUpperCasesInvariantly()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
        try
        {
            UnitCode.TryParse("mk-jaitf-skopje", out var code).ShouldBeTrue();
            code.Value.ShouldBe("MK-JAITF-SKOPJE");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("al", "AL")]
    [InlineData("XK", "XK")]
    public void JurisdictionCodeTryParse_TwoLetters_Succeeds(string text, string expected)
    {
        JurisdictionCode.TryParse(text, out var code).ShouldBeTrue();
        code.Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("ALB")]
    [InlineData("A1")]
    [InlineData(null)]
    public void JurisdictionCodeTryParse_NotTwoLetters_Fails(string? text) => JurisdictionCode.TryParse(text, out _).ShouldBeFalse();
}
