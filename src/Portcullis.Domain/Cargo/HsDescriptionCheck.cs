using Portcullis.Domain.Reference;

namespace Portcullis.Domain.Cargo;

/// <summary>
/// "Description does not fit the HS chapter": compares the words of a goods description with the words
/// of the declared chapter (its own, its headings' and its subheadings' descriptions) and with a short
/// hand-made synonym list for the commonest cover loads. A mismatch is a reason to look, never proof: the
/// verdict names the words that decided it so that an officer can judge. Lives in the domain, beside the
/// nomenclature it reads, because it is a rule about goods, whatever format declared them.
/// </summary>
public sealed class HsDescriptionCheck
{
    /// <summary>A word found in more chapters than this says nothing about which one is meant ("steel", "parts").</summary>
    private const int MaxChaptersForEvidence = 12;

    private static readonly Lazy<HsDescriptionCheck> Embedded = new(() => new HsDescriptionCheck(HsNomenclature.Default));

    /// <summary>Words that describe no goods: a description made only of them is vague.</summary>
    private static readonly HashSet<string> VagueWords = new(StringComparer.Ordinal)
    {
        "general", "cargo", "good", "goods", "part", "parts", "sample", "samples", "fak", "freight", "all", "said", "contain",
        "stc", "stc.", "various", "variou", "mixed", "consolidat", "consolidated", "consolidation", "merchandise",
        "commodity", "commodities", "item", "items", "stuff", "misc", "miscellaneou", "miscellaneous", "assorted", "sundry",
        "personal", "effect", "effects", "spare", "accessory", "accessories", "equipment", "supply", "supplies", "load",
    };

    /// <summary>
    /// Words traders write that the HS texts do not use (or use everywhere), and the chapters they point to.
    /// Kept short and to the commonest cover loads: a longer list would be a second nomenclature.
    /// </summary>
    private static readonly Dictionary<string, string[]> Synonyms = new(StringComparer.Ordinal)
    {
        ["banana"] = ["08"],
        ["fruit"] = ["08", "20"],
        ["fish"] = ["03", "16"],
        ["seafood"] = ["03", "16"],
        ["scrap"] = ["72", "73", "74", "76"],
        ["furniture"] = ["94"],
        ["sofa"] = ["94"],
        ["textile"] = [.. Range(50, 63)],
        ["fabric"] = [.. Range(50, 63)],
        ["garment"] = ["61", "62"],
        ["clothing"] = ["61", "62"],
        ["apparel"] = ["61", "62"],
        ["shirt"] = ["61", "62"],
        ["tile"] = ["69"],
        ["ceramic"] = ["69"],
        ["porcelain"] = ["69"],
        ["machinery"] = ["84", "85"],
        ["machine"] = ["84", "85"],
        ["pharmaceutical"] = ["30"],
        ["medicine"] = ["30"],
        ["drug"] = ["30"],
        ["tyre"] = ["40"],
        ["tire"] = ["40"],
    };

    private readonly HsNomenclature _hs;
    private readonly Dictionary<string, HashSet<string>> _chaptersByWord = new(StringComparer.Ordinal);

    public HsDescriptionCheck(HsNomenclature hs)
    {
        _hs = hs;
        foreach (var entry in hs.All)
        {
            foreach (var word in DescriptionWords.Of(entry.Description))
            {
                if (!_chaptersByWord.TryGetValue(word, out var chapters))
                {
                    chapters = new HashSet<string>(StringComparer.Ordinal);
                    _chaptersByWord.Add(word, chapters);
                }

                chapters.Add(entry.Code[..2]);
            }
        }
    }

    public static HsDescriptionCheck Default => Embedded.Value;

    /// <summary>Whether the description plausibly fits the chapter of the HS code declared with it.</summary>
    public HsDescriptionVerdict Check(string? description, string? hsCode)
    {
        var chapter = _hs.Chapter(hsCode)?.Code;
        var words = DescriptionWords.Of(description);
        var content = words.Where(w => !VagueWords.Contains(w)).ToList();
        if (content.Count == 0)
        {
            return new HsDescriptionVerdict(HsFit.CannotTell, Vague: true, chapter, [], [],
                $"the description '{description?.Trim()}' does not say what the goods are");
        }

        if (chapter is null)
        {
            return new HsDescriptionVerdict(HsFit.CannotTell, Vague: false, null, [], [],
                $"'{hsCode}' has no HS 2022 chapter to compare with");
        }

        // The declared chapter fits when it holds more than half as many of the description's words as the
        // best other chapter: "car tyres" under 61 (knitted clothing, where "car" happens to appear) does
        // not, as 40 holds both words. Other chapters count only words specific enough to be evidence.
        var matched = content.Where(w => ChaptersOf(w).Contains(chapter)).ToList();
        var evidence = content.Select(w => (Word: w, Chapters: ChaptersOf(w)))
            .Where(e => e.Chapters.Count is > 0 and <= MaxChaptersForEvidence)
            .ToList();
        var rivals = evidence.SelectMany(e => e.Chapters.Select(c => (Chapter: c, e.Word)))
            .Where(r => r.Chapter != chapter)
            .GroupBy(r => r.Chapter, StringComparer.Ordinal)
            .Select(g => (Chapter: g.Key, Words: g.Select(r => r.Word).ToList()))
            .ToList();
        var best = rivals.Count == 0 ? 0 : rivals.Max(r => r.Words.Count);
        if (matched.Count > 0 && matched.Count * 2 > best)
        {
            return new HsDescriptionVerdict(HsFit.Fits, Vague: false, chapter, matched, [],
                $"{Quote(matched)} {(matched.Count == 1 ? "is" : "are")} in chapter {chapter}");
        }

        if (best == 0)
        {
            return new HsDescriptionVerdict(HsFit.CannotTell, Vague: false, chapter, [], [],
                $"none of {Quote(content)} is a word the HS uses to say which chapter");
        }

        var others = rivals.Where(r => r.Words.Count == best).Select(r => r.Chapter).Order(StringComparer.Ordinal).ToList();
        var pointing = rivals.Where(r => r.Words.Count == best).SelectMany(r => r.Words).Distinct(StringComparer.Ordinal).ToList();
        return new HsDescriptionVerdict(HsFit.DoesNotFit, Vague: false, chapter, pointing, others,
            $"{Quote(pointing)} point{(pointing.Count == 1 ? "s" : "")} to chapter{(others.Count == 1 ? "" : "s")} {string.Join(", ", others)}, not {chapter}"
            + (matched.Count == 0 ? "" : $" (only {Quote(matched)} in {chapter})"));
    }

    /// <summary>The chapters a word belongs to: the nomenclature's own use of it, and the synonym list.</summary>
    private HashSet<string> ChaptersOf(string word)
    {
        var chapters = new HashSet<string>(StringComparer.Ordinal);
        if (_chaptersByWord.TryGetValue(word, out var fromHs))
        {
            chapters.UnionWith(fromHs);
        }

        if (Synonyms.TryGetValue(word, out var fromSynonyms))
        {
            chapters.UnionWith(fromSynonyms);
        }

        return chapters;
    }

    private static string Quote(List<string> words) => string.Join(", ", words.Select(w => $"'{w}'"));

    private static IEnumerable<string> Range(int from, int to) =>
        Enumerable.Range(from, to - from + 1).Select(c => c.ToString("00", System.Globalization.CultureInfo.InvariantCulture));
}
