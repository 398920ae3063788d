using Portcullis.Matching;
using Portcullis.Matching.Evidence;
using Portcullis.Matching.Screening;

namespace Portcullis.Features.Screening.Bench;

/// <summary>
/// A list of persons as long as asked for, to see how the index grows: given and family names taken from
/// yente's synthetic non-matches (global and US, so many scripts and origins), put together at random
/// as given + family, given + given + family or given + family + family, with a birth year. The same
/// seed gives the same list.
/// </summary>
public sealed class SyntheticWatchlist
{
    public const int DefaultSeed = 20261128;

    private static readonly string[] NegativesFiles = ["candidate_generation_benchmark__negatives_global.csv", "candidate_generation_benchmark__negatives_us.csv"];

    private SyntheticWatchlist(IReadOnlyList<string> givenNames, IReadOnlyList<string> familyNames)
    {
        GivenNames = givenNames;
        FamilyNames = familyNames;
    }

    public IReadOnlyList<string> GivenNames { get; }

    public IReadOnlyList<string> FamilyNames { get; }

    /// <summary>The distinct names of the negatives files, in ordinal order so that the seed alone decides the list.</summary>
    public static SyntheticWatchlist FromNegatives(string testDataDirectory)
    {
        var yente = Path.Combine(testDataDirectory, "matching", "yente");
        var rows = NegativesFiles
            .SelectMany(file => MatchingEvaluation.ReadCsv(Path.Combine(yente, file)).Skip(1))
            .Where(r => r.Count >= 4)
            .ToList();
        var given = rows.SelectMany(r => new[] { r[1], r[2] }).Select(n => n.Trim()).Where(n => n.Length > 0);
        var family = rows.Select(r => r[3].Trim()).Where(n => n.Length > 0);
        return new SyntheticWatchlist(Distinct(given), Distinct(family));
    }

    public IReadOnlyList<ScreeningEntry> Entries(int count, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        var entries = new ScreeningEntry[count];
        for (var i = 0; i < count; i++)
        {
            var name = random.Next(4) switch
            {
                0 => $"{Given(random)} {Given(random)} {Family(random)}",
                1 => $"{Given(random)} {Family(random)} {Family(random)}",
                _ => $"{Given(random)} {Family(random)}",
            };
            var born = new PartialDate(random.Next(1940, 2006), null, null);
            entries[i] = new ScreeningEntry(FormattableString.Invariant($"SYN-{i + 1:D7}"), SubjectKind.Person, [name], [born], [], Tag: "SYN");
        }

        return entries;
    }

    private string Given(Random random) => GivenNames[random.Next(GivenNames.Count)];

    private string Family(Random random) => FamilyNames[random.Next(FamilyNames.Count)];

    private static string[] Distinct(IEnumerable<string> names) => [.. names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
