using Portcullis.Formats.Cargo;
using Portcullis.Formats.CargoImp;

namespace Portcullis.Formats.Tests.Cargo;

/// <summary>Every field the Cargo-IMP readers fill, on the synthetic FWB and FHL messages of testdata/cargo/cargo-imp.</summary>
public sealed class CargoImpFieldTests
{
    private static Consignment Single(CargoDocument document) => Assert.Single(Assert.Single(document.Messages).Consignments);

    private static CargoParty Party(Consignment consignment, string role) => Assert.Single(consignment.Parties, p => p.Role == role);

    private static CargoDocument Text(string text)
    {
        using var stream = new MemoryStream(System.Text.Encoding.ASCII.GetBytes(text));
        return CargoImpReader.Read(stream);
    }

    [Fact]
    public void FwbTirana_WaybillLineRouteAndFlights()
    {
        var document = CargoTestData.Imp("cargo-imp/fwb-tia.txt");
        var message = Assert.Single(document.Messages);
        var consignment = Single(document);

        Assert.Equal("FWB", document.Format);
        Assert.False(document.HasErrors);
        Assert.Empty(message.Diagnostics);
        Assert.Equal(("FWB", "16"), (message.Type, message.Version));
        Assert.Equal(new DateTime(2026, 3, 14), message.Sent);
        Assert.Equal("master-air-waybill", consignment.Kind);
        Assert.Equal("020-12345675", consignment.Number);
        Assert.True(consignment.NumberValid);
        Assert.Equal(("FRA", "TIA", "FRA", "TIA"), (consignment.Origin, consignment.Destination, consignment.PortOfLoading, consignment.PortOfDischarge));
        Assert.Equal(["VIE"], consignment.Transshipments);
        Assert.Equal((12, 250.5m, 1.75m), (consignment.Pieces, consignment.GrossWeightKg, consignment.VolumeM3));
        var flight = message.Flight!;
        Assert.Equal(("LH", "LH1234", new DateOnly(2026, 3, 15), "FRA", "VIE"), (flight.Carrier, flight.Number, flight.Date, flight.From, flight.To));
        Assert.Contains("flight OS0847 day 16 (2026-03-16)", consignment.Remarks);
        Assert.Contains(new PartyIdentifier("iata-airline", "OS"), Party(consignment, "carrier").Identifiers);
    }

    [Fact]
    public void FwbTirana_Parties()
    {
        var consignment = Single(CargoTestData.Imp("cargo-imp/fwb-tia.txt"));

        var shipper = Party(consignment, "shipper");
        Assert.Equal("EXAMPLE EXPORT GMBH", shipper.Name);
        Assert.Equal(("HAFENSTRASSE 10", "FRANKFURT", "HE", "60549", "DE"), (shipper.Address!.Street, shipper.Address.City, shipper.Address.Region, shipper.Address.PostalCode, shipper.Address.Country));
        Assert.Equal("4969123456", shipper.Phone);
        Assert.Contains(new PartyIdentifier("account", "SHPACC01"), shipper.Identifiers);
        Assert.Contains(new PartyIdentifier("tin:DE", "DE123456789012345"), shipper.Identifiers);

        var consignee = Party(consignment, "consignee");
        Assert.Equal("SHEMBULL IMPORT SHPK", consignee.Name);
        Assert.Equal(("TIRANA", "1001", "AL"), (consignee.Address!.City, consignee.Address.PostalCode, consignee.Address.Country));
        Assert.Equal("35542234567", consignee.Phone);
        Assert.Equal("IMPORT@EXAMPLE.AL", consignee.Email);
        Assert.Contains(new PartyIdentifier("tin:AL", "L12345678A"), consignee.Identifiers);

        var agent = Party(consignment, "forwarder");
        Assert.Equal("EXAMPLE FORWARDING GMBH", agent.Name);
        Assert.Equal("FRANKFURT", agent.Address!.City);
        Assert.Contains(new PartyIdentifier("iata-agent", "2347121"), agent.Identifiers);
        Assert.Contains(new PartyIdentifier("cass-address", "0040"), agent.Identifiers);
    }

    [Fact]
    public void FwbTirana_ChargesGoodsHandling()
    {
        var consignment = Single(CargoTestData.Imp("cargo-imp/fwb-tia.txt"));

        Assert.Equal(new Money(5000m, "EUR"), consignment.DeclaredValue);
        Assert.Equal(new Money(4500.00m, "EUR"), consignment.CustomsValue);
        Assert.Equal("prepaid", consignment.FreightTerms);
        Assert.Equal("cash", consignment.PaymentMethod);
        Assert.Equal(["EAP", "ECC"], consignment.SpecialHandling);
        var goods = Assert.Single(consignment.Goods);
        Assert.Equal((1, "MACHINE PARTS", "847990", 12, 250.5m, 1.75m), (goods.Sequence, goods.Description, goods.HsCode, goods.Packages, goods.GrossWeightKg, goods.VolumeM3));
        Assert.Contains("SSR: KEEP DRY", consignment.Remarks);
        Assert.Contains("ACC: GEN/FREIGHT PREPAID", consignment.Remarks);
        Assert.Contains("OTH: P/MYC45.00", consignment.Remarks);
        Assert.Contains("PPD: WT905.20/OC45.00/CT950.20", consignment.Remarks);
        Assert.Contains("ISU: 14MAR26/FRANKFURT/J MUSTER", consignment.Remarks);
    }

    [Fact]
    public void FwbBelgrade_PoundsCubicFeetCollect()
    {
        var document = CargoTestData.Imp("cargo-imp/fwb-beg.txt");
        var message = Assert.Single(document.Messages);
        var consignment = Single(document);

        Assert.Equal("115-23456786", consignment.Number);
        Assert.True(consignment.NumberValid);
        Assert.Equal(("LHR", "BEG"), (consignment.Origin, consignment.Destination));
        Assert.Empty(consignment.Transshipments);
        Assert.Equal(4, consignment.Pieces);
        Assert.Equal(200.034m, consignment.GrossWeightKg);
        Assert.Equal(0.999585m, consignment.VolumeM3);
        Assert.Contains(message.Diagnostics, d => d.Code == "cargo.unit-converted" && d.Message == "weight 441.0 lb converted to 200.034 kg" && d.Line == 2 && d.Field == "AWB");
        Assert.Contains(message.Diagnostics, d => d.Code == "cargo.unit-converted" && d.Message.StartsWith("volume 35.3 CF", StringComparison.Ordinal));
        Assert.Equal(("JU", "JU0211", new DateOnly(2026, 4, 20), "LHR", "BEG"), (message.Flight!.Carrier, message.Flight.Number, message.Flight.Date, message.Flight.From, message.Flight.To));
        Assert.Equal("collect", consignment.FreightTerms);
        Assert.Null(consignment.PaymentMethod);
        Assert.Null(consignment.DeclaredValue);
        Assert.Null(consignment.CustomsValue);
        Assert.Equal(["PER", "COL"], consignment.SpecialHandling);
        var goods = Assert.Single(consignment.Goods);
        Assert.Equal(("PHARMACEUTICALS", "300490", 200.034m), (goods.Description, goods.HsCode, goods.GrossWeightKg));
        Assert.Contains(new PartyIdentifier("account", "CNEACC77"), Party(consignment, "consignee").Identifiers);
        Assert.Equal("RS", Party(consignment, "consignee").Address!.Country);
        Assert.Equal("GB", Party(consignment, "shipper").Address!.Country);
        Assert.Contains("COL: WT1000.00/CT1000.00", consignment.Remarks);
    }

    [Fact]
    public void FwbSkopje_TwoLegsTwoItems()
    {
        var document = CargoTestData.Imp("cargo-imp/fwb-skp.txt");
        var message = Assert.Single(document.Messages);
        var consignment = Single(document);

        Assert.Equal("157-34567890", consignment.Number);
        Assert.True(consignment.NumberValid);
        Assert.Equal(("DOH", "SKP", "SKP"), (consignment.Origin, consignment.Destination, consignment.PortOfDischarge));
        Assert.Equal(["IST"], consignment.Transshipments);
        Assert.Equal(("QR0239", new DateOnly(2026, 5, 3), "IST"), (message.Flight!.Number, message.Flight.Date, message.Flight.To));
        Assert.Contains("flight TK1001 day 04 (2026-05-04)", consignment.Remarks);
        Assert.Equal((2, 30m, 0.2m), (consignment.Pieces, consignment.GrossWeightKg, consignment.VolumeM3));
        Assert.Equal(new Money(1200m, "USD"), consignment.CustomsValue);
        Assert.Null(consignment.DeclaredValue);
        Assert.Equal(("prepaid", "credit"), (consignment.FreightTerms, consignment.PaymentMethod));
        Assert.Equal(["847130", "851713"], consignment.Goods.Select(g => g.HsCode));
        Assert.Equal(["LAPTOP COMPUTERS", "MOBILE PHONES"], consignment.Goods.Select(g => g.Description));
        Assert.Equal(["ELI", "ELM"], consignment.SpecialHandling);
        Assert.Equal("MK", Party(consignment, "consignee").Address!.Country);
        Assert.Equal("97444123456", Party(consignment, "shipper").Phone);
    }

    [Fact]
    public void FwbWrongCheckDigit_IsReadAndFlagged()
    {
        var document = CargoTestData.Imp("cargo-imp/fwb-wrong-check-digit.txt");
        var consignment = Single(document);

        Assert.False(document.HasErrors);
        Assert.Equal("115-12345670", consignment.Number);
        Assert.False(consignment.NumberValid);
        var warning = Assert.Single(document.Messages[0].Diagnostics, d => d.Code == "cargo.awb-check-digit");
        Assert.Equal((Severity.Warning, 2, "AWB"), (warning.Severity, warning.Line, warning.Field));
        Assert.Contains("gives 5", warning.Message, StringComparison.Ordinal);
        Assert.Equal("ZURICH WATCHES AG", Party(consignment, "shipper").Name);
    }

    [Fact]
    public void FwbBroken_ReportsEveryProblemByLineAndKeepsTheRest()
    {
        var document = CargoTestData.Imp("cargo-imp/fwb-broken.txt");
        var diagnostics = document.Messages[0].Diagnostics;

        Assert.True(document.HasErrors);
        Assert.Contains(diagnostics, d => d.Code == "cargo.imp-waybill-line" && d.Severity == Severity.Error && d.Line == 2);
        Assert.Contains(diagnostics, d => d.Code == "cargo.imp-value" && d.Line == 6);
        Assert.Contains(diagnostics, d => d.Code == "cargo.hs-code" && d.Line == 8);
        Assert.Contains(diagnostics, d => d.Code == "cargo.imp-unknown-line" && d.Line == 9 && d.Field == "WHAT");
        Assert.Contains(diagnostics, d => d.Code == "cargo.imp-date" && d.Line == 10);
        Assert.All(diagnostics, d => Assert.NotNull(d.Line));
        Assert.Contains("WHAT/IS THIS", Single(document).Remarks);
    }

    [Fact]
    public void FhlConsolidation_ThreeHousesUnderTheMaster()
    {
        var document = CargoTestData.Imp("cargo-imp/fhl-tia-consolidation.txt");
        var message = Assert.Single(document.Messages);

        Assert.Equal("FHL", document.Format);
        Assert.False(document.HasErrors);
        Assert.Equal(("FHL", "4"), (message.Type, message.Version));
        Assert.Equal(["FRA0001", "FRA0002", "FRA0003"], message.Consignments.Select(c => c.Number));
        Assert.All(message.Consignments, c =>
        {
            Assert.Equal("house-air-waybill", c.Kind);
            Assert.Equal("020-12345675", c.MasterNumber);
            Assert.Equal(("FRA", "TIA"), (c.Origin, c.Destination));
            Assert.Contains("master 020-12345675: FRA-TIA, 12 pieces, 250.5 kg", c.Remarks);
        });

        var first = message.Consignments[0];
        Assert.Equal((5, 100.0m), (first.Pieces, first.GrossWeightKg));
        var goods = Assert.Single(first.Goods);
        Assert.Equal(("SPARE PARTS FOR PACKAGING\nMACHINES", "847990"), (goods.Description, goods.HsCode));
        Assert.Equal("EXAMPLE EXPORT GMBH", Party(first, "shipper").Name);
        Assert.Equal("DE", Party(first, "shipper").Address!.Country);
        Assert.Contains(new PartyIdentifier("tin:AL", "L12345678A"), Party(first, "consignee").Identifiers);
        Assert.Equal("35542234567", Party(first, "consignee").Phone);
        Assert.Equal(new Money(2500m, "EUR"), first.CustomsValue);
        Assert.Null(first.DeclaredValue);
        Assert.Equal("prepaid", first.FreightTerms);

        var second = message.Consignments[1];
        Assert.Equal(["620520", "620530"], second.Goods.Select(g => g.HsCode));
        Assert.Equal("MENS COTTON SHIRTS", second.Goods[0].Description);
        Assert.Equal(["ECC"], second.SpecialHandling);
        Assert.Equal("collect", second.FreightTerms);
        Assert.Equal("MODA TIRANA SHPK", Party(second, "consignee").Name);

        var third = message.Consignments[2];
        Assert.Equal(("BOOKS", "490199", 3, 60.0m), (third.Goods[0].Description, third.Goods[0].HsCode, third.Pieces, third.GrossWeightKg));
    }

    [Fact]
    public void SeveralMessages_InOneFile_AreMixed()
    {
        var text = string.Join("\n", File.ReadAllText(Path.Combine(CargoTestData.Folder, "cargo-imp", "fwb-tia.txt")), File.ReadAllText(Path.Combine(CargoTestData.Folder, "cargo-imp", "fhl-tia-consolidation.txt")));

        var document = Text(text);

        Assert.Equal("mixed", document.Format);
        Assert.Equal(["FWB", "FHL"], document.Messages.Select(m => m.Type));
        Assert.Equal(3, document.Messages[1].Consignments.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("HELLO WORLD")]
    [InlineData("FWX/16\n020-12345675FRATIA/T1K1")]
    public void NoMessageHeader_IsOneError(string text)
    {
        var document = Text(text);

        Assert.Empty(document.Messages);
        Assert.Equal("cargo.imp-no-message", Assert.Single(document.Diagnostics).Code);
    }

    [Fact]
    public void FhlWithoutMaster_IsAnError()
    {
        var document = Text("FHL/4\nHBS/H1/FRATIA/1/K1.0//X");

        Assert.True(document.HasErrors);
        Assert.Equal("H1", Single(document).Number);
        Assert.Null(Single(document).MasterNumber);
    }
}
