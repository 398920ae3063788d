using Portcullis.Formats.CargoCsv;
using Portcullis.Formats.CargoImp;
using Portcullis.Formats.CargoXml;
using Portcullis.Formats.Cuscar;

namespace Portcullis.Formats.Cargo;

/// <summary>
/// Reads any cargo file into the normalized shape (docs/formats/cargo.md), choosing the reader from the
/// file's first bytes (<see cref="CargoFileKind"/>): CUSCAR, Cargo-XML XFWB/XFZB, Cargo-IMP FWB/FHL, the
/// CSV manifest template, or the normalized JSON itself. Never throws on content: a file that is none of
/// them is one error diagnostic.
/// </summary>
public static class CargoDataReader
{
    public static CargoDocument ReadDocument(Stream stream, DateOnly receivedOn)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return CargoFileKind.Detect(stream) switch
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
    }

    private static CargoDocument ReadJson(Stream stream)
    {
        var diagnostics = new List<Diagnostic>();
        var document = CargoJson.Read(stream, diagnostics) ?? new CargoDocument();
        document.Diagnostics.AddRange(diagnostics);
        return document;
    }
}
