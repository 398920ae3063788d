using Portcullis.Formats.Cargo;
using Portcullis.Formats.CargoXml;

namespace Portcullis.Formats.Tests.Cargo;

/// <summary>Every field the Cargo-XML readers fill, on the Riege samples (real) and the synthetic ones of testdata/cargo/cargo-xml.</summary>
public sealed class CargoXmlFieldTests
{
    private static Consignment Single(CargoDocument document) => Assert.Single(Assert.Single(document.Messages).Consignments);

    private static CargoParty Party(Consignment consignment, string role) => Assert.Single(consignment.Parties, p => p.Role == role);

    [Fact]
    public void RiegeXfwb_Header()
    {
        var document = CargoTestData.Xml("riege/riege-888-11111111_XFWB.xml");

        Assert.Equal("XFWB", document.Format);
        Assert.False(document.HasErrors);
        var message = Assert.Single(document.Messages);
        Assert.Equal("XFWB", message.Type);
        Assert.Equal("3.00", message.Version);
        Assert.Equal("888-11111111_6c763819-1067-43fe-acf7-db4daf4f77cf", message.Reference);
        Assert.Equal("original", message.Function);
        Assert.Equal("RIEGESOFTWARE", message.Sender);
        Assert.Equal(new DateTime(2021, 3, 10, 11, 0, 0), message.Sent);
    }

    [Fact]
    public void RiegeXfwb_NumberRouteAndFlights()
    {
        var document = CargoTestData.Xml("riege/riege-888-11111111_XFWB.xml");
        var consignment = Single(document);
        var flight = document.Messages[0].Flight!;

        Assert.Equal("master-air-waybill", consignment.Kind);
        Assert.Equal("888-11111111", consignment.Number);
        Assert.True(consignment.NumberValid);
        Assert.Null(consignment.MasterNumber);
        Assert.Equal("ORK", consignment.Origin);
        Assert.Equal("PVG", consignment.Destination);
        Assert.Equal("ORK", consignment.PortOfLoading);
        Assert.Equal("AUH", consignment.PortOfDischarge);
        Assert.Equal(["DUB"], consignment.Transshipments);
        Assert.Equal(("XX", "XX8012", new DateOnly(2021, 3, 10), "ORK", "DUB"), (flight.Carrier, flight.Number, flight.Date, flight.From, flight.To));
        Assert.Contains("leg 1: XX8012 ORK-DUB 2021-03-10", consignment.Remarks);
        Assert.Contains("leg 2: XX345 DUB-AUH 2021-03-12", consignment.Remarks);
        Assert.Equal("XX", Party(consignment, "carrier").Identifiers.Single(i => i.Scheme == "iata-airline").Value);
    }

    [Fact]
    public void RiegeXfwb_Parties()
    {
        var consignment = Single(CargoTestData.Xml("riege/riege-888-11111111_XFWB.xml"));

        var shipper = Party(consignment, "shipper");
        Assert.Equal("FORWARDER COMPANY IRELAND LTD", shipper.Name);
        Assert.Equal(("HARBOUR POINT BUSINESS PARK", "LITTLE CITY", "ABCD", "IE"), (shipper.Address!.Street, shipper.Address.City, shipper.Address.PostalCode, shipper.Address.Country));
        Assert.Equal("353123456789", shipper.Phone);
        Assert.Contains(new PartyIdentifier("account", "SHP_ACCOUNT_NO_1234"), shipper.Identifiers);
        Assert.Contains(new PartyIdentifier("tin:IE", "IE1234567N"), shipper.Identifiers);

        var consignee = Party(consignment, "consignee");
        Assert.Equal("FORWARDER COMPANY SHANGHAI LTD\nROOM 123 SPECIAL BUILDING. NR 987", consignee.Name);
        Assert.Equal("CN", consignee.Address!.Country);
        Assert.Equal("SHANGHAI", consignee.Address.City);
        Assert.Equal("861234567890", consignee.Phone);
        Assert.Contains(new PartyIdentifier("tin:CN", "USCI1234567812345678X7"), consignee.Identifiers);
        Assert.Contains("consignee contact phone: 862123454321", consignment.Remarks);
        Assert.Contains("consignee contact person: PAUL PERSON", consignment.Remarks);

        var forwarder = Party(consignment, "forwarder");
        Assert.Equal("FORWARDER COMPANY IRELAND LIMITED", forwarder.Name);
        Assert.Equal("IE", forwarder.Address!.Country);
        Assert.Equal("353987654321", forwarder.Phone);
        Assert.Contains(new PartyIdentifier("account", "87654321"), forwarder.Identifiers);
        Assert.Contains(new PartyIdentifier("iata-agent", "3456789"), forwarder.Identifiers);
    }

    [Fact]
    public void RiegeXfwb_MeasuresGoodsHandlingCharges()
    {
        var document = CargoTestData.Xml("riege/riege-888-11111111_XFWB.xml");
        var consignment = Single(document);

        Assert.Equal(3, consignment.Pieces);
        Assert.Equal(1042.0m, consignment.GrossWeightKg);
        Assert.Equal(2.602m, consignment.VolumeM3);
        var goods = Assert.Single(consignment.Goods);
        Assert.Equal(1, goods.Sequence);
        Assert.StartsWith("CONSOLIDATION\nAS PER ATTACHED", goods.Description, StringComparison.Ordinal);
        Assert.Equal("000111", goods.HsCode);
        Assert.Equal(3, goods.Packages);
        Assert.Equal(1042.0m, goods.GrossWeightKg);

        // The item's volume was sent in cubic centimetres: converted, the original kept in a warning.
        Assert.Equal(2.602m, goods.VolumeM3);
        Assert.Contains(document.Messages[0].Diagnostics, d => d.Code == "cargo.unit-converted" && d.Message.Contains("2602000 CMQ", StringComparison.Ordinal));

        Assert.Equal(["NSC"], consignment.SpecialHandling);
        Assert.Contains("OSI: HANDLE WITH CARE", consignment.Remarks);
        Assert.Null(consignment.DeclaredValue);
        Assert.Null(consignment.CustomsValue);
        Assert.Contains("no value declared for carriage (NVD)", consignment.Remarks);
        Assert.Contains("no value declared for customs (NCV)", consignment.Remarks);
        Assert.Equal("prepaid", consignment.FreightTerms);
        Assert.Contains("other charge MC 1234.56 EUR prepaid due carrier", consignment.Remarks);
        Assert.Contains("prepaid total 4860.03 EUR", consignment.Remarks);
    }

    [Fact]
    public void RiegeXfwbAcas_KeepsTheUsCustomsNotesAsRemarks()
    {
        var consignment = Single(CargoTestData.Xml("riege/riege-888-11111111_XFWB_ACAS_US.xml"));

        Assert.Equal("888-11111111", consignment.Number);
        Assert.Contains("OCI US/CUS/RT: B2B", consignment.Remarks);
        Assert.Contains("OCI US/CUS/AE: 20JAN23", consignment.Remarks);
    }

    [Fact]
    public void RiegeXfzb_HouseUnderItsMaster()
    {
        var document = CargoTestData.Xml("riege/riege-SEL22222222_XFZB.xml");
        var message = Assert.Single(document.Messages);
        var house = Single(document);

        Assert.Equal("XFZB", document.Format);
        Assert.False(document.HasErrors);
        Assert.Equal("XFZB", message.Type);
        Assert.Equal(new DateTime(2022, 4, 29, 10, 10, 0), message.Sent);
        Assert.Equal("house-air-waybill", house.Kind);
        Assert.Equal("SEL22222222", house.Number);
        Assert.Null(house.NumberValid);
        Assert.Equal("888-11111111", house.MasterNumber);
        Assert.Equal("ICN", house.Origin);
        Assert.Equal("FDH", house.Destination);
        Assert.Equal(10, house.Pieces);
        Assert.Equal(134.0m, house.GrossWeightKg);
        Assert.Equal("prepaid", house.FreightTerms);
        Assert.Contains("master totals: 59 pieces, 2217.0 KGM", house.Remarks);

        var goods = Assert.Single(house.Goods);
        Assert.Equal("SPARE PARTS", goods.Description);
        Assert.Equal("1133557799", goods.HsCode);
        Assert.Equal(5, goods.Packages);
        Assert.Equal(133.7m, goods.GrossWeightKg);

        var shipper = Party(house, "shipper");
        Assert.Equal("SPARE PART LTD.", shipper.Name);
        Assert.Equal("KR", shipper.Address!.Country);
        Assert.Equal("055281234567890", shipper.Phone);
        Assert.Contains(new PartyIdentifier("tin:KR", "5432109876"), shipper.Identifiers);
        var consignee = Party(house, "consignee");
        Assert.Equal("REPAIR DIENST GMBH", consignee.Name);
        Assert.Equal(("SPEZIAL-STR. 13", "FRIEDRICHSHAFEN", "87654", "DE"), (consignee.Address!.Street, consignee.Address.City, consignee.Address.PostalCode, consignee.Address.Country));
        Assert.Contains(new PartyIdentifier("tin:DE", "DE3056777000"), consignee.Identifiers);
    }

    [Fact]
    public void SyntheticXfwb_PoundsCubicFeetValuesCollect()
    {
        var document = CargoTestData.Xml("cargo-xml/xfwb-beg-pounds.xml");
        var message = Assert.Single(document.Messages);
        var consignment = Single(document);

        Assert.Equal("amendment", message.Function);
        Assert.Equal("115-23456786", consignment.Number);
        Assert.True(consignment.NumberValid);
        Assert.Equal(("LHR", "BEG"), (consignment.Origin, consignment.Destination));
        Assert.Equal(("JU", "JU0211", new DateOnly(2026, 4, 20)), (message.Flight!.Carrier, message.Flight.Number, message.Flight.Date));
        Assert.Equal(200.034m, consignment.GrossWeightKg);
        Assert.Equal(0.999585m, consignment.VolumeM3);
        Assert.Contains(message.Diagnostics, d => d.Code == "cargo.unit-converted" && d.Message == "weight 441.0 lb converted to 200.034 kg" && d.Line == 19);
        Assert.Equal(new Money(8000m, "GBP"), consignment.DeclaredValue);
        Assert.Equal(new Money(7500.50m, "GBP"), consignment.CustomsValue);
        Assert.Equal("collect", consignment.FreightTerms);
        Assert.Null(consignment.PaymentMethod); // CC, all charges collect, says when, not how
        Assert.Contains("charge code CC", consignment.Remarks);
        Assert.Equal(["PER", "COL"], consignment.SpecialHandling);
        Assert.Contains("SSR: KEEP BETWEEN 2 AND 8 DEGREES", consignment.Remarks);

        // The second item has no TypeCode: the HS code sent as customs information lands on it.
        Assert.Equal(["300490", "300215"], consignment.Goods.Select(g => g.HsCode));
        Assert.Equal("MIDDLESEX", Party(consignment, "shipper").Address!.Region);
        Assert.Equal("EXPORT@EXAMPLE.CO.UK", Party(consignment, "shipper").Email);
        Assert.Contains(new PartyIdentifier("EORI", "GB123456789000"), Party(consignment, "shipper").Identifiers);
        Assert.Equal("BEOGRAD CUSTOMS BROKER DOO", Party(consignment, "notify").Name);
        Assert.Contains(new PartyIdentifier("iata-agent", "9123456"), Party(consignment, "forwarder").Identifiers);
    }

    [Fact]
    public void SyntheticXfzb_LegsInSequenceOrderAndAWrongMasterCheckDigit()
    {
        var document = CargoTestData.Xml("cargo-xml/xfzb-skp-house.xml");
        var message = Assert.Single(document.Messages);
        var house = Single(document);

        Assert.Equal("DOH0099", house.Number);
        Assert.Equal("157-34567891", house.MasterNumber);
        var warning = Assert.Single(message.Diagnostics, d => d.Code == "cargo.awb-check-digit");
        Assert.Contains("gives 0", warning.Message, StringComparison.Ordinal);
        Assert.Equal(14, warning.Line);
        Assert.Equal(("QR0239", "DOH", "IST"), (message.Flight!.Number, message.Flight.From, message.Flight.To));
        Assert.Equal(("DOH", "SKP"), (house.PortOfLoading, house.PortOfDischarge));
        Assert.Equal(["IST"], house.Transshipments);
        Assert.Equal(0.12m, house.VolumeM3);
        Assert.Equal(new Money(1200m, "USD"), house.CustomsValue);
        Assert.Equal(["ELI"], house.SpecialHandling);
        Assert.Equal("847130", Assert.Single(house.Goods).HsCode);
        Assert.Equal("MK", Party(house, "consignee").Address!.Country);
    }

    [Fact]
    public void Dtd_IsRefusedNotExpanded()
    {
        const string xml = """<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><Waybill xmlns="iata:waybill:1">&e;</Waybill>""";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml));

        var document = CargoXmlReader.Read(stream);

        Assert.True(document.HasErrors);
        Assert.Equal("cargo.xml-syntax", Assert.Single(document.Diagnostics).Code);
    }

    [Fact]
    public void WrongRoot_IsAnError()
    {
        using var stream = new MemoryStream("<Invoice xmlns=\"urn:x\"/>"u8.ToArray());

        var document = CargoXmlReader.Read(stream);

        Assert.Empty(document.Messages);
        Assert.Equal("cargo.xml-root", Assert.Single(document.Diagnostics).Code);
    }

    [Fact]
    public void Truncated_KeepsWhatWasReadBeforeTheBreak()
    {
        var bytes = CargoTestData.Bytes("riege/riege-888-11111111_XFWB.xml");
        var cut = System.Text.Encoding.UTF8.GetString(bytes);
        cut = cut[..cut.IndexOf("<OriginLocation>", StringComparison.Ordinal)];
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(cut));

        var document = CargoXmlReader.Read(stream);

        Assert.True(document.HasErrors);
        var consignment = Single(document);
        Assert.Equal("888-11111111", consignment.Number);
        Assert.Equal("FORWARDER COMPANY IRELAND LTD", Party(consignment, "shipper").Name);
        Assert.Null(consignment.Origin);
    }
}
