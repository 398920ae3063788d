using Portcullis.Formats.Watchlists;
using Portcullis.Matching;
using Portcullis.Matching.Evidence;
using Portcullis.Matching.Screening;

namespace Portcullis.Features.Screening;

/// <summary>Turns read list entries into what the screening engine indexes.</summary>
public static class ScreeningEntries
{
    /// <summary>The entries of a list document; <paramref name="tag"/> comes back with each hit.</summary>
    public static IReadOnlyList<ScreeningEntry> From(WatchlistDocument document, object? tag = null) =>
        [.. document.Entries.Select(e => From(e, tag))];

    /// <summary>One entry.</summary>
    public static ScreeningEntry From(WatchlistEntry entry, object? tag = null)
    {
        var primary = entry.PrimaryName;
        return new ScreeningEntry(
            entry.ExternalId,
            entry.Kind == WatchlistSubjectKind.Person ? SubjectKind.Person : entry.Kind == WatchlistSubjectKind.Document ? SubjectKind.Unknown : SubjectKind.Organisation,
            [.. entry.Names.Where(n => n.Quality != WatchlistNameQuality.WeakAlias).Select(n => n.FullName).Where(n => n.Length > 0)],
            [.. entry.BirthDates.Select(PartialDate.Parse).OfType<PartialDate>()],
            entry.Nationalities,
            entry.Sex is { Length: > 0 } sex ? sex[0] : null,
            [.. entry.Documents.SelectMany(ListedDocumentNumbers.Of).Distinct(StringComparer.Ordinal)],
            tag)
        {
            FamilyName = primary?.FamilyName,
            WeakAliases = [.. entry.Names.Where(n => n.Quality == WatchlistNameQuality.WeakAlias).Select(n => n.FullName).Where(n => n.Length > 0)],
        };
    }
}
