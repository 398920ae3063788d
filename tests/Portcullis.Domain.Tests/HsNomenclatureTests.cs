using Portcullis.Domain.Reference;

namespace Portcullis.Domain.Tests;

public sealed class HsNomenclatureTests
{
    private static readonly HsNomenclature Hs = HsNomenclature.Default;

    [Fact]
    public void Default_EmbeddedFile_AllLevelsLoaded()
    {
        Hs.All.Count(e => e.Level == 2).ShouldBe(96);
        Hs.All.Count(e => e.Level == 4).ShouldBe(1228);
        Hs.All.Count(e => e.Level == 6).ShouldBe(5612);
        Hs.Sections.Count().ShouldBe(21);
    }

    [Fact]
    public void Find_Subheading_DescriptionAndSection()
    {
        var bananas = Hs.Find("080390").ShouldNotBeNull();
        bananas.Description.ShouldContain("bananas");
        bananas.Section.ShouldBe("II");
        bananas.Level.ShouldBe(6);
    }

    [Theory]
    [InlineData("08", "Fruit and nuts")]
    [InlineData("0803.90.10", "Fruit and nuts")]
    [InlineData("9403", "Furniture")]
    [InlineData("03", "Fish")]
    public void Chapter_AnyLengthCode_TheChapter(string code, string words) =>
        Hs.Chapter(code).ShouldNotBeNull().Description.ShouldContain(words, Case.Insensitive);

    [Fact]
    public void Heading_NationalCode_TheHeading() =>
        Hs.Heading("8708 99 97").ShouldNotBeNull().Code.ShouldBe("8708");

    [Fact]
    public void Section_Chapter72_BaseMetals() =>
        Hs.Section("7204").ShouldNotBeNull().Number.ShouldBe("XV");

    [Theory]
    [InlineData("080390")]
    [InlineData("08039010")]
    [InlineData("0803901000")]
    [InlineData("0803.90")]
    [InlineData("8471.30.00")]
    [InlineData("7204 49 10")]
    public void IsKnown_SubheadingOrNationalCodeUnderOne_True(string code) => Hs.IsKnown(code).ShouldBeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("08")]
    [InlineData("0803")]
    [InlineData("080399")]
    [InlineData("999999")]
    [InlineData("0803901")]
    [InlineData("080390100000")]
    [InlineData("08O390")]
    [InlineData("bananas")]
    public void IsKnown_ChapterHeadingUnknownOrMalformed_False(string? code) => Hs.IsKnown(code).ShouldBeFalse();

    [Theory]
    [InlineData("0803.90.10", "08039010")]
    [InlineData(" 0803 90 ", "080390")]
    [InlineData("0803-90-10", "08039010")]
    [InlineData("HS 0803", null)]
    [InlineData("...", null)]
    [InlineData(null, null)]
    public void Normalize_Separators_DigitsOnly(string? code, string? expected) =>
        HsNomenclature.Normalize(code).ShouldBe(expected);

    [Theory]
    [InlineData("0803.90.10", "08039010")]
    [InlineData("6109 10", "610910")]
    [InlineData("610910", "610910")]
    [InlineData("0803-90-10-00", "0803901000")]
    [InlineData("61A9", null)]
    [InlineData("12345", null)]
    [InlineData("12345678901", null)]
    [InlineData("6109/10", null)]
    [InlineData(null, null)]
    public void DeclaredCode_SixToTenDigitsAfterSeparators(string? code, string? expected) =>
        HsNomenclature.DeclaredCode(code).ShouldBe(expected);

    [Fact]
    public void Find_ComtradeTotalRows_NotHsCodes()
    {
        Hs.Find("99").ShouldBeNull();
        Hs.Find("999999").ShouldBeNull();
    }
}
