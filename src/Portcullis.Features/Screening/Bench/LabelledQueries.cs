namespace Portcullis.Features.Screening.Bench;

/// <summary>
/// The queries every engine of the bench screens: yente's noisy UN positives, each with the list entry
/// it should find, and synthetic persons who are on no list. Names only: the peers compare names only.
/// </summary>
public sealed record LabelledQueries(IReadOnlyList<LabelledPositive> Positives, IReadOnlyList<string> Negatives, int PositivesNotOnList)
{
    /// <summary>All the names, positives first.</summary>
    public IReadOnlyList<string> Names() => [.. Positives.Select(p => p.Name), .. Negatives];

    /// <summary>
    /// The names in a fixed shuffled order: the set the throughput measurements cycle through. Positives
    /// cost more than negatives (they find candidates to score), so a measurement that stops early must
    /// still see both in their proportions.
    /// </summary>
    public IReadOnlyList<string> MixedNames(int seed = 683)
    {
        var names = Names().ToArray();
        new Random(seed).Shuffle(names);
        return names;
    }

    /// <summary>The first so many of each.</summary>
    public LabelledQueries Take(int positives, int negatives) =>
        new([.. Positives.Take(positives)], [.. Negatives.Take(negatives)], PositivesNotOnList);
}

/// <summary>A noisy name and the key (<see cref="EntryKey"/>) of the entry its clean form finds.</summary>
public sealed record LabelledPositive(string Name, string CleanName, string OwnEntry);
