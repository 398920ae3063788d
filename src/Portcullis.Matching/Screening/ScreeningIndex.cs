using System.Collections.Concurrent;
using Portcullis.Matching.Documents;
using Portcullis.Matching.Names;
using Portcullis.Matching.Scoring;

namespace Portcullis.Matching.Screening;

/// <summary>
/// The in-memory screening index. Built once per set of lists, read by any number of threads, replaced
/// whole when a list changes (see <see cref="ScreeningIndexHolder"/>).
///
/// Candidate generation, so that a query touches a few dozen entries and not the list: every distinct
/// part key of every name is a term with its posting list of names. A query part finds its terms by
/// equal key, by one deletion on either side (the symmetric-deletion trick: "skolz" and "solz" share
/// "solz"), by consonant skeleton when its script writes no vowels, and, for two adjacent query
/// parts, by their concatenation. Each found term adds its rarity (inverse document frequency) times its
/// similarity to the names it posts; the best-scoring names are then scored in full by
/// <see cref="MatchScorer"/>. Terms posted by more than a share of all names (Muhammad, Ali) only
/// strengthen names already found, never bring in new ones, unless nothing rarer matched.
/// </summary>
public sealed class ScreeningIndex
{
    private const int MinimumKeyLengthForDeletions = 4;
    private const float FrequentShare = 0.01f;
    private const ulong JoinedMarker = 1UL << 63;

    private readonly IndexedEntry[] _entries;
    private readonly int[] _nameEntry;
    private readonly byte[] _nameParts;
    private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
    private readonly List<string> _termKeys = [];
    private readonly List<string> _termSkeletons = [];
    private readonly List<int[]> _postings = [];
    private readonly Dictionary<string, int[]> _deletions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _skeletons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _joined = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _documentSkeletons = new(StringComparer.Ordinal);
    private readonly int _frequentPostings;
    private readonly ConcurrentBag<Accumulator> _accumulators = [];

    private ScreeningIndex(IReadOnlyList<ScreeningEntry> entries)
    {
        _entries = new IndexedEntry[entries.Count];
        Parallel.For(0, entries.Count, i => _entries[i] = IndexedEntry.Of(entries[i]));

        var nameEntry = new List<int>(entries.Count * 2);
        var nameParts = new List<byte>(entries.Count * 2);
        var termPostings = new List<List<int>>();
        var joinedPostings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var entryIndex = 0; entryIndex < _entries.Length; entryIndex++)
        {
            foreach (var name in _entries[entryIndex].Names)
            {
                var nameId = nameEntry.Count;
                nameEntry.Add(entryIndex);
                nameParts.Add((byte)Math.Min(255, CountSearchable(name)));
                foreach (var joined in JoinedKeysOf(name))
                {
                    AddTo(joinedPostings, joined, nameId);
                }

                foreach (var (key, skeleton) in TermsOf(name))
                {
                    var term = TermId(key, skeleton, termPostings);
                    var postings = termPostings[term];
                    if (postings.Count == 0 || postings[^1] != nameId)
                    {
                        postings.Add(nameId);
                    }
                }
            }
        }

        _nameEntry = [.. nameEntry];
        _nameParts = [.. nameParts];
        IndexDocuments();
        foreach (var postings in termPostings)
        {
            _postings.Add([.. postings]);
        }

        foreach (var (key, names) in joinedPostings)
        {
            _joined[key] = [.. names];
        }

        BuildDeletionsAndSkeletons();
        _frequentPostings = Math.Max(50, (int)(_nameEntry.Length * FrequentShare));
    }

    /// <summary>The entries, in the order they were given.</summary>
    public IEnumerable<ScreeningEntry> Entries => _entries.Select(e => e.Entry);

    /// <summary>How many entries the index holds.</summary>
    public int EntryCount => _entries.Length;

    /// <summary>How many names (primary, aliases, original script) the index holds.</summary>
    public int NameCount => _nameEntry.Length;

    /// <summary>How many distinct name-part keys the index holds.</summary>
    public int TermCount => _termKeys.Count;

    /// <summary>Builds an index over the entries (their names analysed in parallel).</summary>
    public static ScreeningIndex Build(IReadOnlyList<ScreeningEntry> entries) => new(entries);

    /// <summary>
    /// The entries that match the query at or above the threshold, best first, at most
    /// <paramref name="limit"/>. <paramref name="candidates"/> bounds how many are scored in full.
    /// </summary>
    public IReadOnlyList<MatchResult> Screen(ScreeningQuery query, float threshold = MatchThreshold.Default, int limit = 10, int candidates = 32)
    {
        var analyzed = AnalyzedQuery.Of(query);
        var results = new List<MatchResult>();
        var documentMatches = DocumentCandidates(query.DocumentNumber);
        foreach (var entryIndex in Candidates(analyzed, candidates).Union(documentMatches.Keys))
        {
            if (!MatchScorer.KindsAgree(query.Kind, _entries[entryIndex].Entry.Kind) && !documentMatches.ContainsKey(entryIndex))
            {
                continue;
            }

            var result = MatchScorer.Score(analyzed, _entries[entryIndex], threshold);
            if (documentMatches.TryGetValue(entryIndex, out var document))
            {
                result = WithDocument(result, document, threshold);
            }

            if (result.Score >= threshold)
            {
                results.Add(result);
            }
        }

        results.Sort(static (a, b) => b.Score.CompareTo(a.Score));
        return results.Count > limit ? results.GetRange(0, limit) : results;
    }

    /// <summary>The best <paramref name="limit"/> entries whatever their score: for ranking measures and the search page.</summary>
    public IReadOnlyList<MatchResult> Rank(ScreeningQuery query, int limit = 5, int candidates = 32)
    {
        var analyzed = AnalyzedQuery.Of(query);
        var results = Candidates(analyzed, candidates)
            .Where(i => MatchScorer.KindsAgree(query.Kind, _entries[i].Entry.Kind))
            .Select(i => MatchScorer.Score(analyzed, _entries[i]))
            .ToList();
        results.Sort(static (a, b) => b.Score.CompareTo(a.Score));
        return results.Count > limit ? results.GetRange(0, limit) : results;
    }

    /// <summary>
    /// A document number on the list decides alone: the same number scores 0.98 (not 1: a number is
    /// unique only within its issuer, and the query may not say which), a near one 0.85 (one look-alike
    /// character or one typing error), whatever the names say. Lost-and-stolen lists have no names at all.
    /// </summary>
    private static MatchResult WithDocument(MatchResult result, (string Number, DocumentMatchResult Match) document, float threshold)
    {
        var effect = document.Match.Kind == DocumentMatchKind.Exact ? 0.98f : 0.85f;
        var score = Math.Max(result.Score, effect);
        var evidence = result.Explanation.Evidence.Append(new Evidence.EvidenceItem(Evidence.EvidenceKind.Document, score - result.Score, document.Match.Explanation)).ToList();
        return result with { Score = score, IsMatch = score >= threshold, Explanation = result.Explanation with { Evidence = evidence } };
    }

    private Dictionary<int, (string Number, DocumentMatchResult Match)> DocumentCandidates(string? number)
    {
        var found = new Dictionary<int, (string, DocumentMatchResult)>();
        if (string.IsNullOrWhiteSpace(number))
        {
            return found;
        }

        var normalized = DocumentNumber.Normalize(number);
        if (normalized.Length < 4 || !_documentSkeletons.TryGetValue(DocumentNumber.Skeleton(normalized), out var entries))
        {
            return found;
        }

        foreach (var entryIndex in entries)
        {
            foreach (var listed in _entries[entryIndex].Entry.DocumentNumbers ?? [])
            {
                var match = DocumentMatch.Compare(new DocumentQuery(normalized), new DocumentQuery(listed));
                if (match.Kind != DocumentMatchKind.None && (!found.TryGetValue(entryIndex, out var previous) || previous.Item2.Kind < match.Kind))
                {
                    found[entryIndex] = (listed, match);
                }
            }
        }

        return found;
    }

    // Documents are found by their look-alike skeleton (O/0, I/1 folded); one typing error more is
    // checked by DocumentMatch on the entries found, not searched for.
    private void IndexDocuments()
    {
        for (var entryIndex = 0; entryIndex < _entries.Length; entryIndex++)
        {
            foreach (var listed in _entries[entryIndex].Entry.DocumentNumbers ?? [])
            {
                var normalized = DocumentNumber.Normalize(listed);
                if (normalized.Length < 4)
                {
                    continue;
                }

                var skeleton = DocumentNumber.Skeleton(normalized);
                if (!_documentSkeletons.TryGetValue(skeleton, out var list))
                {
                    list = [];
                    _documentSkeletons[skeleton] = list;
                }

                if (list.Count == 0 || list[^1] != entryIndex)
                {
                    list.Add(entryIndex);
                }
            }
        }
    }

    /// <summary>How many entries a query would score in full: what candidate generation saves is the list size minus this.</summary>
    internal int CandidateCount(ScreeningQuery query, int candidates = 32) => Candidates(AnalyzedQuery.Of(query), candidates).Count;

    private List<int> Candidates(AnalyzedQuery query, int limit)
    {
        // Scratch space is pooled: one per concurrent screening, reused, never shared.
        if (!_accumulators.TryTake(out var accumulator))
        {
            accumulator = new Accumulator(_nameEntry.Length);
        }

        accumulator.Clear();
        var found = new List<(int Term, float Similarity, ulong Parts)>();
        var queryParts = 0;
        foreach (var name in query.Names)
        {
            FindTerms(name, found);
            queryParts = Math.Max(queryParts, CountSearchable(name));
        }

        // A query part that the list writes as two words: exact, and rare by nature.
        var joinedFound = new List<(int[] Postings, ulong Parts)>();
        foreach (var name in query.Names)
        {
            for (var i = 0; i < name.Parts.Count && i < 64; i++)
            {
                var part = name.Parts[i];
                if (part.Kind == NamePartKind.Name && _joined.TryGetValue(part.Key, out var postings))
                {
                    joinedFound.Add((postings, 1UL << i));
                }
            }
        }

        foreach (var (postings, parts) in joinedFound)
        {
            // Counted as two parts found (the marker bit is the second): it is two names of the entry.
            accumulator.Add(postings, MathF.Log(1f + (_nameEntry.Length / (float)postings.Length)), onlyStrengthen: false, parts | JoinedMarker);
        }

        // Rare terms first: they decide which names are candidates; frequent ones only add weight.
        found.Sort((a, b) => _postings[a.Term].Length.CompareTo(_postings[b.Term].Length));
        var total = (float)_nameEntry.Length;
        foreach (var (term, similarity, parts) in found)
        {
            var postings = _postings[term];
            var rarity = MathF.Log(1f + (total / postings.Length));
            var onlyStrengthen = postings.Length > _frequentPostings && accumulator.Touched.Count > 0;
            accumulator.Add(postings, rarity * similarity * similarity, onlyStrengthen, parts);
        }

        var best = accumulator.BestEntries(limit, _nameEntry, _nameParts, queryParts);
        _accumulators.Add(accumulator);
        return best;
    }

    private void FindTerms(AnalyzedName name, List<(int Term, float Similarity, ulong Parts)> found)
    {
        var parts = name.Parts;
        for (var i = 0; i < parts.Count && i < 64; i++)
        {
            var part = parts[i];
            if (!part.IsIdentifying || part.Kind == NamePartKind.Initial)
            {
                continue;
            }

            var bit = 1UL << i;
            FindTermsOfKey(part.Text, part.Key, part.Skeleton, part.VowelsUncertain, bit, found);
            if (!string.Equals(part.Text, part.Key, StringComparison.Ordinal) && part.Text.Length >= MinimumKeyLengthForDeletions)
            {
                FindTermsOfKey(part.Text, part.Text, part.Skeleton, part.VowelsUncertain, bit, found);
            }

            if (i + 1 < parts.Count && i + 1 < 64 && parts[i + 1].Kind is NamePartKind.Name or NamePartKind.Particle)
            {
                var joined = part.Text + parts[i + 1].Text;
                var key = PhoneticKey.Of(joined);
                if (_terms.TryGetValue(key, out var term))
                {
                    // Written as one word on the list: both parts count as found.
                    found.Add((term, 1f, bit | (1UL << (i + 1))));
                }
            }
        }
    }

    // The parts a name can be found by: identifying parts other than initials.
    private static int CountSearchable(AnalyzedName name)
    {
        var count = 0;
        foreach (var part in name.Parts)
        {
            if (part.IsIdentifying && part.Kind != NamePartKind.Initial)
            {
                count++;
            }
        }

        return count;
    }

    private void FindTermsOfKey(string text, string key, string skeleton, bool vowelsUncertain, ulong bit, List<(int Term, float Similarity, ulong Parts)> found)
    {
        var start = found.Count;
        if (_terms.TryGetValue(key, out var exact))
        {
            found.Add((exact, 1f, bit));
        }

        if (key.Length >= MinimumKeyLengthForDeletions)
        {
            // Entry keys one deletion away from the query, the query one deletion from entry keys, or both.
            AddVerified(_deletions.GetValueOrDefault(key), text, key, skeleton, vowelsUncertain, bit, found, start);
            // Each deletion is built in a stack buffer and looked up by span: no string per deletion.
            var terms = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
            var deletions = _deletions.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<char> buffer = stackalloc char[Math.Min(key.Length, 128)];
            for (var i = 0; i < key.Length && key.Length <= 128; i++)
            {
                if (i > 0 && key[i] == key[i - 1])
                {
                    continue;
                }

                key.AsSpan(0, i).CopyTo(buffer);
                key.AsSpan(i + 1).CopyTo(buffer[i..]);
                var deletion = buffer[..(key.Length - 1)];
                if (terms.TryGetValue(deletion, out var shorter))
                {
                    AddVerified(shorter, text, key, skeleton, vowelsUncertain, bit, found, start);
                }

                if (deletions.TryGetValue(deletion, out var near))
                {
                    AddVerified(near, text, key, skeleton, vowelsUncertain, bit, found, start);
                }
            }
        }

        if (vowelsUncertain || key.Length < MinimumKeyLengthForDeletions)
        {
            AddVerified(_skeletons.GetValueOrDefault(skeleton), text, key, skeleton, vowelsUncertain, bit, found, start);
        }
    }

    private void AddVerified(int term, string text, string key, string skeleton, bool vowelsUncertain, ulong bit, List<(int Term, float Similarity, ulong Parts)> found, int start)
    {
        if (AlreadyFound(found, start, term))
        {
            return;
        }

        var termKey = _termKeys[term];
        var (similarity, _) = PartSimilarity.CompareKeys(text, key, skeleton, termKey, termKey, _termSkeletons[term], vowelsUncertain);
        if (similarity >= 0.5f)
        {
            found.Add((term, similarity, bit));
        }
    }

    private void AddVerified(int[]? terms, string text, string key, string skeleton, bool vowelsUncertain, ulong bit, List<(int Term, float Similarity, ulong Parts)> found, int start)
    {
        if (terms is null)
        {
            return;
        }

        foreach (var term in terms)
        {
            AddVerified(term, text, key, skeleton, vowelsUncertain, bit, found, start);
        }
    }

    private static bool AlreadyFound(List<(int Term, float Similarity, ulong Parts)> found, int start, int term)
    {
        for (var i = start; i < found.Count; i++)
        {
            if (found[i].Term == term)
            {
                return true;
            }
        }

        return false;
    }

    private int TermId(string key, string skeleton, List<List<int>> termPostings)
    {
        if (_terms.TryGetValue(key, out var id))
        {
            return id;
        }

        id = _termKeys.Count;
        _terms.Add(key, id);
        _termKeys.Add(key);
        _termSkeletons.Add(skeleton);
        termPostings.Add([]);
        return id;
    }

    private static IEnumerable<(string Key, string Skeleton)> TermsOf(AnalyzedName name)
    {
        var parts = name.Parts;
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (part.IsIdentifying && part.Kind != NamePartKind.Initial)
            {
                yield return (part.Key, part.Skeleton);

                // The spelling too, when it differs from the key: a typo in the query can break the
                // digraph the key was built on, and then only the spelling is one deletion away.
                if (!string.Equals(part.Text, part.Key, StringComparison.Ordinal) && part.Text.Length >= MinimumKeyLengthForDeletions)
                {
                    yield return (part.Text, part.Skeleton);
                }
            }
        }
    }

    // Adjacent parts joined, so that a query written as one word finds the name written as two. These
    // keys are nearly unique per name: they are looked up exactly, never by deletion, so that they cost
    // one dictionary entry each and not a dozen.
    private static IEnumerable<string> JoinedKeysOf(AnalyzedName name)
    {
        var parts = name.Parts;
        for (var i = 0; i + 1 < parts.Count; i++)
        {
            if (parts[i].Kind is NamePartKind.Name or NamePartKind.Particle && parts[i + 1].Kind == NamePartKind.Name)
            {
                yield return PhoneticKey.Of(parts[i].Text + parts[i + 1].Text);
            }
        }
    }

    private void BuildDeletionsAndSkeletons()
    {
        var deletions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var skeletons = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var term = 0; term < _termKeys.Count; term++)
        {
            var key = _termKeys[term];
            if (key.Length >= MinimumKeyLengthForDeletions)
            {
                foreach (var deletion in Deletions(key))
                {
                    AddTo(deletions, deletion, term);
                }
            }

            AddTo(skeletons, _termSkeletons[term], term);
        }

        foreach (var (key, terms) in deletions)
        {
            _deletions[key] = [.. terms];
        }

        foreach (var (key, terms) in skeletons)
        {
            _skeletons[key] = [.. terms];
        }
    }

    private static void AddTo(Dictionary<string, List<int>> map, string key, int term)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        if (list.Count == 0 || list[^1] != term)
        {
            list.Add(term);
        }
    }

    private static IEnumerable<string> Deletions(string key)
    {
        for (var i = 0; i < key.Length; i++)
        {
            // Deleting one of a run of equal letters gives the same string: skip the repeats.
            if (i > 0 && key[i] == key[i - 1])
            {
                continue;
            }

            yield return string.Concat(key.AsSpan(0, i), key.AsSpan(i + 1));
        }
    }
}
