using Portcullis.Profiles;
using Portcullis.Profiles.Checking;

namespace Portcullis.Features.Profiles;

/// <summary>
/// Checks profile files against the catalogue of what each selects (travellers or consignments) and the reference lists, without a database:
/// the engine of <c>portcullis profiles check</c>. Each file gets its errors with line and column, or
/// passes; a file that passes also compiles.
/// </summary>
public static class CheckProfileFiles
{
    /// <summary>One file's verdict: its profile's name when it passed, its errors otherwise.</summary>
    public sealed record FileResult(string Path, string? ProfileName, IReadOnlyList<ProfileDiagnostic> Errors)
    {
        public bool Passed => Errors.Count == 0;
    }

    /// <summary>Checks every file.</summary>
    public static IReadOnlyList<FileResult> Check(IEnumerable<string> paths, IReferenceLists lists) =>
        [.. paths.Select(path => CheckOne(path, lists))];

    private static FileResult CheckOne(string path, IReferenceLists lists)
    {
        var check = SubjectCheck.Of(File.ReadAllText(path), lists);
        if (!check.Succeeded)
        {
            return new FileResult(path, null, check.Errors);
        }

        // Compiled too, so that a file that passes is one the engine will run.
        check.Compile();
        return new FileResult(path, check.Header.Name, []);
    }
}
