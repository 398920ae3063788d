using System.Text;
using Portcullis.Formats.Cargo;
using Portcullis.Formats.CargoCsv;

namespace Portcullis.Formats.Tests.Cargo;

public sealed class CargoCsvReaderTests
{
    /// <summary>A row of the template with every column filled; tests change one value at a time.</summary>
    private static Dictionary<string, string> FullRow() => new(StringComparer.Ordinal)
    {
        ["manifest_reference"] = "MAN-1",
        ["sender"] = "ADRIA AGENCY",
        ["vessel_name"] = "MSC ALTAIR",
        ["imo_number"] = "IMO 9354117",
        ["call_sign"] = "d5ab7",
        ["carrier"] = "MSCU",
        ["carrier_name"] = "Mediterranean Shipping Company",
        ["voyage_number"] = "FA647R",
        ["port_of_call"] = "MEBAR",
        ["last_port"] = "IT GIT",
        ["next_port"] = "ALDRZ",
        ["arrival"] = "2026-12-02T05:30",
        ["departure"] = "2026-12-02 23:00",
        ["bl_number"] = "MEDUGY482211",
        ["master_number"] = "MEDUMASTER1",
        ["shipper_name"] = "Frutas del Pacifico S.A.",
        ["shipper_address"] = "Km 4.5 Via a Daule, Guayaquil",
        ["shipper_country"] = "ec",
        ["consignee_name"] = "Voce Monte d.o.o.",
        ["consignee_address"] = "Bulevar Džordža Vašingtona 51, Podgorica",
        ["consignee_country"] = "ME",
        ["notify_name"] = "Broker d.o.o.",
        ["notify_address"] = "Obala 1, Bar",
        ["notify_country"] = "ME",
        ["origin"] = "ECGYE",
        ["port_of_loading"] = "ECGYE",
        ["transshipments"] = "PAMIT | ITGIT",
        ["port_of_discharge"] = "MEBAR",
        ["place_of_delivery"] = "MEPOD",
        ["freight_terms"] = "PP",
        ["payment_method"] = "Account",
        ["description"] = "Fresh bananas, Cavendish",
        ["hs_code"] = "0803.90.10",
        ["packages"] = "1080",
        ["package_type"] = "ct",
        ["gross_weight_kg"] = "21060.5",
        ["volume_m3"] = "62.4",
        ["value"] = "18900.00",
        ["currency"] = "usd",
        ["marks"] = "FDP/VM/001-1080",
        ["un_number"] = "UN1263",
        ["container"] = "msku 123456 5",
        ["container_size_type"] = "45R1",
        ["seals"] = "EC4471220|ML0099812",
    };

    private static CargoDocument Read(params Dictionary<string, string>[] rows) => CargoCsvReader.Read(new MemoryStream(Csv(rows)));

    private static byte[] Csv(params Dictionary<string, string>[] rows)
    {
        var columns = rows[0].Keys.ToList();
        var csv = new StringBuilder(string.Join(',', columns)).Append('\n');
        foreach (var row in rows)
        {
            csv.Append(string.Join(',', columns.Select(c => Quote(row.GetValueOrDefault(c) ?? "")))).Append('\n');
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static string Quote(string value) =>
        value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private static Dictionary<string, string> With(string column, string value)
    {
        var row = FullRow();
        row[column] = value;
        return row;
    }

    [Fact]
    public void Read_FullRow_EveryVoyageColumn()
    {
        var document = Read(FullRow());

        document.Diagnostics.ShouldBeEmpty();
        document.Format.ShouldBe("CSV");
        var message = document.Messages.ShouldHaveSingleItem();
        message.Type.ShouldBe("CSV");
        message.Reference.ShouldBe("MAN-1");
        message.Sender.ShouldBe("ADRIA AGENCY");
        var voyage = message.Voyage.ShouldNotBeNull();
        voyage.VesselName.ShouldBe("MSC ALTAIR");
        voyage.ImoNumber.ShouldBe("9354117");
        voyage.CallSign.ShouldBe("D5AB7");
        voyage.Carrier.ShouldBe("MSCU");
        voyage.CarrierName.ShouldBe("Mediterranean Shipping Company");
        voyage.VoyageNumber.ShouldBe("FA647R");
        voyage.PortOfCall.ShouldBe("MEBAR");
        voyage.LastPort.ShouldBe("ITGIT");
        voyage.NextPort.ShouldBe("ALDRZ");
        voyage.Arrival.ShouldBe(new DateTime(2026, 12, 2, 5, 30, 0));
        voyage.Departure.ShouldBe(new DateTime(2026, 12, 2, 23, 0, 0));
    }

    [Fact]
    public void Read_FullRow_EveryConsignmentColumn()
    {
        var consignment = Read(FullRow()).Messages[0].Consignments.ShouldHaveSingleItem();

        consignment.Kind.ShouldBe("bill-of-lading");
        consignment.Number.ShouldBe("MEDUGY482211");
        consignment.MasterNumber.ShouldBe("MEDUMASTER1");
        consignment.Origin.ShouldBe("ECGYE");
        consignment.PortOfLoading.ShouldBe("ECGYE");
        consignment.Transshipments.ShouldBe(["PAMIT", "ITGIT"]);
        consignment.PortOfDischarge.ShouldBe("MEBAR");
        consignment.PlaceOfDelivery.ShouldBe("MEPOD");
        consignment.FreightTerms.ShouldBe("prepaid");
        consignment.PaymentMethod.ShouldBe("account");
        consignment.Parties.Select(p => p.Role).ShouldBe(["shipper", "consignee", "notify"]);
        var shipper = consignment.Parties[0];
        shipper.Name.ShouldBe("Frutas del Pacifico S.A.");
        shipper.Address.ShouldNotBeNull().Street.ShouldBe("Km 4.5 Via a Daule, Guayaquil");
        shipper.Address.Country.ShouldBe("EC");
        consignment.Parties[1].Address.ShouldNotBeNull().Street.ShouldBe("Bulevar Džordža Vašingtona 51, Podgorica");
        consignment.Parties[2].Name.ShouldBe("Broker d.o.o.");
        consignment.Parties[2].Address.ShouldNotBeNull().Country.ShouldBe("ME");
    }

    [Fact]
    public void Read_FullRow_EveryGoodsAndContainerColumn()
    {
        var consignment = Read(FullRow()).Messages[0].Consignments[0];
        var item = consignment.Goods.ShouldHaveSingleItem();

        item.Sequence.ShouldBe(1);
        item.Description.ShouldBe("Fresh bananas, Cavendish");
        item.HsCode.ShouldBe("08039010");
        item.Packages.ShouldBe(1080);
        item.PackageType.ShouldBe("CT");
        item.GrossWeightKg.ShouldBe(21060.5m);
        item.VolumeM3.ShouldBe(62.4m);
        item.Value.ShouldBe(new Money(18900.00m, "USD"));
        item.Marks.ShouldBe("FDP/VM/001-1080");
        item.DangerousGoodsUnNumber.ShouldBe("1263");
        item.Containers.ShouldBe(["MSKU1234565"]);
        var container = consignment.Equipment.ShouldHaveSingleItem();
        container.Number.ShouldBe("MSKU1234565");
        container.NumberValid.ShouldBe(true);
        container.SizeType.ShouldBe("45R1");
        container.Seals.ShouldBe(["EC4471220", "ML0099812"]);
        consignment.Pieces.ShouldBe(1080);
        consignment.GrossWeightKg.ShouldBe(21060.5m);
        consignment.VolumeM3.ShouldBe(62.4m);
        consignment.CustomsValue.ShouldBe(new Money(18900.00m, "USD"));
    }

    [Fact]
    public void Read_RowsOfOneBillOfLading_OneConsignmentSummed()
    {
        var second = FullRow();
        second["container"] = "MSCU7654329";
        second["seals"] = "EC4471221";
        second["gross_weight_kg"] = "20000";
        var third = FullRow();
        third["bl_number"] = "MEDUCS110934";

        var message = Read(FullRow(), second, third).Messages.ShouldHaveSingleItem();

        message.Consignments.Select(c => c.Number).ShouldBe(["MEDUGY482211", "MEDUCS110934"]);
        var first = message.Consignments[0];
        first.Goods.Select(g => g.Sequence).ShouldBe([1, 2]);
        first.Equipment.Select(e => e.Number).ShouldBe(["MSKU1234565", "MSCU7654329"]);
        first.Pieces.ShouldBe(2160);
        first.GrossWeightKg.ShouldBe(41060.5m);
        first.CustomsValue.ShouldBe(new Money(37800.00m, "USD"));
    }

    [Fact]
    public void Read_TwoItemsInOneContainer_OneEquipmentSealsMerged()
    {
        var second = With("seals", "ML0099812|EC9");
        var consignment = Read(FullRow(), second).Messages[0].Consignments[0];

        consignment.Equipment.ShouldHaveSingleItem().Seals.ShouldBe(["EC4471220", "ML0099812", "EC9"]);
        consignment.Goods.ShouldAllBe(g => g.Containers.Single() == "MSKU1234565");
    }

    [Fact]
    public void Read_TwoVoyages_TwoMessages() =>
        Read(FullRow(), With("voyage_number", "FA650R")).Messages.Count.ShouldBe(2);

    [Fact]
    public void Read_LaterRowDiffers_FirstKeptAndWarned()
    {
        var document = Read(FullRow(), With("consignee_name", "Someone Else d.o.o."));

        document.Messages[0].Consignments[0].Parties[1].Name.ShouldBe("Voce Monte d.o.o.");
        var warning = document.Diagnostics.ShouldHaveSingleItem();
        warning.Code.ShouldBe("cargo-csv.inconsistent-consignment");
        warning.Line.ShouldBe(3);
        warning.Field.ShouldBe("consignee_name");
    }

    [Fact]
    public void Read_MissingBlNumber_RowNotReadError()
    {
        var document = Read(FullRow(), With("bl_number", ""));

        document.Messages[0].Consignments.ShouldHaveSingleItem().Goods.Count.ShouldBe(1);
        var error = document.Diagnostics.ShouldHaveSingleItem();
        error.Severity.ShouldBe(Severity.Error);
        (error.Code, error.Line, error.Field).ShouldBe(("cargo-csv.missing-bl-number", 3, "bl_number"));
    }

    [Theory]
    [InlineData("packages", "many", "cargo-csv.bad-number", Severity.Error)]
    [InlineData("gross_weight_kg", "21.060,5", "cargo-csv.bad-number", Severity.Error)]
    [InlineData("gross_weight_kg", "21060,5", "cargo-csv.decimal-comma", Severity.Warning)]
    [InlineData("gross_weight_kg", "79228162514264337593543950335", "cargo-csv.bad-number", Severity.Error)]
    [InlineData("arrival", "02.12.2026", "cargo-csv.bad-date", Severity.Error)]
    [InlineData("hs_code", "0803", "cargo-csv.bad-hs-code", Severity.Error)]
    [InlineData("hs_code", "bananas", "cargo-csv.bad-hs-code", Severity.Error)]
    [InlineData("hs_code", "080399", "cargo-csv.unknown-hs-code", Severity.Warning)]
    [InlineData("port_of_discharge", "MEXXX", "cargo-csv.unknown-locode", Severity.Warning)]
    [InlineData("transshipments", "ITGIT|GR-PIR", "cargo-csv.bad-locode", Severity.Warning)]
    [InlineData("consignee_country", "Montenegro", "cargo-csv.bad-country", Severity.Warning)]
    [InlineData("currency", "US$", "cargo-csv.bad-currency", Severity.Warning)]
    [InlineData("currency", "", "cargo-csv.missing-currency", Severity.Warning)]
    [InlineData("imo_number", "935411", "cargo-csv.bad-imo", Severity.Warning)]
    [InlineData("imo_number", "9354118", "cargo-csv.imo-check-digit", Severity.Warning)]
    [InlineData("container", "MSKU1234566", "cargo-csv.container-check-digit", Severity.Warning)]
    [InlineData("container", "TRAILER 7", "cargo-csv.bad-container", Severity.Warning)]
    [InlineData("container_size_type", "40HC", "cargo-csv.bad-size-type", Severity.Warning)]
    [InlineData("container", "", "cargo-csv.seals-without-container", Severity.Warning)]
    [InlineData("freight_terms", "FOB", "cargo-csv.unknown-freight-terms", Severity.Warning)]
    [InlineData("un_number", "UN12", "cargo-csv.bad-un-number", Severity.Warning)]
    [InlineData("description", "", "cargo-csv.missing-description", Severity.Warning)]
    public void Read_BadValue_OneDiagnosticWithLineAndField(string column, string value, string code, Severity severity)
    {
        var document = Read(With(column, value));

        var diagnostic = document.Diagnostics.ShouldHaveSingleItem();
        (diagnostic.Code, diagnostic.Severity, diagnostic.Line).ShouldBe((code, severity, 2));
        diagnostic.Field.ShouldBe(column);
        document.Messages.ShouldHaveSingleItem().Consignments.ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("gross_weight_kg", "0.00000001", "goods.grossWeightKg")]
    [InlineData("packages", "2000000000", "goods.packages")]
    public void Read_ImplausibleFigure_ReportedAndLeftOut(string column, string value, string field)
    {
        var message = CargoDataReader.ReadDocument(new MemoryStream(Csv(With(column, value))), new DateOnly(2026, 11, 28)).Messages.ShouldHaveSingleItem();

        message.Diagnostics.ShouldContain(d => d.Code == "cargo.implausible" && d.Field == field);
        var goods = message.Consignments.ShouldHaveSingleItem().Goods.ShouldHaveSingleItem();
        (goods.GrossWeightKg is null || goods.Packages is null).ShouldBeTrue();
        goods.Description.ShouldNotBeNull("the rest of the line is kept");
    }

    [Theory]
    [InlineData("C", "collect")]
    [InlineData("freight collect", "collect")]
    [InlineData("Prepaid", "prepaid")]
    public void Read_FreightTermsSpellings_Normalized(string value, string expected) =>
        Read(With("freight_terms", value)).Messages[0].Consignments[0].FreightTerms.ShouldBe(expected);

    [Fact]
    public void Read_PortOutsideCoveredCountries_NotWarned() =>
        Read(With("port_of_loading", "NLRTM")).Diagnostics.ShouldBeEmpty();

    [Fact]
    public void Read_InlandPlaceOfDelivery_NotCheckedAgainstPorts() =>
        Read(With("place_of_delivery", "RSKGV")).Diagnostics.ShouldBeEmpty();

    [Fact]
    public void Read_ItemWithoutWeight_NoConsignmentTotal() =>
        Read(FullRow(), With("gross_weight_kg", "")).Messages[0].Consignments[0].GrossWeightKg.ShouldBeNull();

    [Fact]
    public void Read_MixedCurrencies_NoCustomsValue() =>
        Read(FullRow(), With("currency", "EUR")).Messages[0].Consignments[0].CustomsValue.ShouldBeNull();

    [Fact]
    public void Read_NoVoyageColumns_ReadWithoutVoyage()
    {
        var document = CargoCsvReader.Read(new MemoryStream("bl_number,description\nBL1,Bananas\n"u8.ToArray()));

        document.Diagnostics.ShouldBeEmpty();
        var message = document.Messages.ShouldHaveSingleItem();
        message.Voyage.ShouldBeNull();
        message.Consignments.ShouldHaveSingleItem().Parties.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("", "cargo-csv.empty")]
    [InlineData("description,hs_code\nBananas,080390\n", "cargo-csv.missing-column")]
    public void Read_NoUsableHeader_ErrorNothingRead(string content, string code)
    {
        var document = CargoCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)));

        document.Diagnostics.ShouldContain(d => d.Code == code && d.Severity == Severity.Error);
        document.Messages.ShouldBeEmpty();
    }

    [Fact]
    public void Read_HeaderProblemsAndShortRow_WarnedAndRead()
    {
        var document = CargoCsvReader.Read(new MemoryStream("\uFEFFBL_Number,colour,bl_number,description\nBL1,red\n"u8.ToArray()));

        document.Diagnostics.Select(d => d.Code).ShouldBe(["cargo-csv.unknown-column", "cargo-csv.duplicate-column", "cargo-csv.field-count", "cargo-csv.missing-description"]);
        document.Messages[0].Consignments.ShouldHaveSingleItem().Number.ShouldBe("BL1");
    }

    [Fact]
    public void Read_UnterminatedQuote_ErrorNoThrow()
    {
        var document = CargoCsvReader.Read(new MemoryStream("bl_number,description\nBL1,\"bananas\n"u8.ToArray()));

        document.Diagnostics.ShouldContain(d => d.Code == "csv.unterminated-quote");
        document.Messages.ShouldBeEmpty();
    }

    [Fact]
    public void Read_Template_OneCleanConsignment()
    {
        using var stream = File.OpenRead(RepositoryFolders.TestData("cargo", "csv", "manifest-template.csv"));
        var document = CargoCsvReader.Read(stream);

        document.Diagnostics.ShouldBeEmpty();
        document.Messages.ShouldHaveSingleItem().Consignments.ShouldHaveSingleItem().Goods.ShouldHaveSingleItem().HsCode.ShouldBe("08039010");
    }

    [Fact]
    public void Read_BarSample_FourBillsOneBadHsCode()
    {
        using var stream = File.OpenRead(RepositoryFolders.TestData("cargo", "csv", "manifest-bar-2026-11.csv"));
        var document = CargoCsvReader.Read(stream);

        var message = document.Messages.ShouldHaveSingleItem();
        message.Voyage.ShouldNotBeNull().PortOfCall.ShouldBe("MEBAR");
        message.Consignments.Select(c => (c.Number, c.Goods.Count)).ShouldBe(
            [("MEDUGY482211", 2), ("MEDUCS110934", 1), ("MEDUPI220457", 2), ("MEDUTR903318", 1)]);
        message.Consignments[2].Equipment.ShouldHaveSingleItem().Seals.ShouldBe(["GR775301"]);
        message.Consignments[1].Parties[1].Address.ShouldNotBeNull().Country.ShouldBe("RS");
        var error = document.Diagnostics.ShouldHaveSingleItem();
        (error.Code, error.Line, error.Field).ShouldBe(("cargo-csv.bad-hs-code", 7, "hs_code"));
    }
}
