namespace Portcullis.Formats.Tests.Watchlists;

/// <summary>
/// The repository's testdata/ folder (real lists, too big to copy next to the tests); and the small samples copied with the tests (Samples/Watchlists).
/// </summary>
internal static class TestData
{
    public static string Watchlists => RepositoryFolders.TestData("watchlists");

    public static string Samples { get; } = Path.Combine(AppContext.BaseDirectory, "Samples", "Watchlists");

    public static FileStream Open(string relativePath) => File.OpenRead(Path.Combine(Watchlists, relativePath));

    public static FileStream OpenSample(string name) => File.OpenRead(Path.Combine(Samples, name));

    public static byte[] Bytes(string relativePath) => File.ReadAllBytes(Path.Combine(Watchlists, relativePath));
}
