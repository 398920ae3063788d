namespace Portcullis.Formats.Watchlists;

/// <summary>
/// One watchlist file read into the normalized shape (docs/formats/watchlists.md), whatever it arrived
/// as: the UN Security Council consolidated list, OFAC's SDN files or a national list in the CSV template.
/// </summary>
/// <param name="Source">Which list: "UN-SC", "OFAC-SDN", or the name given to a national list.</param>
/// <param name="GeneratedAt">When the publisher produced the file, where the file says so.</param>
/// <param name="Diagnostics">Problems of the file, each placed by line; the entries are what could be read.</param>
public sealed record WatchlistDocument(string Source, DateTimeOffset? GeneratedAt, IReadOnlyList<WatchlistEntry> Entries, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
