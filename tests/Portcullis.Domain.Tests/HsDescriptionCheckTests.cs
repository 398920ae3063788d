using Portcullis.Domain.Cargo;

namespace Portcullis.Domain.Tests;

public sealed class HsDescriptionCheckTests
{
    private static readonly HsDescriptionCheck Check = HsDescriptionCheck.Default;

    [Theory]
    [InlineData("Fresh bananas, Cavendish, 18.14 kg cartons", "0803.90.10", "banana")]
    [InlineData("Frozen fish fillets (hake)", "030474", "fish")]
    [InlineData("Glazed porcelain floor tiles 60x60", "6907.21", "tile")]
    [InlineData("Copper scrap, bright wire", "740400", "scrap")]
    [InlineData("HMS 1&2 steel scrap", "7204.49", "scrap")]
    [InlineData("Upholstered sofas and wooden dining tables", "9401.61", "sofa")]
    [InlineData("Passenger car tyres 205/55 R16", "401110", "tyre")]
    [InlineData("Medicines for human use", "300490", "medicine")]
    [InlineData("Cotton T-shirts, knitted", "610910", "cotton")]
    [InlineData("Spare parts for machinery", "8483", "machinery")]
    [InlineData("Lijekovi (medicines), ampule", "3004", "medicine")]
    public void Check_DescriptionOfTheChapter_FitsWithTheWord(string description, string code, string word)
    {
        var verdict = Check.Check(description, code);

        verdict.Fit.ShouldBe(HsFit.Fits, verdict.Reason);
        verdict.Vague.ShouldBeFalse();
        verdict.MatchedWords.ShouldContain(word);
        verdict.Reason.ShouldContain($"chapter {code[..2]}");
    }

    [Theory]
    [InlineData("Fresh bananas", "8471.30", "08")]
    [InlineData("Ceramic floor tiles", "0803.90", "69")]
    [InlineData("Frozen fish", "9403.60", "03")]
    [InlineData("Car tyres", "6109.10", "40")]
    [InlineData("Wooden furniture", "2402.20", "94")]
    public void Check_DescriptionOfAnotherChapter_DoesNotFitAndSaysWhere(string description, string code, string expected)
    {
        var verdict = Check.Check(description, code);

        verdict.Fit.ShouldBe(HsFit.DoesNotFit, verdict.Reason);
        verdict.OtherChapters.ShouldContain(expected);
        verdict.MatchedWords.ShouldNotBeEmpty();
        verdict.Reason.ShouldContain($"not {code[..2]}");
    }

    [Theory]
    [InlineData("General cargo")]
    [InlineData("STC general cargo, FAK")]
    [InlineData("Said to contain: goods")]
    [InlineData("Parts")]
    [InlineData("Samples")]
    [InlineData("FAK")]
    [InlineData("Freight all kinds")]
    [InlineData("1 x 40' container STC")]
    [InlineData("")]
    [InlineData(null)]
    public void Check_VagueDescription_CannotTellAndVague(string? description)
    {
        var verdict = Check.Check(description, "940360");

        verdict.Fit.ShouldBe(HsFit.CannotTell);
        verdict.Vague.ShouldBeTrue();
    }

    [Fact]
    public void Check_SaidToContainThenGoods_ReadsTheGoods() =>
        Check.Check("STC 1080 cartons bananas", "080390").Fit.ShouldBe(HsFit.Fits);

    [Fact]
    public void Check_WordsTheHsDoesNotUse_CannotTell()
    {
        var verdict = Check.Check("Xyzzy Qwerty", "847130");

        verdict.Fit.ShouldBe(HsFit.CannotTell);
        verdict.Vague.ShouldBeFalse();
    }

    [Theory]
    [InlineData("9999")]
    [InlineData("77")]
    [InlineData(null)]
    public void Check_CodeWithoutChapter_CannotTell(string? code) =>
        Check.Check("Fresh bananas", code).Fit.ShouldBe(HsFit.CannotTell);

    [Fact]
    public void Check_DiacriticsAndCase_Folded() =>
        Check.Check("BANANE SVJEŽE", "0803").Fit.ShouldBe(HsFit.CannotTell);
}
