using Portcullis.Formats.Cargo;
using Portcullis.Formats.Cuscar;

namespace Portcullis.Formats.Tests.Cargo;

/// <summary>The synthetic CUSCAR samples of testdata/cargo/cuscar.</summary>
internal static class CuscarSamples
{
    private static readonly Lazy<string> FolderPath = new(() => RepositoryFolders.TestData("cargo", "cuscar"));

    public static DateOnly ReceivedOn { get; } = new(2026, 11, 28);

    public static string Folder => FolderPath.Value;

    public static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Folder, "*.edi").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    public static CargoDocument Read(string name) => Read(Bytes(name));

    public static CargoDocument Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return CuscarReader.ReadDocument(stream, ReceivedOn);
    }
}
