using Portcullis.Features.Screening;
using Portcullis.Formats.Watchlists;

namespace Portcullis.Features.Tests.Screening;

public sealed class ListedDocumentNumbersTests
{
    [Theory]
    [InlineData("OB 0243318", null, "OB0243318")]
    [InlineData("1-78-09-44621-80", null, "178094462180")]
    [InlineData("73320881AG1191MAM20000", null, "73320881AG1191MAM20000")]
    [InlineData("Passport number A 123456, issued on 12 Jan. 2001", null, "A123456")]
    [InlineData("Afghan national identification card (tazkira) number 4414", null, "4414")]
    [InlineData("", "passport booklet number A2815665", "A2815665")]
    public void A_number_is_taken_from_the_field_or_found_in_its_prose(string number, string? note, string expected)
    {
        ListedDocumentNumbers.Of(new WatchlistDocumentRef("Passport", number, null, note)).ShouldContain(expected);
    }

    [Fact]
    public void A_year_in_prose_is_not_a_number()
    {
        ListedDocumentNumbers.Of(new WatchlistDocumentRef("Passport", "issued in 2001 by the ministry", null, null)).ShouldBeEmpty();
    }
}
