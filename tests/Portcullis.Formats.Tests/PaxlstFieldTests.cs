using System.Text;
using Portcullis.Formats.Passengers;

namespace Portcullis.Formats.Tests;

/// <summary>Every PAXLST field the normalized document carries, read from small messages written here.</summary>
public sealed class PaxlstFieldTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static PassengerDocument Read(string body, string version = "D:05B", string syntax = "UNOW")
    {
        var text = $"UNA:+.? 'UNB+{syntax}:4+SENDER+RECEIVER+261128:0900+R1'UNH+M1+PAXLST:{version}:UN:IATA'{body}UNT+2+M1'UNZ+1+R1'";
        return PassengerDataReader.ReadDocument(new MemoryStream(Encoding.UTF8.GetBytes(text)), Today);
    }

    private const string Flight = "BGM+745'TDT+20+JU170+++JU'LOC+125+BEG'DTM+189:202611281400:203'LOC+87+TIA'DTM+232:202611281515:203'";

    [Theory]
    [InlineData("D:02B")]
    [InlineData("D:05B")]
    [InlineData("D:12B")]
    public void Versions_D02BD05BD12B_ReadTheSameWay(string version)
    {
        var message = Read(Flight + "NAD+FL+++PETROVIĆ:ĐORĐE'", version).Messages[0];

        message.Version.ShouldBe("D" + version[2..]);
        message.Flight!.Number.ShouldBe("170");
        message.Travellers.Single().Surname.ShouldBe("PETROVIĆ");
    }

    [Fact]
    public void Traveller_EveryField_Read()
    {
        var t = Read(Flight +
            "NAD+FL+++HODŽIĆ:DŽEVAD:ALIJA+MARŠALA TITA 12+SARAJEVO+KS+71000+BIH'ATT+2++M'DTM+329:850110'" +
            "LOC+22+TIA'LOC+174+BIH'LOC+178+BEG'LOC+179+TIA'LOC+180+:::SARAJEVO'NAT+2+BIH'" +
            "RFF+AVF:ABC123'RFF+SEA:12C'MEA+CT++2'MEA+WT++KGM:31.5'FTX+BAG+++JU123456:2'" +
            "DOC+P:110:111+P01234560'DTM+36:301231'DTM+182:201231'LOC+91+BIH'DOC+V+V998877'DTM+36:270101'LOC+91+ALB'")
            .Messages[0].Travellers.Single();

        t.Role.ShouldBe("passenger");
        (t.Surname, t.GivenNames, t.Sex, t.DateOfBirth, t.Nationality).ShouldBe(("HODŽIĆ", "DŽEVAD ALIJA", "M", new DateOnly(1985, 1, 10), "BIH"));
        (t.Address!.Street, t.Address.City, t.Address.Region, t.Address.PostalCode, t.Address.Country).ShouldBe(("MARŠALA TITA 12", "SARAJEVO", "KS", "71000", "BIH"));
        (t.Places!.Clearance, t.Places.Residence, t.Places.Embarkation, t.Places.Debarkation, t.Places.Birth).ShouldBe(("TIA", "BIH", "BEG", "TIA", "SARAJEVO"));
        t.References.ShouldBe([new Reference("booking", "ABC123"), new Reference("seat", "12C")]);
        (t.Bags!.Count, t.Bags.Weight, t.Bags.WeightUnit).ShouldBe((2, 31.5m, "KGM"));
        t.Bags.Tags.ShouldBe(["JU123456", "JU123457"]);
        t.Documents.Count.ShouldBe(2);
        (t.Documents[0].Type, t.Documents[0].Number, t.Documents[0].IssuingCountry, t.Documents[0].Expiry, t.Documents[0].Issued)
            .ShouldBe(("P", "P01234560", "BIH", new DateOnly(2030, 12, 31), new DateOnly(2020, 12, 31)));
        (t.Documents[1].Type, t.Documents[1].Number, t.Documents[1].IssuingCountry).ShouldBe(("V", "V998877", "ALB"));
        t.Incomplete.ShouldBeFalse();
    }

    [Theory]
    [InlineData("FL", "passenger")]
    [InlineData("FM", "crew")]
    [InlineData("DDU", "in-transit-passenger")]
    [InlineData("DDT", "in-transit-crew")]
    public void Roles_FromNadQualifier(string qualifier, string role) =>
        Read(Flight + $"NAD+{qualifier}+++GASHI:BESNIK'").Messages[0].Travellers.Single().Role.ShouldBe(role);

    [Fact]
    public void ListType_CrewList_AndReportingPartyContacts()
    {
        var message = Read("BGM+250'NAD+MS+++AIR SERBIA OPS'COM+381 11 311:TE+381 11 312:FX+ops//airserbia.com:EM'" + Flight[8..]).Messages[0];

        message.ListType.ShouldBe("crew");
        (message.ReportingParty!.Name, message.ReportingParty.Phone, message.ReportingParty.Fax, message.ReportingParty.Email)
            .ShouldBe(("AIR SERBIA OPS", "381 11 311", "381 11 312", "ops//airserbia.com"));
    }

    [Fact]
    public void Legs_EveryTdtGroup_AndTheFlightIsTheLegIntoTheCountry()
    {
        var message = Read("BGM+745'TDT+20+JU500+++JU'LOC+92+JFK'DTM+189:2611271800:201'LOC+92+BEG'DTM+232:2611280900:201'" +
            "TDT+20+JU170+++JU'LOC+125+BEG'DTM+189:2611281400:201'LOC+87+TIA'DTM+232:2611281515:201'").Messages[0];

        message.Legs.Select(l => $"{l.Carrier}{l.Number} {l.DepartureAirport}-{l.ArrivalAirport}").ShouldBe(["JU500 JFK-BEG", "JU170 BEG-TIA"]);
        message.Flight!.Departure.ShouldBe(new DateTime(2026, 11, 28, 14, 0, 0));
        message.Flight.Arrival.ShouldBe(new DateTime(2026, 11, 28, 15, 15, 0));
        message.Flight.DepartureAirport.ShouldBe("BEG");
    }

    [Fact]
    public void DeclaredCounts_DifferFromReceived_Warning()
    {
        var message = Read(Flight + "NAD+FL+++A:B'NAD+FL+++C:D'NAD+FM+++E:F'CNT+42:3'CNT+41:1'").Messages[0];

        (message.DeclaredCounts!.Passengers, message.DeclaredCounts.Crew, message.DeclaredCounts.Received).ShouldBe((3, 1, 3));
        message.Diagnostics.ShouldContain(d => d.Code == "paxlst.count" && d.Tag == "CNT" && d.Message.Contains("3 passengers", StringComparison.Ordinal));
        message.Diagnostics.Count(d => d.Code == "paxlst.count").ShouldBe(1);
    }

    [Fact]
    public void Traveller_UnreadableDateOfBirth_KeptAndMarkedIncomplete()
    {
        var message = Read(Flight + "NAD+FL+++KRASNIQI:XHEVDET'DTM+329:851340'DOC+P+AB123'").Messages[0];

        var t = message.Travellers.Single();
        t.Incomplete.ShouldBeTrue();
        t.Problems.ShouldContain(p => p.Contains("851340", StringComparison.Ordinal));
        t.Documents.Single().Number.ShouldBe("AB123");
        message.Diagnostics.ShouldContain(d => d.Code == "paxlst.traveller" && d.Tag == "DTM" && d.Segment > 0 && d.Offset > 0);
    }
}
