namespace Portcullis.Formats.Tests.Watchlists;

/// <summary>
/// The repository's testdata/ folder (real lists, too big to copy next to the tests), found by walking
/// up from the test binaries; and the small samples copied with the tests (Samples/Watchlists).
/// </summary>
internal static class TestData
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string Watchlists => Path.Combine(Root.Value, "testdata", "watchlists");

    public static string Samples { get; } = Path.Combine(AppContext.BaseDirectory, "Samples", "Watchlists");

    public static FileStream Open(string relativePath) => File.OpenRead(Path.Combine(Watchlists, relativePath));

    public static FileStream OpenSample(string name) => File.OpenRead(Path.Combine(Samples, name));

    public static byte[] Bytes(string relativePath) => File.ReadAllBytes(Path.Combine(Watchlists, relativePath));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, "testdata", "watchlists")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no testdata/watchlists above {AppContext.BaseDirectory}");
    }
}
