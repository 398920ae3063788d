using Portcullis.Matching.Names;

namespace Portcullis.Matching.Scoring;

/// <summary>
/// Aligns the parts of two names regardless of order and scores the alignment. Each aligned pair
/// contributes its similarity times the weight of its parts on both sides; the score divides that by the
/// weight of all parts on both sides, so a part without a partner pulls the score down. A part left
/// over on the longer side counts half when every identifying part of the shorter name (at least two,
/// and more than half as many as the longer has) found a close partner, three quarters when the shorter
/// has exactly half as many: a middle name or patronymic left out is common, a different surname is
/// not, and two names of four say less.
/// Candidates are paired greedily, best first; names have few parts, so this is as good as an optimal
/// assignment in practice and far cheaper.
/// </summary>
public static class NameAligner
{
    private const float MinimumPairSimilarity = 0.5f;
    private const float MinimumJoinedSimilarity = 0.85f;
    private const float SubsetSimilarity = 0.8f;
    private const float ConflictFactor = 0.8f;

    private static readonly NameAlignment Nothing = new(0f, [], [], []);

    /// <summary>
    /// Aligns a query name with an entry name. Without <paramref name="explain"/>, only the score is
    /// computed: screening scores many names and explains only the best.
    /// </summary>
    public static NameAlignment Align(AnalyzedName query, AnalyzedName entry, bool explain = true)
    {
        var q = query.ScoredParts;
        var e = entry.ScoredParts;
        if (q.Count == 0 || e.Count == 0)
        {
            return explain ? new NameAlignment(0f, [], [.. q.Select(p => p.Text)], [.. e.Select(p => p.Text)]) : Nothing;
        }

        var candidates = new List<Candidate>(q.Count * e.Count + 4);
        for (var i = 0; i < q.Count; i++)
        {
            for (var j = 0; j < e.Count; j++)
            {
                if (!Comparable(q[i], e[j]))
                {
                    continue;
                }

                var (similarity, reason) = PartSimilarity.Compare(q[i], e[j]);
                if (similarity >= MinimumPairSimilarity)
                {
                    candidates.Add(new Candidate(Bit(i), Bit(j), similarity, reason, q[i].Text, e[j].Text, q[i].Weight + e[j].Weight));
                }
            }
        }

        AddJoined(query.Joined, e, candidates, queryJoined: true);
        AddJoined(entry.Joined, q, candidates, queryJoined: false);
        candidates.Sort(static (x, y) => y.Similarity != x.Similarity ? y.Similarity.CompareTo(x.Similarity) : y.Weight.CompareTo(x.Weight));

        ulong usedQuery = 0, usedEntry = 0;
        var aligned = explain ? new List<AlignedParts>(Math.Min(q.Count, e.Count)) : null;
        float numerator = 0f;
        ulong closeQuery = 0, closeEntry = 0;
        foreach (var candidate in candidates)
        {
            if ((candidate.QueryBits & usedQuery) != 0 || (candidate.EntryBits & usedEntry) != 0)
            {
                continue;
            }

            usedQuery |= candidate.QueryBits;
            usedEntry |= candidate.EntryBits;
            if (candidate.Similarity >= SubsetSimilarity)
            {
                closeQuery |= candidate.QueryBits;
                closeEntry |= candidate.EntryBits;
            }

            numerator += candidate.Similarity * candidate.Weight;
            aligned?.Add(new AlignedParts(candidate.QueryText, candidate.EntryText, candidate.Similarity, candidate.Reason));
        }

        if (!AnyNameAligned(q, usedQuery))
        {
            return explain ? new NameAlignment(0f, aligned!, Unmatched(q, usedQuery), Unmatched(e, usedEntry)) : Nothing;
        }

        var queryIdentifying = CountIdentifying(q);
        var entryIdentifying = CountIdentifying(e);
        var queryLeftoverFactor = LeftoverFactor(e, closeEntry, entryIdentifying, queryIdentifying);
        var entryLeftoverFactor = LeftoverFactor(q, closeQuery, queryIdentifying, entryIdentifying);
        var denominator = LeftoverWeight(q, usedQuery, queryLeftoverFactor) + LeftoverWeight(e, usedEntry, entryLeftoverFactor)
            + AlignedWeight(q, usedQuery) + AlignedWeight(e, usedEntry);
        var score = denominator <= 0f ? 0f : Math.Clamp(numerator / denominator, 0f, 1f);

        // A name part on each side with no partner is a conflict, not an omission: two different
        // surnames, or two different given names, mean two people.
        var conflicts = Math.Min(CountUnmatchedNames(q, usedQuery), CountUnmatchedNames(e, usedEntry));
        for (var c = 0; c < conflicts; c++)
        {
            score *= ConflictFactor;
        }
        return explain ? new NameAlignment(score, aligned!, Unmatched(q, usedQuery), Unmatched(e, usedEntry)) : Nothing with { Score = score };
    }

    // Particles pair only with particles; a particle is never evidence that two names are one.
    private static bool Comparable(NamePart a, NamePart b) =>
        (a.Kind == NamePartKind.Particle) == (b.Kind == NamePartKind.Particle);

    // Two or three adjacent parts written as one word on the other side (see AnalyzedName.Joined).
    private static void AddJoined(IReadOnlyList<JoinedParts> joined, IReadOnlyList<NamePart> whole, List<Candidate> candidates, bool queryJoined)
    {
        foreach (var join in joined)
        {
            for (var j = 0; j < whole.Count; j++)
            {
                var part = whole[j];
                // A joined word that begins differently cannot reach the joined similarity: skip it cheaply.
                if (!IsName(part) || part.Key[0] != join.Key[0] || part.Text.Length < join.Text.Length - 3 || part.Text.Length > join.Text.Length + 3)
                {
                    continue;
                }

                var (similarity, _) = PartSimilarity.CompareKeys(join.Text, join.Key, join.Skeleton, part.Text, part.Key, part.Skeleton, firstIsVowelless: false);
                if (similarity < MinimumJoinedSimilarity)
                {
                    continue;
                }

                var weight = join.Weight + part.Weight;
                candidates.Add(queryJoined
                    ? new Candidate(join.Bits, Bit(j), similarity, PartComparison.Joined, join.Shown, part.Text, weight)
                    : new Candidate(Bit(j), join.Bits, similarity, PartComparison.Joined, part.Text, join.Shown, weight));
            }
        }
    }

    private static bool IsName(NamePart part) => part.Kind is NamePartKind.Name;

    private static bool AnyNameAligned(IReadOnlyList<NamePart> parts, ulong used)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            if ((used & Bit(i)) != 0 && parts[i].Kind is NamePartKind.Name or NamePartKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    private static int CountUnmatchedNames(IReadOnlyList<NamePart> parts, ulong used)
    {
        var count = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            if ((used & Bit(i)) == 0 && parts[i].Kind == NamePartKind.Name && parts[i].Weight >= 0.6f)
            {
                count++;
            }
        }

        return count;
    }

    private static int CountIdentifying(IReadOnlyList<NamePart> parts) => parts.Count(p => p.IsIdentifying);

    private static bool AllIdentifyingIn(IReadOnlyList<NamePart> parts, ulong close)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].IsIdentifying && (close & Bit(i)) == 0)
            {
                return false;
            }
        }

        return true;
    }

    // How much the other side's left-over parts count when this (shorter) side is wholly matched: half
    // when it holds more than half as many identifying parts as the other, three quarters when exactly
    // half (two names of four), in full otherwise.
    private static float LeftoverFactor(IReadOnlyList<NamePart> shorter, ulong close, int shorterIdentifying, int longerIdentifying)
    {
        if (shorterIdentifying < 2 || shorterIdentifying > longerIdentifying || !AllIdentifyingIn(shorter, close))
        {
            return 1f;
        }

        return shorterIdentifying * 2 > longerIdentifying ? 0.5f : shorterIdentifying * 2 == longerIdentifying ? 0.75f : 1f;
    }

    private static float LeftoverWeight(IReadOnlyList<NamePart> parts, ulong used, float factor)
    {
        var total = 0f;
        for (var i = 0; i < parts.Count; i++)
        {
            if ((used & Bit(i)) == 0)
            {
                total += parts[i].Weight;
            }
        }

        return total * factor;
    }

    private static float AlignedWeight(IReadOnlyList<NamePart> parts, ulong used)
    {
        var total = 0f;
        for (var i = 0; i < parts.Count; i++)
        {
            if ((used & Bit(i)) != 0)
            {
                total += parts[i].Weight;
            }
        }

        return total;
    }

    private static List<string> Unmatched(IReadOnlyList<NamePart> parts, ulong used)
    {
        var list = new List<string>();
        for (var i = 0; i < parts.Count; i++)
        {
            if ((used & Bit(i)) == 0 && parts[i].Kind != NamePartKind.Particle)
            {
                list.Add(parts[i].Text);
            }
        }

        return list;
    }

    private static ulong Bit(int index) => 1UL << index;

    private readonly record struct Candidate(ulong QueryBits, ulong EntryBits, float Similarity, PartComparison Reason, string QueryText, string EntryText, float Weight);
}
