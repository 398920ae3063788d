namespace Portcullis.Matching.Screening;

/// <summary>
/// Per-thread scratch space for candidate generation: a score per name, and the names touched, so that
/// clearing costs the names touched rather than the whole index.
/// </summary>
internal sealed class Accumulator(int names)
{
    private readonly float[] _scores = new float[names];

    public List<int> Touched { get; } = [];

    public void Clear()
    {
        foreach (var name in Touched)
        {
            _scores[name] = 0f;
        }

        Touched.Clear();
    }

    public void Add(int[] postings, float weight, bool onlyStrengthen)
    {
        foreach (var name in postings)
        {
            if (_scores[name] == 0f)
            {
                if (onlyStrengthen)
                {
                    continue;
                }

                Touched.Add(name);
            }

            _scores[name] += weight;
        }
    }

    /// <summary>The entries of the best-scoring names, each entry once, at most <paramref name="limit"/>.</summary>
    public List<int> BestEntries(int limit, int[] nameEntry)
    {
        Touched.Sort((a, b) => _scores[b].CompareTo(_scores[a]));
        var entries = new List<int>(Math.Min(limit, Touched.Count));
        foreach (var name in Touched)
        {
            var entry = nameEntry[name];
            if (!entries.Contains(entry))
            {
                entries.Add(entry);
                if (entries.Count == limit)
                {
                    break;
                }
            }
        }

        return entries;
    }
}
