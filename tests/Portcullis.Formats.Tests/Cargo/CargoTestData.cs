using Portcullis.Formats.Cargo;
using Portcullis.Formats.CargoImp;
using Portcullis.Formats.CargoXml;

namespace Portcullis.Formats.Tests.Cargo;

/// <summary>The air waybill samples of testdata/cargo (riege, cargo-xml, cargo-imp).</summary>
internal static class CargoTestData
{
    public static string Folder => RepositoryFolders.TestData("cargo");

    public static byte[] Bytes(string relativePath) => File.ReadAllBytes(Path.Combine(Folder, relativePath));

    public static CargoDocument Xml(string relativePath)
    {
        using var stream = new MemoryStream(Bytes(relativePath));
        return CargoXmlReader.Read(stream);
    }

    public static CargoDocument Imp(string relativePath)
    {
        using var stream = new MemoryStream(Bytes(relativePath));
        return CargoImpReader.Read(stream);
    }

    public static IEnumerable<string> XmlFiles() => Files("riege", "*.xml").Concat(Files("cargo-xml", "*.xml"));

    public static IEnumerable<string> ImpFiles() => Files("cargo-imp", "*.txt");

    private static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(Folder, folder), pattern)
            .Select(f => folder + "/" + Path.GetFileName(f))
            .Order(StringComparer.Ordinal);
}
