using Portcullis.Matching.Documents;

namespace Portcullis.Matching.Tests.Documents;

public sealed class DocumentNumberExtractorTests
{
    [Theory]
    [InlineData("Passport number: A 123456, issued on 12 Jan. 2001", "A123456", "A 123456", DocumentKind.Passport)]
    [InlineData("Iraqi passport No. M0003264580", "M0003264580", "M0003264580", DocumentKind.Passport)]
    [InlineData("national identification number 2984 3543 10", "2984354310", "2984 3543 10", DocumentKind.NationalId)]
    [InlineData("Pakistani passport number AA3980732 issued in Peshawar", "AA3980732", "AA3980732", DocumentKind.Passport)]
    [InlineData("Passport no. 50/SM-1273 (Bosnia and Herzegovina)", "50SM1273", "50/SM-1273", DocumentKind.Passport)]
    [InlineData("Tunisian passport number L 191609 issued on 28 Feb. 1996, expired on 27\nFeb. 2001", "L191609", "L 191609", DocumentKind.Passport)]
    [InlineData("Moroccan national identity card DE- 473900", "DE473900", "DE- 473900", DocumentKind.NationalId)]
    [InlineData("Afghan national identification card (tazkira) number 300786", "300786", "300786", DocumentKind.NationalId)]
    [InlineData("Central African Republic armed forces (FACA) Military identification\nnumber 911-10-77", "9111077", "911-10-77", DocumentKind.NationalId)]
    [InlineData("Italian Fiscal Code: DAOMMD74T11Z352Z", "DAOMMD74T11Z352Z", "DAOMMD74T11Z352Z", DocumentKind.NationalId)]
    [InlineData("Italian Fiscal Code: LBR HBB 61S17 Z352F. In detention", "LBRHBB61S17Z352F", "LBR HBB 61S17 Z352F", DocumentKind.NationalId)]
    [InlineData("Libyan Passport No. 96/184442", "96184442", "96/184442", DocumentKind.Passport)]
    [InlineData("Laissez-passer N°2351/MIS", "2351MIS", "2351/MIS", DocumentKind.Passport)]
    [InlineData("ID No 1234567", "1234567", "1234567", DocumentKind.NationalId)]
    [InlineData("pasaporte número 12345ABC", "12345ABC", "12345ABC", DocumentKind.Passport)]
    [InlineData("broj pasoša: pasoš 012345678", "012345678", "012345678", DocumentKind.Passport)]
    [InlineData("Counterfeit Danish driving licence number 20645897", "20645897", "20645897", DocumentKind.Other)]
    [InlineData("reference No. 55252", "55252", "55252", DocumentKind.Other)]
    public void Keyword_ThenNumber(string text, string number, string raw, DocumentKind kind)
    {
        var found = DocumentNumberExtractor.Extract(text).ShouldHaveSingleItem();

        found.Number.ShouldBe(number);
        found.Raw.ShouldBe(raw);
        found.Kind.ShouldBe(kind);
        text.Substring(found.Offset, found.Raw.Length).ShouldBe(raw);
        found.Keyword.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("KZ-1234567", "KZ1234567")]
    [InlineData("Libya B/002210", "B002210")]
    [InlineData("04643632 issued on 18 Jun. 1999", "04643632")]
    [InlineData("R00012098, South Sudan", "R00012098")]
    [InlineData("TR-P 614 166", "TRP614166")]
    public void Alone_WhenItHasTheShapeOfADocumentNumber(string text, string number)
    {
        var found = DocumentNumberExtractor.Extract(text).ShouldHaveSingleItem();

        found.Number.ShouldBe(number);
        found.Kind.ShouldBe(DocumentKind.Other);
        found.Keyword.ShouldBeNull();
    }

    [Fact]
    public void Several_EachWithItsKind()
    {
        var found = DocumentNumberExtractor.Extract(
            "Passport No. 284158, expires 21 August 2005; national identity card 1127083101740003 and Russian passport number 8208 No. 555627");

        found.Select(f => (f.Number, f.Kind)).ShouldBe(
        [
            ("284158", DocumentKind.Passport),
            ("1127083101740003", DocumentKind.NationalId),
            ("555627", DocumentKind.Passport),
        ]);
    }

    [Fact]
    public void TwoNumbersSideBySide_StayTwo() =>
        DocumentNumberExtractor.Extract("passports D00000898 D00000897").Select(f => (f.Number, f.Kind)).ShouldBe(
            [("D00000898", DocumentKind.Passport), ("D00000897", DocumentKind.Other)]);

    [Theory]
    [InlineData("Passport issued on 12 Jan. 2001")]
    [InlineData("passport issued 12 JAN 2001")]
    [InlineData("passport no. issued 2001-01-12")]
    [InlineData("passport number expired 12.01.2001")]
    [InlineData("passport number: 1965")]
    [InlineData("Passport expiration date: March 22, 2018")]
    [InlineData("ID card expires on 11 Aug. 2013 , officially cancelled as of 2013")]
    [InlineData("passport holder, tel. +381 11 123 4567")]
    [InlineData("passport holder, phone 0038111234567")]
    [InlineData("phone number 0038111234567")]
    [InlineData("contact +44 20 7946 0958")]
    [InlineData("UN reference QDi.001, listed under resolution 1267 and S/2019/123")]
    [InlineData("Personal number on passport")]
    [InlineData("passport numbers of 1995-1997 and 2000/2001")]
    [InlineData("a fine of 1 000 000 paid in 2001")]
    [InlineData("between 180-185 cm tall, in 2009-10")]
    [InlineData("sentenced in case No.9301/207; extradition request number 2307/09; inmate number 11685-509")]
    [InlineData("Date of birth: 1 Jan. 1965; born in Tripoli; 2 children; 1234 votes")]
    [InlineData("")]
    public void Nothing(string text) => DocumentNumberExtractor.Extract(text).ShouldBeEmpty();

    [Theory]
    [InlineData("Passport no. Ａ１２３４５６７", "A1234567")]
    [InlineData("PASSPORT NO. AB-123-456", "AB123456")]
    public void Normalized(string text, string number) =>
        DocumentNumberExtractor.Extract(text).ShouldHaveSingleItem().Number.ShouldBe(number);
}
