namespace Portcullis;

/// <summary>
/// The repository's folders as the tests see them: the root (the folder holding Portcullis.slnx),
/// found by walking up from the test binaries, and testdata/ under it, with the samples and labelled
/// sets shared by the test projects (real lists, carriers' files, synthetic fixtures). Compiled into
/// every test project (tests/Directory.Build.props), so that there is one way to find them.
/// </summary>
internal static class RepositoryFolders
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    /// <summary>The absolute path of the repository's root.</summary>
    public static string Root => RootFolder.Value;

    /// <summary>A path under the root, such as <c>InRoot("docs", "profiles.md")</c>.</summary>
    public static string InRoot(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A path under testdata/, such as <c>TestData("cargo", "cuscar", "durres-original.edi")</c>.</summary>
    public static string TestData(params string[] parts) => Path.Combine([Root, "testdata", .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Portcullis.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no Portcullis.slnx above {AppContext.BaseDirectory}");
    }
}
