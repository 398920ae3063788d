using System.Collections.Frozen;

namespace Portcullis.Matching.Names;

/// <summary>
/// Legal forms written out in full, in the languages the region's companies and their partners use,
/// and the abbreviation each stands for: "Aktiengesellschaft" is AG, "Društvo sa ograničenom
/// odgovornošću" DOO, "Shoqëri me përgjegjësi të kufizuar" SHPK, "Открытое акционерное общество" OAO.
/// Phrases are matched on phonetic keys so that transliteration spellings of the Russian ones agree.
/// </summary>
internal static class LegalFormPhrases
{
    private static readonly (string[] Keys, string Abbreviation)[] Phrases = Build(
    [
        ("gesellschaft mit beschrankter haftung", "gmbh"),
        ("limited liability company", "llc"),
        ("limited liability partnership", "llp"),
        ("public limited company", "plc"),
        ("open joint stock company", "ojsc"),
        ("closed joint stock company", "cjsc"),
        ("public joint stock company", "pjsc"),
        ("joint stock company", "jsc"),
        ("societatea cu raspundere limitata", "srl"),
        ("societa a responsabilita limitata", "srl"),
        ("societe a responsabilite limitee", "sarl"),
        ("societe anonyme", "sa"),
        ("sociedad anonima", "sa"),
        ("societa per azioni", "spa"),
        ("besloten vennootschap", "bv"),
        ("naamloze vennootschap", "nv"),
        ("drustvo sa ogranicenom odgovornoscu", "doo"),
        ("drustvo s ogranicenom odgovornoscu", "doo"),
        ("drustvo so ogranicena odgovornost", "doo"),
        ("drustvo so ogranicena odgovornost na eden sopstvenik", "dooel"),
        ("akcionarsko drustvo", "ad"),
        ("akcionersko drustvo", "ad"),
        ("dionicko drustvo", "dd"),
        ("shoqeri me pergjegjesi te kufizuar", "shpk"),
        ("shoqeri aksionare", "sha"),
        ("otkrytoe aktsionernoe obshchestvo", "oao"),
        ("zakrytoe aktsionernoe obshchestvo", "zao"),
        ("publichnoe aktsionernoe obshchestvo", "pao"),
        ("aktsionernoe obshchestvo", "ao"),
        ("obshchestvo s ogranichennoi otvetstvennostiu", "ooo"),
        ("obshchestvo s ogranichennoy otvetstvennostyu", "ooo"),
        ("tovarystvo z obmezhenoiu vidpovidalnistiu", "tov"),
        ("spolka z ograniczona odpowiedzialnoscia", "spzoo"),
        ("sp z o o", "spzoo"),
        ("aktiengesellschaft", "ag"),
        ("incorporated", "inc"),
        ("corporation", "corp"),
        ("company", "co"),
        ("limited", "ltd"),
    ]);

    private static readonly FrozenSet<string> FirstKeys = Phrases.Select(p => p.Keys[0]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The tokens with every legal-form phrase replaced by its abbreviation; the same list when there is none.</summary>
    public static List<string> Collapse(List<string> tokens)
    {
        List<string>? result = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var matched = FirstKeys.Contains(PhoneticKey.Of(tokens[i])) ? Match(tokens, i) : default;
            if (matched.Length == 0)
            {
                result?.Add(tokens[i]);
                continue;
            }

            result ??= tokens.Take(i).ToList();
            result.Add(matched.Abbreviation);
            i += matched.Length - 1;
        }

        return result ?? tokens;
    }

    private static (int Length, string Abbreviation) Match(List<string> tokens, int start)
    {
        foreach (var (keys, abbreviation) in Phrases)
        {
            if (start + keys.Length > tokens.Count)
            {
                continue;
            }

            var all = true;
            for (var k = 0; k < keys.Length && all; k++)
            {
                all = string.Equals(PhoneticKey.Of(tokens[start + k]), keys[k], StringComparison.Ordinal);
            }

            if (all)
            {
                return (keys.Length, abbreviation);
            }
        }

        return default;
    }

    private static (string[] Keys, string Abbreviation)[] Build((string Phrase, string Abbreviation)[] phrases) =>
        [.. phrases.Select(p => (p.Phrase.Split(' ').Select(PhoneticKey.Of).ToArray(), p.Abbreviation)).OrderByDescending(p => p.Item1.Length)];
}
