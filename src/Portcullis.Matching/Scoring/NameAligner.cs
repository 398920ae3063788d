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

    /// <summary>Aligns a query name with an entry name.</summary>
    public static NameAlignment Align(AnalyzedName query, AnalyzedName entry)
    {
        var q = Weighted(query.Parts);
        var e = Weighted(entry.Parts);
        if (q.Count == 0 || e.Count == 0)
        {
            return new NameAlignment(0f, [], [.. q.Select(p => p.Text)], [.. e.Select(p => p.Text)]);
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

        AddJoined(q, e, candidates, queryJoined: true);
        AddJoined(e, q, candidates, queryJoined: false);
        candidates.Sort(static (x, y) => y.Similarity != x.Similarity ? y.Similarity.CompareTo(x.Similarity) : y.Weight.CompareTo(x.Weight));

        ulong usedQuery = 0, usedEntry = 0;
        var aligned = new List<AlignedParts>(Math.Min(q.Count, e.Count));
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
            aligned.Add(new AlignedParts(candidate.QueryText, candidate.EntryText, candidate.Similarity, candidate.Reason));
        }

        if (!AnyNameAligned(q, usedQuery))
        {
            return new NameAlignment(0f, aligned, Unmatched(q, usedQuery), Unmatched(e, usedEntry));
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
        return new NameAlignment(score, aligned, Unmatched(q, usedQuery), Unmatched(e, usedEntry));
    }

    private static List<NamePart> Weighted(IReadOnlyList<NamePart> parts)
    {
        var list = new List<NamePart>(Math.Min(parts.Count, 64));
        foreach (var part in parts)
        {
            if (part.Weight > 0f && list.Count < 64)
            {
                list.Add(part);
            }
        }

        return list;
    }

    // Particles pair only with particles; a particle is never evidence that two names are one.
    private static bool Comparable(NamePart a, NamePart b) =>
        (a.Kind == NamePartKind.Particle) == (b.Kind == NamePartKind.Particle);

    // Two or three adjacent parts written as one word on the other side: "Abdul Rahman" and
    // "Abdulrahman", "van der Bilt" and "Vanderbilt". Particles may join; titles and legal forms not.
    private static void AddJoined(List<NamePart> split, List<NamePart> whole, List<Candidate> candidates, bool queryJoined)
    {
        for (var i = 0; i + 1 < split.Count; i++)
        {
            var text = split[i].Text;
            var weight = split[i].Weight;
            var splitBits = Bit(i);
            var shown = split[i].Text;
            for (var end = i + 1; end < split.Count && end <= i + 2; end++)
            {
                if (!IsJoinable(split[end]) || !IsJoinable(split[i]))
                {
                    break;
                }

                text += split[end].Text;
                shown += " " + split[end].Text;
                weight += split[end].Weight;
                splitBits |= Bit(end);
                AddJoinedCandidates(text, shown, weight, splitBits, whole, candidates, queryJoined);
            }
        }
    }

    private static void AddJoinedCandidates(string text, string shown, float weight, ulong splitBits, List<NamePart> whole, List<Candidate> candidates, bool queryJoined)
    {
        var key = PhoneticKey.Of(text);
        var skeleton = PhoneticKey.Skeleton(key);
        for (var j = 0; j < whole.Count; j++)
        {
            if (!IsName(whole[j]) || whole[j].Text.Length < text.Length - 3 || whole[j].Text.Length > text.Length + 3)
            {
                continue;
            }

            var (similarity, _) = PartSimilarity.CompareKeys(text, key, skeleton, whole[j].Text, whole[j].Key, whole[j].Skeleton, firstIsVowelless: false);
            if (similarity < MinimumJoinedSimilarity)
            {
                continue;
            }

            var total = weight + whole[j].Weight;
            candidates.Add(queryJoined
                ? new Candidate(splitBits, Bit(j), similarity, PartComparison.Joined, shown, whole[j].Text, total)
                : new Candidate(Bit(j), splitBits, similarity, PartComparison.Joined, whole[j].Text, shown, total));
        }
    }

    // Two-letter fragments ("Yu Son", "Ah San") joined would resemble too many short names.
    private static bool IsJoinable(NamePart part) => part.Kind is NamePartKind.Particle || (part.Kind is NamePartKind.Name && part.Text.Length >= 3);

    private static bool IsName(NamePart part) => part.Kind is NamePartKind.Name;

    private static bool AnyNameAligned(List<NamePart> parts, ulong used)
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

    private static int CountUnmatchedNames(List<NamePart> parts, ulong used)
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

    private static int CountIdentifying(List<NamePart> parts) => parts.Count(p => p.IsIdentifying);

    private static bool AllIdentifyingIn(List<NamePart> parts, ulong close)
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
    private static float LeftoverFactor(List<NamePart> shorter, ulong close, int shorterIdentifying, int longerIdentifying)
    {
        if (shorterIdentifying < 2 || shorterIdentifying > longerIdentifying || !AllIdentifyingIn(shorter, close))
        {
            return 1f;
        }

        return shorterIdentifying * 2 > longerIdentifying ? 0.5f : shorterIdentifying * 2 == longerIdentifying ? 0.75f : 1f;
    }

    private static float LeftoverWeight(List<NamePart> parts, ulong used, float factor)
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

    private static float AlignedWeight(List<NamePart> parts, ulong used)
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

    private static List<string> Unmatched(List<NamePart> parts, ulong used)
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
