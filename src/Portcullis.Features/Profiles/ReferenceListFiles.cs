using Portcullis.Profiles.Checking;

namespace Portcullis.Features.Profiles;

/// <summary>
/// Named reference lists read from a folder: each <c>NAME.txt</c> is the list <c>NAME</c>, one value per
/// line; blank lines and lines starting with <c>#</c> are skipped. How a unit keeps its source
/// countries or transit airports beside its profile files, before lists are kept in the database.
/// </summary>
public static class ReferenceListFiles
{
    /// <summary>The lists of the folder; none when it is not given.</summary>
    public static ReferenceLists Read(string? directory)
    {
        if (directory is null)
        {
            return ReferenceLists.None;
        }

        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"{directory}: no such folder");
        }

        var lists = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var values = File.ReadLines(file)
                .Select(line => line.Trim())
                .Where(line => line.Length > 0 && !line.StartsWith('#'))
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            lists[Path.GetFileNameWithoutExtension(file)] = values;
        }

        return new ReferenceLists(lists);
    }
}
