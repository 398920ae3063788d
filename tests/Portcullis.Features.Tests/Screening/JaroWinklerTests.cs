using Portcullis.Features.Screening.Bench;

namespace Portcullis.Features.Tests.Screening;

/// <summary>The brute-force peer's Jaro-Winkler gives the textbook figures (Winkler 1990) and GTAS's name form.</summary>
public sealed class JaroWinklerTests
{
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.961)]
    [InlineData("DWAYNE", "DUANE", 0.840)]
    [InlineData("DIXON", "DICKSONX", 0.813)]
    [InlineData("JELLYFISH", "SMELLYFISH", 0.896)]
    [InlineData("ABC", "ABC", 1.0)]
    [InlineData("ABC", "XYZ", 0.0)]
    [InlineData("", "ABC", 0.0)]
    public void Gives_the_textbook_similarity(string a, string b, double expected)
    {
        Math.Round(JaroWinkler.Similarity(a, b), 3).ShouldBe(expected);
        Math.Round(JaroWinkler.Similarity(b, a), 3).ShouldBe(expected);
    }

    [Fact]
    public void Compares_names_upper_cased_without_diacritics()
    {
        GtasNameForm.Of("  José  María Ñúñez-Đurić ").ShouldBe("JOSE MARIA NUNEZ-ĐURIC");
    }
}
