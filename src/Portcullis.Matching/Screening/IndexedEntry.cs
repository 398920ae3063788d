using Portcullis.Matching.Names;

namespace Portcullis.Matching.Screening;

/// <summary>
/// A list entry with each of its names analysed once, when the index is built; the names from
/// <see cref="WeakFrom"/> on are weak aliases.
/// </summary>
public sealed record IndexedEntry(ScreeningEntry Entry, IReadOnlyList<AnalyzedName> Names, int WeakFrom)
{
    /// <summary>Analyses an entry's names.</summary>
    public static IndexedEntry Of(ScreeningEntry entry)
    {
        var names = new List<AnalyzedName>(entry.Names.Count);
        foreach (var name in entry.Names)
        {
            foreach (var alternative in NameAlternatives.Split(name))
            {
                // The list's surname applies to its primary name only; aliases are read as written.
                var family = names.Count == 0 ? entry.FamilyName : null;
                names.Add(NameAnalyzer.Analyze(alternative, entry.Kind, family));
            }
        }

        var weakFrom = names.Count;
        foreach (var alias in entry.WeakAliases)
        {
            foreach (var alternative in NameAlternatives.Split(alias))
            {
                names.Add(NameAnalyzer.Analyze(alternative, entry.Kind));
            }
        }

        return new IndexedEntry(entry, names, weakFrom);
    }
}
