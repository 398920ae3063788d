using System.Text;
using Portcullis.Formats.Passengers;

namespace Portcullis.Formats.Tests;

/// <summary>Field by field reading of PNRGOV, on small messages built here.</summary>
public sealed class PnrgovFieldTests
{
    private const string Header = "UNA:+.? 'UNB+IATA:1+1A+KRC+130527:0754+0003'UNH+1+PNRGOV:11:1:IA+X'MSG+:22'ORG+1A:MUC'TVL+270513:1640:270513:2200+ICN+SIN+SQ+609'";

    private static PassengerDocument Read(string body, int eqn = 1)
    {
        var text = Header + $"EQN+{eqn}'" + body + "UNT+99+1'UNZ+1+0003'";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return PassengerDataReader.ReadDocument(stream, new DateOnly(2013, 5, 27));
    }

    private static Pnr One(string body) => Read(body).Messages[0].Pnrs[0];

    [Fact]
    public void Fop_FullCardNumber_OnlyLastFourKeptAnywhere()
    {
        var document = Read("SRC'RCI+1A:ABC123::200513:0439'TIF+PARK+SEJOONMR:A:1'FOP+CC:::VI:4111111111111111:0917'"
            + "IFT+4:28::SQ+PAID WITH 4111111111111111 THANKS'LTS+0/O/FP CC VI4111111111111111/0917'");
        var pnr = document.Messages[0].Pnrs[0];
        pnr.Payments[0].CardNumberMasked.ShouldBe("XXXXXXXXXXXX1111");
        pnr.Payments[0].CardType.ShouldBe("VI");
        pnr.Payments[0].CardExpiry.ShouldBe("0917");
        PassengerJson.Write(document).ShouldNotContain("4111111111111111");
        pnr.Remarks.ShouldContain(r => r.Contains("XXXXXXXXXXXX1111", StringComparison.Ordinal));
    }

    [Fact]
    public void Tif_GluedTitle_SplitIntoTitle()
    {
        var pnr = One("SRC'RCI+1A:ABC123'TIF+LOBB+MOLLYMRS:A:1'TIF+KIM+KONG CHUN MRS:A:2'TIF+ADAMS+JOHN:A:3'");
        pnr.Passengers[0].GivenNames.ShouldBe("MOLLY");
        pnr.Passengers[0].Title.ShouldBe("MRS");
        pnr.Passengers[1].GivenNames.ShouldBe("KONG CHUN");
        pnr.Passengers[1].Title.ShouldBe("MRS");
        pnr.Passengers[2].GivenNames.ShouldBe("JOHN");
        pnr.Passengers[2].Title.ShouldBeNull();
    }

    [Fact]
    public void SsrDocs_PassportLine_FillsTravellerAndDocument()
    {
        var p = One("SRC'RCI+1A:ABC123'TIF+PARK+SEJOONMR:A:1'SSR+DOCS:HK:1:SQ:::::/P/KR/JR3364288/KR/10SEP72/M/05JUL16/PARK/SE JOON+::1'").Passengers[0];
        p.DateOfBirth.ShouldBe(new DateOnly(1972, 9, 10));
        p.Sex.ShouldBe("M");
        p.Nationality.ShouldBe("KR");
        p.Documents.ShouldHaveSingleItem();
        p.Documents[0].Type.ShouldBe("P");
        p.Documents[0].Number.ShouldBe("JR3364288");
        p.Documents[0].IssuingCountry.ShouldBe("KR");
        p.Documents[0].Expiry.ShouldBe(new DateOnly(2016, 7, 5));
    }

    [Fact]
    public void SsrDocs_DaughterNamedAfterHerMother_GoesToTheTravellerItFollows()
    {
        var pnr = One("SRC'RCI+4O:8JQ2BA'TIF+SAVIĆ+DRAGANA MARIJA MRS:A:1'SSR+DOCS:HK:1:4O:::::/P/SRB/071852023/SRB/01MAR90/F/20MAR32/SAVIĆ/DRAGANA MARIJA'"
            + "TIF+SAVIĆ+DRAGANA MISS:C:3'SSR+DOCS:HK:1:4O:::::/P/SRB/049237258/SRB/07JAN09/F/06OCT19/SAVIĆ/DRAGANA'");

        pnr.Passengers[0].Documents.Select(d => d.Number).ShouldBe(["071852023"]);
        pnr.Passengers[1].Documents.Select(d => d.Number).ShouldBe(["049237258"]);
        pnr.Passengers[1].DateOfBirth.ShouldBe(new DateOnly(2009, 1, 7));
    }

    [Fact]
    public void SsrDocoAndDoca_VisaAndAddress_Read()
    {
        var p = One("SRC'RCI+1A:ABC123'TIF+PARK+SEJOONMR:A:1'SSR+DOCO:HK:1:UA:::::/SEOUL/V/8675309/LONDON/22DEC12/US+::1'"
            + "SSR+DOCA:HK:1:UA:::::/D/USA/1 MAIN ST/NEW YORK/NY/10001+::1'").Passengers[0];
        p.PlaceOfBirth.ShouldBe("SEOUL");
        p.Visas.ShouldHaveSingleItem();
        p.Visas[0].Type.ShouldBe("V");
        p.Visas[0].Number.ShouldBe("8675309");
        p.Visas[0].PlaceOfIssue.ShouldBe("LONDON");
        p.Visas[0].Issued.ShouldBe(new DateOnly(2012, 12, 22));
        p.Visas[0].ApplicableCountry.ShouldBe("US");
        p.Addresses.ShouldHaveSingleItem();
        p.Addresses[0].Type.ShouldBe("destination");
        p.Addresses[0].Country.ShouldBe("USA");
        p.Addresses[0].Street.ShouldBe("1 MAIN ST");
        p.Addresses[0].City.ShouldBe("NEW YORK");
        p.Addresses[0].PostalCode.ShouldBe("10001");
    }

    [Fact]
    public void Tif_InfantOfAdult_LinkedToAdult()
    {
        var pnr = One("SRC'RCI+1A:ABC123'TIF+BELT+ISABELLE MRS:A:2:1'TIF+BELT+SOPHY:IN:3'"
            + "SSR+INFT:HK:1:SQ:::SIN:ICN:BELT/SOPHY 20SEP12+::2'");
        pnr.Passengers.Count.ShouldBe(2);
        var infant = pnr.Passengers.Single(p => p.Type == "infant");
        infant.TravellingWith.ShouldBe("2");
        infant.DateOfBirth.ShouldBe(new DateOnly(2012, 9, 20));
        pnr.Facts!.CoTravellers.ShouldBe(1);
    }

    [Fact]
    public void Facts_ReturnTrip_DaysStayAndType()
    {
        var pnr = One("SRC'RCI+1A:ABC123::200513:0439'TIF+A+B:A:1'TIF+C+D:A:2'"
            + "TVL+270513:1640:270513:2200+ICN+SIN+SQ+609:B'TVL+030613:2300:040613:0630+SIN+ICN+SQ+608:B'");
        pnr.Created.ShouldBe(new DateTime(2013, 5, 20, 4, 39, 0));
        pnr.Facts!.TripType.ShouldBe("return");
        pnr.Facts.DaysBookingToDeparture.ShouldBe(7);
        pnr.Facts.LengthOfStayDays.ShouldBe(7);
        pnr.Facts.CoTravellers.ShouldBe(1);
    }

    [Fact]
    public void Facts_OneWayAndMultiCity_Recognized()
    {
        One("SRC'RCI+1A:ABC123'TIF+A+B:A:1'TVL+270513:1640:270513:2200+ICN+SIN+SQ+609'").Facts!.TripType.ShouldBe("one-way");
        var multi = One("SRC'RCI+1A:ABC123'TIF+A+B:A:1'TVL+270513:1640:270513:2200+ICN+SIN+SQ+609'"
            + "TVL+010613:1000:010613:1200+SIN+BKK+SQ+700'TVL+050613:1000:050613:1800+BKK+ICN+TG+600'TVL+070613:1000:070613:1200+ICN+NRT+KE+1'");
        multi.Facts!.TripType.ShouldBe("multi-city");
        multi.Facts.LengthOfStayDays.ShouldBeNull();
    }

    [Fact]
    public void Tvl_CodeShare_OperatingFlightKept()
    {
        var leg = One("SRC'RCI+1A:ABC123'TIF+A+B:A:1'TVL+270513:1640:270513:2200+ICN+SIN+KE:SQ+0609:B'RPI+1+HK'APD+333'RCI+1A:ABC123'TVL+++++303:Y'").Itinerary.ShouldHaveSingleItem();
        leg.Carrier.ShouldBe("KE");
        leg.Number.ShouldBe("609");
        leg.OperatingCarrier.ShouldBe("SQ");
        leg.OperatingNumber.ShouldBe("303");
        leg.BookingClass.ShouldBe("B");
        leg.Status.ShouldBe("HK");
        leg.Aircraft.ShouldBe("333");
        leg.Departure.ShouldBe(new DateTime(2013, 5, 27, 16, 40, 0));
    }

    [Fact]
    public void CheckIn_SeatAndBags_Read()
    {
        var pnr = One("SRC'RCI+1A:ABC123'TIF+PARK+SEJOONMR::1'TVL+270513:1640:270513:2200+ICN+SIN+SQ+609:B'"
            + "DAT'TRI++ICN-188:::1'TIF+PARK+SEJOONMR::1'SSD+039G++++Y'TBD++2:34:700++MP+618:1026000001:2:MPM+618:1026000002:3:MPM'");
        pnr.Passengers.Count.ShouldBe(1);
        var seat = pnr.Passengers[0].Seats.ShouldHaveSingleItem();
        seat.Number.ShouldBe("039G");
        seat.Cabin.ShouldBe("Y");
        seat.DepartureAirport.ShouldBe("ICN");
        var bags = pnr.Bags.ShouldHaveSingleItem();
        bags.Count.ShouldBe(2);
        bags.Weight.ShouldBe(34m);
        bags.WeightUnit.ShouldBe("KGM");
        bags.Tags.ShouldBe(["1026000001", "1026000002"]);
        bags.Destination.ShouldBe("MPM");
        bags.PassengerReference.ShouldBe("1");
    }

    [Fact]
    public void Contacts_EmailConventionsAndPhones_Decoded()
    {
        var pnr = One("SRC'RCI+1A:ABC123'TIF+LOBB+MOLLYMRS:A:1'IFT+4:28::YY+CTCE MOLLY..LOBB//GMAIL.COM'IFT+4:28+YY CTCM 123456789'");
        pnr.Contacts.Emails.ShouldBe(["MOLLY_LOBB@GMAIL.COM"]);
        pnr.Contacts.Phones.ShouldBe(["123456789"]);
    }

    [Fact]
    public void Eqn_CountDiffers_Warns()
    {
        var message = Read("SRC'RCI+1A:ABC123'TIF+A+B:A:1'", eqn: 3).Messages[0];
        message.DeclaredCounts!.Pnrs.ShouldBe(3);
        message.Pnrs.Count.ShouldBe(1);
        message.Diagnostics.ShouldContain(d => d.Code == "pnrgov.count" && d.Severity == Severity.Warning);
    }

    [Fact]
    public void Rci_Missing_PnrKeptWithWarning()
    {
        var message = Read("SRC'TIF+A+B:A:1'").Messages[0];
        message.Pnrs.ShouldHaveSingleItem().RecordLocator.ShouldBeNull();
        message.Diagnostics.ShouldContain(d => d.Code == "pnrgov.no-locator");
    }

    [Fact]
    public void Header_FlightAndBookingOffice_Read()
    {
        var message = Read("SRC'RCI+1A:ABC123'DAT+700:270513:0718'ORG+1A:MUC+32393340:SINSQ08AA+NCE+SQ:NCE+A+SG:SGD+HJGS'TIF+A+B:A:1'").Messages[0];
        message.Flight!.Carrier.ShouldBe("SQ");
        message.Flight.Number.ShouldBe("609");
        message.Flight.Arrival.ShouldBe(new DateTime(2013, 5, 27, 22, 0, 0));
        var pnr = message.Pnrs[0];
        pnr.LastChanged.ShouldBe(new DateTime(2013, 5, 27, 7, 18, 0));
        pnr.BookingOffice!.System.ShouldBe("1A");
        pnr.BookingOffice.Location.ShouldBe("MUC");
        pnr.BookingOffice.AgencyId.ShouldBe("32393340");
        pnr.BookingOffice.OfficeId.ShouldBe("SINSQ08AA");
        pnr.BookingOffice.Country.ShouldBe("SG");
        pnr.BookingOffice.Currency.ShouldBe("SGD");
    }
}
