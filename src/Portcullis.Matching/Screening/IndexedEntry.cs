using Portcullis.Matching.Names;

namespace Portcullis.Matching.Screening;

/// <summary>A list entry with each of its names analysed once, when the index is built.</summary>
public sealed record IndexedEntry(ScreeningEntry Entry, IReadOnlyList<AnalyzedName> Names)
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

        return new IndexedEntry(entry, names);
    }
}
