using System.Text;
using Portcullis.Formats.Cargo;

namespace Portcullis.Formats.Tests.Cargo;

/// <summary>Every field the CUSCAR reader fills, asserted against the synthetic samples of testdata/cargo/cuscar.</summary>
public sealed class CuscarFieldTests
{
    private static CargoMessage Durres => CuscarSamples.Read("durres-original.edi").Messages.Single();

    private static CargoMessage Bar => CuscarSamples.Read("bar-original.edi").Messages.Single();

    [Fact]
    public void Envelope_Durres_ReadAsAnOriginalD95BManifest()
    {
        var document = CuscarSamples.Read("durres-original.edi");
        var m = document.Messages.Single();

        document.Format.ShouldBe("CUSCAR");
        document.HasErrors.ShouldBeFalse();
        m.Type.ShouldBe("CUSCAR");
        m.Version.ShouldBe("D95B");
        m.Reference.ShouldBe("1");
        m.Function.ShouldBe("original");
        m.Sender.ShouldBe("ADRIALINE");
        m.Sent.ShouldBe(new DateTime(2026, 11, 27, 8, 30, 0));
    }

    [Fact]
    public void Voyage_Durres_TdtLocDtm()
    {
        var v = Durres.Voyage!;

        v.VoyageNumber.ShouldBe("0412E");
        v.Carrier.ShouldBe("ADRL");
        v.CarrierName.ShouldBe("ADRIA LINE");
        v.VesselName.ShouldBe("MV ADRIATIC STAR");
        v.ImoNumber.ShouldBe("9074729");
        v.CallSign.ShouldBeNull(); // C222 holds one identification, the IMO number here; 1153 has no call-sign qualifier
        v.LastPort.ShouldBe("ITBRI");
        v.PortOfCall.ShouldBe("ALDRZ");
        v.NextPort.ShouldBe("MEBAR");
        v.Arrival.ShouldBe(new DateTime(2026, 11, 28, 14, 0, 0));
        v.Departure.ShouldBe(new DateTime(2026, 11, 28, 22, 0, 0));
    }

    [Fact]
    public void Voyage_Bar_ImoFromRffCallSignFromTdt()
    {
        var m = Bar;
        var v = m.Voyage!;

        m.Version.ShouldBe("D96B");
        v.ImoNumber.ShouldBe("9351232");
        v.CallSign.ShouldBe("4OAB2");
        v.VesselName.ShouldBe("MV LOVCEN");
        v.CarrierName.ShouldBe("MONTENEGRO LINES");
        v.LastPort.ShouldBe("GRPIR");
        v.PortOfCall.ShouldBe("MEBAR");
        v.Arrival.ShouldBe(new DateTime(2026, 11, 29, 12, 0, 0)); // format 201, YYMMDDHHMM
        m.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Consignment_Durres_RouteAndTotals()
    {
        var c = Durres.Consignments[0];

        Durres.Consignments.Count.ShouldBe(2);
        c.Kind.ShouldBe("bill-of-lading");
        c.Number.ShouldBe("ADRL0412DRZ001");
        c.MasterNumber.ShouldBeNull();
        c.NumberValid.ShouldBeNull();
        c.Origin.ShouldBe("TRIST");
        c.PortOfLoading.ShouldBe("TRAMB");
        c.Transshipments.ShouldBe(["ITGIT"]);
        c.PortOfDischarge.ShouldBe("ALDRZ");
        c.PlaceOfDelivery.ShouldBe("ALTIA");
        c.Destination.ShouldBe("ALTIA");
        c.Pieces.ShouldBe(500); // 400 cartons and 100 packages
        c.GrossWeightKg.ShouldBe(12500m);
        c.VolumeM3.ShouldBe(58.5m);
        c.CustomsValue.ShouldBe(new Money(85000m, "EUR"));
        c.FreightTerms.ShouldBe("prepaid");
        c.PaymentMethod.ShouldBe("cash");
        c.Remarks.ShouldBe(["AAI: DELIVER TO BONDED WAREHOUSE"]);
    }

    [Fact]
    public void Parties_Durres_ShipperConsigneeNotifyForwarder()
    {
        var parties = Durres.Consignments[0].Parties;

        parties.Select(p => p.Role).ShouldBe(["shipper", "consignee", "notify", "forwarder"]);
        var shipper = parties[0];
        shipper.Name.ShouldBe("ISTANBUL TEKSTIL AS");
        shipper.Identifiers.ShouldBe([new PartyIdentifier("eori", "TR1234567890")]);
        shipper.Address!.Street.ShouldBe("BUYUKDERE CAD 12");
        shipper.Address.City.ShouldBe("ISTANBUL");
        shipper.Address.PostalCode.ShouldBe("34394");
        shipper.Address.Country.ShouldBe("TR");
        var consignee = parties[1];
        consignee.Name.ShouldBe("TIRANA TRADE SHPK");
        consignee.Phone.ShouldBe("35542212345");
        consignee.Email.ShouldBe("import@tiranatrade.example");
        parties[2].Name.ShouldBe("BANKA E TIRANES");
        parties[3].Identifiers.ShouldBe([new PartyIdentifier("id", "FWD001")]);
        parties[3].Address!.City.ShouldBe("DURRES");
    }

    [Fact]
    public void Goods_Durres_DescriptionHsPackagesWeightVolumeValueMarks()
    {
        var goods = Durres.Consignments[0].Goods;

        goods.Count.ShouldBe(2);
        var shirts = goods[0];
        shirts.Sequence.ShouldBe(1);
        shirts.Description.ShouldBe("COTTON T-SHIRTS KNITTED");
        shirts.HsCode.ShouldBe("610910");
        shirts.Packages.ShouldBe(400);
        shirts.PackageType.ShouldBe("CT");
        shirts.GrossWeightKg.ShouldBe(8000m);
        shirts.VolumeM3.ShouldBe(38.5m);
        shirts.Value.ShouldBe(new Money(60000m, "EUR"));
        shirts.Marks.ShouldBe("TT/TIR/01-400");
        shirts.Containers.ShouldBe(["CSQU3054383"]);
        var dyes = goods[1];
        dyes.HsCode.ShouldBe("32041600");
        dyes.DangerousGoodsUnNumber.ShouldBe("1993");
        dyes.Containers.ShouldBe(["CMAU1122332"]);
    }

    [Fact]
    public void Equipment_Durres_ContainersSealsAndHeaderContainerSharedBySgp()
    {
        var equipment = Durres.Consignments[0].Equipment;

        var csqu = equipment.Single(e => e.Number == "CSQU3054383");
        csqu.NumberValid.ShouldBe(true);
        csqu.SizeType.ShouldBe("22G1");
        csqu.Loading.ShouldBe("full");
        csqu.Seals.ShouldBe(["AL123456", "TR998877"]);
        var shared = equipment.Single(e => e.Number == "CMAU1122332"); // header EQD "CMAU 112233-2", normalized
        shared.NumberValid.ShouldBe(true);
        shared.Seals.ShouldBe(["TR445566"]);
    }

    [Fact]
    public void Equipment_InvalidCheckDigit_FlaggedAndWarned()
    {
        var m = Durres;
        var bad = m.Consignments[1].Equipment.Single();

        bad.Number.ShouldBe("MSCU7654321");
        bad.NumberValid.ShouldBe(false);
        bad.SizeType.ShouldBe("42G1");
        bad.Seals.ShouldBe(["IT554433"]);
        var warning = m.Diagnostics.Single(d => d.Code == "cargo.container-check-digit");
        warning.Severity.ShouldBe(Severity.Warning);
        warning.Tag.ShouldBe("EQD");
        warning.Segment.ShouldNotBeNull();
        warning.Offset.ShouldNotBeNull();
        warning.Message.ShouldContain("MSCU7654321");
        warning.Message.ShouldContain("gives 9");
    }

    [Fact]
    public void SecondBill_Durres_CollectIncotermsAndTonnesConverted()
    {
        var m = Durres;
        var c = m.Consignments[1];

        c.Number.ShouldBe("ADRL0412DRZ002");
        c.PortOfLoading.ShouldBe("ITBRI");
        c.FreightTerms.ShouldBe("collect");
        c.Remarks.ShouldBe(["Incoterms: FOB"]);
        c.Goods.Single().GrossWeightKg.ShouldBe(10000m);
        c.Goods.Single().HsCode.ShouldBe("1509200000");
        c.Goods.Single().PackageType.ShouldBe("PL");
        m.Diagnostics.ShouldContain(d => d.Code == "cargo.unit-converted" && d.Message.Contains("10 TNE", StringComparison.Ordinal));
    }

    [Fact]
    public void HouseBills_Bar_UnderTheirMaster()
    {
        var c = Bar.Consignments;

        c.Select(x => x.Number).ShouldBe(["MONT115BAR01", "HB-PIR-001", "HB-PIR-002"]);
        c[0].MasterNumber.ShouldBeNull();
        c[1].MasterNumber.ShouldBe("MONT115BAR01"); // BH before BM
        c[2].MasterNumber.ShouldBe("MONT115BAR01"); // BM before BH
        c[0].FreightTerms.ShouldBe("collect");
        c[2].FreightTerms.ShouldBe("prepaid");
        c[1].PlaceOfDelivery.ShouldBe("METGD");
        c[1].Parties.Select(p => p.Role).ShouldBe(["shipper", "consignee", "notify"]);
        c[0].Parties[1].Identifiers.ShouldBe([new PartyIdentifier("tin", "02345678")]);
        c[0].GrossWeightKg.ShouldBe(6400.5m);
        c[0].Pieces.ShouldBe(150);
        c[1].Goods.Single().VolumeM3.ShouldBe(12.25m);
        c[1].Goods.Single().Value.ShouldBe(new Money(1500.50m, "EUR"));
        var feta = c[2].Goods.Single();
        feta.Description.ShouldBe("GREEK FETA CHEESE IN BRINE");
        feta.HsCode.ShouldBe("04069032");
        c[2].Remarks.ShouldBe(["AAI: KEEP REFRIGERATED"]);
    }

    [Fact]
    public void Amendment_Function5AndCancellationFunction1()
    {
        var document = CuscarSamples.Read("bar-amendment.edi");

        document.HasErrors.ShouldBeFalse();
        document.Messages.Select(m => m.Function).ShouldBe(["amendment", "cancellation"]);
        var amended = document.Messages[0];
        amended.Version.ShouldBe("D05B");
        amended.Consignments.Single().GrossWeightKg.ShouldBe(6650m);
        amended.Consignments.Single().Equipment.Single().Seals.ShouldBe(["GR000111", "ME777001"]);
        amended.Voyage!.Arrival.ShouldBe(new DateTime(2026, 11, 29, 18, 0, 0));
        document.Messages[1].Consignments.ShouldBeEmpty();
        document.Messages[1].Voyage!.VoyageNumber.ShouldBe("114N");
    }

    [Fact]
    public void Broken_EveryProblemReportedAndPlaced_NothingThrown()
    {
        var document = CuscarSamples.Read("broken.edi");
        var all = document.Diagnostics.Concat(document.Messages.SelectMany(m => m.Diagnostics)).ToList();
        var codes = all.Select(d => d.Code).ToList();

        document.HasErrors.ShouldBeTrue();
        codes.ShouldContain("edifact.missing-unt");
        codes.ShouldContain("edifact.missing-unz");
        codes.ShouldContain("cuscar.version");
        codes.ShouldContain("cuscar.document");
        codes.ShouldContain("cuscar.function");
        codes.ShouldContain("cuscar.no-voyage");
        codes.ShouldContain("cargo.imo-check-digit");
        codes.ShouldContain("cuscar.date");
        codes.ShouldContain("cuscar.party-role");
        codes.ShouldContain("cuscar.hs-code");
        codes.ShouldContain("cuscar.number");
        codes.ShouldContain("cuscar.unit");
        codes.ShouldContain("cargo.container-number");
        codes.ShouldContain("cargo.container-check-digit");
        codes.ShouldContain("cuscar.unexpected");
        codes.ShouldContain("cuscar.no-bill-number");
        codes.ShouldContain("cargo.unit-converted");
        all.Where(d => d.Tag is not null).ShouldAllBe(d => d.Segment != null && d.Offset != null);

        var c = document.Messages.Single().Consignments.Single();
        c.Parties.Single().Role.ShouldBe("other");
        c.Pieces.ShouldBeNull(); // the package count "ten" is no number
        c.Goods.Single().GrossWeightKg.ShouldBe(453.59237m); // the LBR measure, converted; the bad one ignored
        c.Equipment.Select(e => e.NumberValid).ShouldBe([null, false]);
    }

    [Fact]
    public void NotCuscar_IsAnError()
    {
        var text = "UNA:+.? 'UNB+UNOC:3+S+R+261128:0900+R1'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+3+1'UNZ+1+R1'";
        var document = CuscarSamples.Read(Encoding.UTF8.GetBytes(text));

        document.Messages.Single().Diagnostics.ShouldContain(d => d.Code == "message.type" && d.Severity == Severity.Error);
    }

    private static CargoMessage Inline(string body, string version = "D:95B")
    {
        var text = $"UNA:+.? 'UNB+UNOC:3+S+R+261128:0900+R1'UNH+1+CUSCAR:{version}:UN'BGM+785+M1+9'TDT+20+V1'{body}UNT+3+1'UNZ+1+R1'";
        return CuscarSamples.Read(Encoding.UTF8.GetBytes(text)).Messages.Single();
    }

    [Theory]
    [InlineData("D:95B", true)]
    [InlineData("D:99B", true)]
    [InlineData("D:00A", true)]
    [InlineData("D:21A", true)]
    [InlineData("D:95A", false)]
    [InlineData("D:93A", false)]
    [InlineData("S:93A", false)]
    public void Version_D95BAndLater_Supported(string version, bool supported) =>
        Inline("", version).Diagnostics.Any(d => d.Code == "cuscar.version").ShouldBe(!supported);

    [Fact]
    public void GoodsBeforeAnyCni_KeptInAConsignmentOfItsOwn()
    {
        var m = Inline("GID+1+5:CT'FTX+AAA+++LOOSE GOODS'");

        m.Consignments.Single().Goods.Single().Description.ShouldBe("LOOSE GOODS");
        m.Diagnostics.ShouldContain(d => d.Code == "cuscar.no-cni" && d.Tag == "GID");
        m.Diagnostics.ShouldContain(d => d.Code == "cuscar.no-bill-number");
    }

    [Fact]
    public void Trailer_NotAContainer_NumberNotChecked()
    {
        var m = Inline("CNI+1+B1'EQD+TE+ab-12 cd'");

        var trailer = m.Consignments.Single().Equipment.Single();
        trailer.Number.ShouldBe("AB12CD");
        trailer.NumberValid.ShouldBeNull();
        m.Diagnostics.ShouldNotContain(d => d.Code.StartsWith("cargo.container", StringComparison.Ordinal));
    }

    [Fact]
    public void DecimalComma_AndFeetAndLitres_Converted()
    {
        var goods = Inline("CNI+1+B1'GID+1+1:PK'MEA+AAE+G+KGM:12,75'MEA+AAE+AAW+LTR:1500'").Consignments.Single().Goods.Single();

        goods.GrossWeightKg.ShouldBe(12.75m);
        goods.VolumeM3.ShouldBe(1.5m);
    }

    [Fact]
    public void GrossWeightPerPackage_TimesThePackages_AndTotalGrossWeightRead()
    {
        var m = Inline("CNI+1+B1'GID+1+40:CT'MEA+AAE+AAB+KGM:12,5'GID+2+3:PK'MEA+AAE+AAD+KGM:900'MEA+AAE+AAL+KGM:850'CNI+2+B2'MEA+AAE+AAB+KGM:10'");

        m.Consignments[0].Goods.Select(g => g.GrossWeightKg).ShouldBe([500m, 900m]);
        m.Consignments[1].GrossWeightKg.ShouldBeNull();
        m.Diagnostics.ShouldContain(d => d.Code == "cuscar.unit-weight" && d.Tag == "MEA");
    }

    [Fact]
    public void ImplausibleFigures_ReportedAndLeftOut_NothingOverflows()
    {
        // Through CargoDataReader, whose last step checks what every reader read.
        var text = "UNA:+.? 'UNB+UNOC:3+S+R+261128:0900+R1'UNH+1+CUSCAR:D:95B:UN'BGM+785+M1+9'TDT+20+V1'"
            + "CNI+1+B1'MEA+AAE+G+KGM:-5'MOA+40:79228162514264337593543950335:EUR'MOA+44:20000000000000:EUR'"
            + "GID+1+2000000000:CT'MEA+AAE+AAB+KGM:999999999999999'GID+2+4:CT'MEA+AAE+G+TNE:999999999999999'MEA+AAE+AAW+MTQ:3,5'UNT+3+1'UNZ+1+R1'";
        var m = CargoDataReader.ReadDocument(new MemoryStream(Encoding.UTF8.GetBytes(text)), CuscarSamples.ReceivedOn).Messages.Single();

        var c = m.Consignments.Single();
        (c.GrossWeightKg, c.CustomsValue, c.DeclaredValue).ShouldBe((null, null, null));
        c.Goods.Select(g => (g.Packages, g.GrossWeightKg)).ShouldBe([(null, null), (4, null)]);
        c.Goods[1].VolumeM3.ShouldBe(3.5m, "the rest of the goods line is kept");
        // -5 kg, 2·10^13 EUR, 2·10^9 packages (and pieces, their sum), and two lines' weights of 10^18 kg and more.
        m.Diagnostics.Count(d => d.Code == "cargo.implausible").ShouldBe(6, string.Join("\n", m.Diagnostics));
        m.Diagnostics.ShouldContain(d => d.Code == "cuscar.number" && d.Message.Contains("79228162514264337593543950335", StringComparison.Ordinal));
    }

    [Fact]
    public void CodeValues_PortOfCallMasterBillPaymentMeansValuesAndPickUp()
    {
        var m = Inline("LOC+153+MEBAR'LOC+92+HRRJK'CNI+1+B1'RFF+MB:MSKU1234567'PAI+::31'MOA+44:5000:EUR'MOA+43:4800:EUR'CPI+4+PB'");

        m.Voyage!.PortOfCall.ShouldBe("MEBAR");
        m.Voyage.NextPort.ShouldBeNull("LOC 92 is a routing place, not the next port of call");
        var c = m.Consignments.Single();
        c.Number.ShouldBe("MSKU1234567");
        c.PaymentMethod.ShouldBe("transfer", "4461 31 is a debit transfer");
        c.DeclaredValue.ShouldBe(new Money(5000m, "EUR"), "5025 44 is the value declared for carriage");
        c.CustomsValue.ShouldBe(new Money(4800m, "EUR"), "5025 43 is the declared total customs value");
        c.FreightTerms.ShouldBeNull("4215 PB is a customer pick-up or backhaul, neither prepaid nor collect");
    }

    [Fact]
    public void Json_InvalidContainer_WrittenAsFalse()
    {
        var json = CargoJson.Write(CuscarSamples.Read("durres-original.edi"));

        json.ShouldContain("\"number\": \"MSCU7654321\",\n");
        json.ShouldContain("\"numberValid\": false");
        json.ShouldContain("\"code\": \"cargo.container-check-digit\"");
        json.ShouldContain("\"severity\": \"warning\"");
    }

    [Fact]
    public void Json_RoundTrip_CamelCaseNullsOmitted()
    {
        var document = CuscarSamples.Read("bar-original.edi");

        var json = CargoJson.Write(document);
        json.ShouldContain("\"grossWeightKg\": 6400.5");
        json.ShouldContain("\"arrival\": \"2026-11-29T12:00\"");
        json.ShouldNotContain("null");
        json.ShouldNotContain("hasErrors");

        var diagnostics = new List<Diagnostic>();
        var back = CargoJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), diagnostics);
        diagnostics.ShouldBeEmpty();
        CargoJson.Write(back!).ShouldBe(json);
    }

    [Fact]
    public void Json_Invalid_Diagnosed()
    {
        var diagnostics = new List<Diagnostic>();

        CargoJson.Read(new MemoryStream("{\"messages\": [ {\"type\": 3"u8.ToArray()), diagnostics).ShouldBeNull();
        diagnostics.Single().Code.ShouldBe("json.invalid");

        var wrong = CargoJson.Read(new MemoryStream("{\"messages\": [ {\"type\": \"PAXLST\"} ]}"u8.ToArray()), diagnostics)!;
        wrong.Messages.Single().Diagnostics.Single().Code.ShouldBe("json.message-type");
    }
}
