using System.Text;
using Portcullis.Formats.Cargo;

namespace Portcullis.Formats.Tests.Cargo;

/// <summary>One door for every cargo file: the format is told from the first bytes and the right reader reads it; passenger data is left alone.</summary>
public sealed class CargoDataReaderTests
{
    [Theory]
    [InlineData("cuscar/durres-original.edi", CargoFormat.Cuscar, "CUSCAR")]
    [InlineData("riege/riege-888-11111111_XFWB.xml", CargoFormat.CargoXml, "XFWB")]
    [InlineData("riege/riege-SEL22222222_XFZB.xml", CargoFormat.CargoXml, "XFZB")]
    [InlineData("cargo-imp/fwb-tia.txt", CargoFormat.CargoImp, "FWB")]
    [InlineData("cargo-imp/fhl-tia-consolidation.txt", CargoFormat.CargoImp, "FHL")]
    [InlineData("csv/manifest-bar-2026-11.csv", CargoFormat.Csv, "CSV")]
    public void Every_sample_is_recognised_and_read_by_its_reader(string sample, CargoFormat format, string type)
    {
        using var stream = File.OpenRead(Path.Combine(CargoTestData.Folder, sample));

        var detected = CargoFileKind.Detect(stream);
        var document = CargoDataReader.ReadDocument(stream, new DateOnly(2026, 11, 28));

        detected.ShouldBe(format);
        document.Messages.ShouldNotBeEmpty();
        document.Messages[0].Type.ShouldBe(type);
        document.Messages.SelectMany(m => m.Consignments).ShouldNotBeEmpty();
    }

    [Fact]
    public void The_normalized_json_reads_back_to_the_same_consignments()
    {
        using var stream = File.OpenRead(Path.Combine(CargoTestData.Folder, "cuscar/durres-original.edi"));
        var original = CargoDataReader.ReadDocument(stream, new DateOnly(2026, 11, 28));
        using var json = new MemoryStream(Encoding.UTF8.GetBytes(CargoJson.Write(original)));

        var detected = CargoFileKind.Detect(json);
        var again = CargoDataReader.ReadDocument(json, new DateOnly(2026, 11, 28));

        detected.ShouldBe(CargoFormat.Json);
        again.Messages.SelectMany(m => m.Consignments).Select(c => c.Number)
            .ShouldBe(original.Messages.SelectMany(m => m.Consignments).Select(c => c.Number));
    }

    [Theory]
    [InlineData("UNA:+.? 'UNB+UNOA:4+AIRSERBIA:ZZ+ALAPI:ZZ+261127:2200+REF001'UNH+1+PAXLST:D:05B:UN:IATA'")]
    [InlineData("{\"format\":\"PAXLST\",\"messages\":[]}")]
    [InlineData("id,kind,name\r\nRS-1,person,Ana\r\n")]
    [InlineData("")]
    public void Passenger_data_and_anything_else_are_not_cargo(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        CargoFileKind.Detect(stream).ShouldBe(CargoFormat.None);
        var document = CargoDataReader.ReadDocument(stream, new DateOnly(2026, 11, 28));
        document.Diagnostics.Single().Code.ShouldBe("cargo.unknown-format");
    }
}
