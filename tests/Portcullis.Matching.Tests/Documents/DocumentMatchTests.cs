using Portcullis.Matching.Documents;

namespace Portcullis.Matching.Tests.Documents;

public sealed class DocumentMatchTests
{
    [Fact]
    public void SameNumber_SameCountry_Exact()
    {
        var result = DocumentMatch.Compare(new("AA 398-0732", "P", "PK"), new("aa3980732", "P", "pk"));

        result.Kind.ShouldBe(DocumentMatchKind.Exact);
        result.Rule.ShouldBeNull();
        result.Explanation.ShouldBe("Same document number AA3980732.");
    }

    [Fact]
    public void SameNumber_CountryUnknown_Exact() =>
        DocumentMatch.Compare(new("AA3980732"), new("AA3980732", IssuingCountry: "PK")).Kind.ShouldBe(DocumentMatchKind.Exact);

    [Fact]
    public void SameNumber_OtherCountry_None()
    {
        var result = DocumentMatch.Compare(new("AA3980732", IssuingCountry: "PK"), new("AA3980732", IssuingCountry: "AF"));

        result.Kind.ShouldBe(DocumentMatchKind.None);
        result.Explanation.ShouldContain("PK and AF");
    }

    [Fact]
    public void LookAlikes_NearBySkeleton()
    {
        var result = DocumentMatch.Compare(new("O00065772"), new("000065772", "Passport", "CF"));

        result.Kind.ShouldBe(DocumentMatchKind.Near);
        result.Rule.ShouldBe(NearRule.SameSkeleton);
        result.Explanation.ShouldContain("look-alike");
    }

    [Fact]
    public void OneKeyingError_NearByOneEdit()
    {
        var result = DocumentMatch.Compare(new("AA3980723", "P"), new("AA3980732", "ID"));

        result.Kind.ShouldBe(DocumentMatchKind.Near);
        result.Rule.ShouldBe(NearRule.OneEdit);
        result.Explanation.ShouldBe("AA3980723 and AA3980732 are one keying error apart (types differ: P and ID).");
    }

    [Theory]
    [InlineData("AA3980732", "AB3980723")]
    [InlineData("", "AA3980732")]
    [InlineData("123456", "123465")]
    public void Different_None(string query, string candidate) =>
        DocumentMatch.Compare(new(query), new(candidate)).Kind.ShouldBe(DocumentMatchKind.None);
}
