namespace Portcullis.Matching.Tests.Documents;

/// <summary>The repository's testdata folder, found by walking up from the test binaries.</summary>
internal static class TestDataFolder
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = System.IO.Path.Combine(folder.FullName, "testdata");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "watchlists")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No testdata/watchlists above {AppContext.BaseDirectory}.");
    }
}
