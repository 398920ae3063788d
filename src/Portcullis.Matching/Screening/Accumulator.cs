namespace Portcullis.Matching.Screening;

/// <summary>
/// Per-thread scratch space for candidate generation: a score per name, and the names touched, so that
/// clearing costs the names touched rather than the whole index.
/// </summary>
internal sealed class Accumulator(int names)
{
    private readonly float[] _scores = new float[names];
    private readonly ulong[] _parts = new ulong[names];

    public List<int> Touched { get; } = [];

    public void Clear()
    {
        foreach (var name in Touched)
        {
            _scores[name] = 0f;
            _parts[name] = 0;
        }

        Touched.Clear();
    }

    /// <summary>Adds a term's weight to the names it posts, remembering which query parts (<paramref name="queryParts"/>, a bit each) found them.</summary>
    public void Add(int[] postings, float weight, bool onlyStrengthen, ulong queryParts)
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
            _parts[name] |= queryParts;
        }
    }

    /// <summary>
    /// The entries of the best-scoring names, each entry once, at most <paramref name="limit"/>. A name
    /// that only one part of a query of several parts found is left out unless it has a single part
    /// itself: one shared part of two on each side aligns at most half the weight, below any threshold.
    /// </summary>
    public List<int> BestEntries(int limit, int[] nameEntry, byte[] nameParts, int queryParts)
    {
        // A partial selection: the best names kept in a small sorted buffer, not the whole touched
        // list sorted (a common first name touches thousands).
        // Names, not entries, are ranked: an entry has several names, so keep more names than entries wanted.
        var names = limit * 3;
        var best = new List<int>(names + 1);
        foreach (var name in Touched)
        {
            if (queryParts > 1 && nameParts[name] > 1 && System.Numerics.BitOperations.PopCount(_parts[name]) < 2)
            {
                continue;
            }

            var score = _scores[name];
            if (best.Count == names && score <= _scores[best[^1]])
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && _scores[best[at - 1]] < score)
            {
                at--;
            }

            best.Insert(at, name);
            if (best.Count > names)
            {
                best.RemoveAt(names);
            }
        }

        var entries = new List<int>(best.Count);
        foreach (var name in best)
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
