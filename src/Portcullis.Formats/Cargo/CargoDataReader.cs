using Portcullis.Formats.CargoCsv;
using Portcullis.Formats.CargoImp;
using Portcullis.Formats.CargoXml;
using Portcullis.Formats.Cuscar;

namespace Portcullis.Formats.Cargo;

/// <summary>
/// Reads any cargo file into the normalized shape (docs/formats/cargo.md), choosing the reader from the
/// file's first bytes (<see cref="CargoFileKind"/>): CUSCAR, Cargo-XML XFWB/XFZB, Cargo-IMP FWB/FHL, the
/// CSV manifest template, or the normalized JSON itself; then checks its figures (<see cref="CargoPlausibility"/>).
/// Never throws on content: a file that is none of them is one error diagnostic.
/// </summary>
public static class CargoDataReader
{
    public static CargoDocument ReadDocument(Stream stream, DateOnly receivedOn)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var document = CargoFileKind.Detect(stream) switch
        {
            CargoFormat.Cuscar => CuscarReader.ReadDocument(stream, receivedOn),
            CargoFormat.CargoXml => CargoXmlReader.Read(stream),
            CargoFormat.CargoImp => CargoImpReader.Read(stream),
            CargoFormat.Csv => CargoCsvReader.Read(stream),
            CargoFormat.Json => ReadJson(stream),
            _ => new CargoDocument
            {
                Diagnostics = [new Diagnostic(Severity.Error, "cargo.unknown-format", "not a cargo file: expected CUSCAR, Cargo-XML (XFWB, XFZB), Cargo-IMP (FWB, FHL), the CSV manifest template or cargo JSON")],
            },
        };
        document.Messages.ForEach(CargoPlausibility.Check);
        return document;
    }

    /// <summary>
    /// Reads a cargo file message by message: a CUSCAR interchange yields each manifest as it is read
    /// (the EDIFACT layer holds one segment at a time), so a 50 MB file of manifests is applied without
    /// holding them all; the other formats are small and are read whole. <see cref="CargoReading.Diagnostics"/>
    /// and <see cref="CargoReading.Format"/> are complete once the messages are consumed.
    /// </summary>
    public static CargoReading Stream(Stream stream, DateOnly receivedOn)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (CargoFileKind.Detect(stream) == CargoFormat.Cuscar)
        {
            var reader = new CuscarReader(stream, receivedOn);
            return new CargoReading(Checked(reader.ReadMessages()), reader.Diagnostics);
        }

        var document = ReadDocument(stream, receivedOn);
        return new CargoReading(document.Messages, document.Diagnostics);
    }

    private static IEnumerable<CargoMessage> Checked(IEnumerable<CargoMessage> messages)
    {
        foreach (var message in messages)
        {
            CargoPlausibility.Check(message);
            yield return message;
        }
    }

    private static CargoDocument ReadJson(Stream stream)
    {
        var diagnostics = new List<Diagnostic>();
        var document = CargoJson.Read(stream, diagnostics) ?? new CargoDocument();
        document.Diagnostics.AddRange(diagnostics);
        return document;
    }
}
