using Portcullis.Matching.Documents;

namespace Portcullis.Matching.Tests.Documents;

public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData("A 123456", "A123456")]
    [InlineData("a123-456", "A123456")]
    [InlineData(" 50/SM-1273 ", "50SM1273")]
    [InlineData("2984 3543 10", "2984354310")]
    [InlineData("B.011.641", "B011641")]
    [InlineData("Ａ１２３４５６", "A123456")]
    [InlineData("N°235", "N235")]
    [InlineData("ab\u202f12\u00a034", "AB1234")]
    [InlineData("", "")]
    public void Normalize_KeepsAsciiLettersAndDigits_UpperCased(string raw, string expected) =>
        DocumentNumber.Normalize(raw).ShouldBe(expected);

    [Fact]
    public void Normalize_DropsLettersOutsideAscii()
    {
        // Accented and non-Latin letters do not occur in document numbers; a stray one is noise.
        DocumentNumber.Normalize("É12345ж").ShouldBe("12345");
    }

    [Theory]
    [InlineData("O00065772", "000065772")]
    [InlineData("I5824769", "15824769")]
    [InlineData("L898902C3", "1898902C3")]
    [InlineData("SE011697", "5E011697")]
    [InlineData("B010574", "8010574")]
    [InlineData("QZ12", "0212")]
    [InlineData("D00001184", "D00001184")]
    public void Skeleton_FoldsLookAlikeLetters_IntoDigits(string normalized, string expected) =>
        DocumentNumber.Skeleton(normalized).ShouldBe(expected);

    [Theory]
    [InlineData("O00065772", "000065772")] // the UN list's own warning: letter O followed by zeros
    [InlineData("I0005159", "10005159")] // both forms are on the UN list for one person
    [InlineData("oa 454044", "0A454044")]
    [InlineData("A 123456", "a-123-456")]
    public void IsNear_SameSkeleton(string a, string b)
    {
        DocumentNumber.IsNear(a, b).ShouldBeTrue();
        DocumentNumber.NearBy(a, b).ShouldBe(NearRule.SameSkeleton);
    }

    [Theory]
    [InlineData("AA3980732", "AA3980723")] // neighbours swapped
    [InlineData("AA3980732", "AA3980752")] // one replaced
    [InlineData("AA3980732", "AA39807320")] // one added
    [InlineData("AA3980732", "AA398732")] // one dropped
    public void IsNear_OneEdit_OnSevenOrMore(string a, string b) =>
        DocumentNumber.NearBy(a, b).ShouldBe(NearRule.OneEdit);

    [Theory]
    [InlineData("123456", "123465")] // six characters: one edit is too easy a coincidence
    [InlineData("AA3980732", "AA3908723")] // two edits
    [InlineData("", "")]
    [InlineData("---", "A1")]
    public void IsNear_Not(string a, string b) => DocumentNumber.IsNear(a, b).ShouldBeFalse();

    [Fact]
    public void DiplomaticPrefix_NotALookAlike_ButOneEdit()
    {
        // D is not folded into 0, so these are near only because one character differs in nine.
        DocumentNumber.Skeleton("D00001184").ShouldNotBe(DocumentNumber.Skeleton("000001184"));
        DocumentNumber.NearBy("D00001184", "000001184").ShouldBe(NearRule.OneEdit);
        DocumentNumber.IsNear("D001184", "0001184").ShouldBeTrue();
        DocumentNumber.IsNear("D01184", "001184").ShouldBeFalse();
    }
}
