namespace Portcullis.Features.Tests.Screening;

/// <summary>The repository's testdata/ folder, found from the test binaries upwards.</summary>
internal static class TestData
{
    public static string Directory { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "testdata");
            if (System.IO.Directory.Exists(Path.Combine(candidate, "matching")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("testdata/ not found above " + AppContext.BaseDirectory);
    }
}
