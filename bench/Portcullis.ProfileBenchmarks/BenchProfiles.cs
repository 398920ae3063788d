using System.Globalization;
using Portcullis.Profiles;
using Portcullis.Profiles.Checking;
using Portcullis.Profiles.Compiling;
using Portcullis.Profiles.Travellers;

namespace Portcullis.ProfileBenchmarks;

/// <summary>
/// The 50 bench profiles and their reference lists, read from the files beside the program: the same
/// text a unit would import. A profile the checker refuses stops the bench, because a benchmark of
/// profiles that could never be approved would measure nothing real.
/// </summary>
public static class BenchProfiles
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Profiles");

    /// <summary>Each list is a text file, one value a line, named after the list: lists are data, not code.</summary>
    public static ReferenceLists Lists { get; } = new(System.IO.Directory
        .GetFiles(Path.Combine(Directory, "lists"), "*.txt")
        .ToDictionary(
            f => Path.GetFileNameWithoutExtension(f),
            f => (IReadOnlySet<string>)File.ReadAllLines(f).Where(l => l.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase),
            StringComparer.Ordinal));

    /// <summary>File stem (the RulesEngine rule of the same name) and compiled profile, in file order.</summary>
    public static IReadOnlyList<(string Name, CompiledProfile<TravellerFacts> Profile)> Compile()
    {
        var result = new List<(string, CompiledProfile<TravellerFacts>)>();
        foreach (var file in System.IO.Directory.GetFiles(Directory, "*.profile").Order(StringComparer.Ordinal))
        {
            var check = ProfileChecker.Check(ProfileText.Parse(File.ReadAllText(file)), TravellerCatalogue.Fields, Lists);
            if (!check.Succeeded)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"{Path.GetFileName(file)} does not pass the checker: {string.Join("; ", check.Errors)}"));
            }
            result.Add((Path.GetFileNameWithoutExtension(file), check.Profile!.Compile()));
        }
        return result;
    }
}
