using Portcullis.Profiles.Checking;
using Portcullis.Profiles.Travellers;

namespace Portcullis.Profiles.Tests;

/// <summary>
/// The 50 profiles of the RulesEngine comparison (bench/Portcullis.ProfileBenchmarks/Profiles) pass the
/// checker, guardrail included, against the bench's own lists: a benchmark of profiles that could never
/// be approved would measure nothing real. Read from the source tree so that the bench stays the one
/// copy; the bench is never referenced from here. No times are asserted.
/// </summary>
public sealed class BenchProfileTests
{
    private static readonly string Folder = RepositoryFolders.InRoot("bench", "Portcullis.ProfileBenchmarks", "Profiles");

    private static ReferenceLists Lists() => new(Directory.GetFiles(Path.Combine(Folder, "lists"), "*.txt").ToDictionary(
        f => Path.GetFileNameWithoutExtension(f),
        f => (IReadOnlySet<string>)File.ReadAllLines(f).Where(l => l.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase),
        StringComparer.Ordinal));

    public static TheoryData<string> Files() => new(Directory.GetFiles(Folder, "*.profile").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Fact]
    public void There_are_fifty() => Directory.GetFiles(Folder, "*.profile").Length.ShouldBe(50);

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_passes_the_checker(string file)
    {
        var check = ProfileChecker.Check(ProfileText.Parse(File.ReadAllText(Path.Combine(Folder, file))), TravellerCatalogue.Fields, Lists());
        check.Errors.Select(e => e.ToString()).ShouldBeEmpty();
        check.Profile.ShouldNotBeNull().Compile();
    }

    [Fact]
    public void The_ten_samples_are_the_same_text_in_the_bench()
    {
        foreach (var sample in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples"), "*.profile"))
        {
            File.ReadAllText(Path.Combine(Folder, Path.GetFileName(sample))).ShouldBe(File.ReadAllText(sample));
        }
    }
}
