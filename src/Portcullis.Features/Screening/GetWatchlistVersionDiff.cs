using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Watchlists;
using Portcullis.Features.Audit;

namespace Portcullis.Features.Screening;

/// <summary>
/// What one version of a list changed, from the entry rows' validity: rows opened by the version
/// whose id had no row closed by it are added; rows closed by it whose id was reopened are changed
/// (before and after); the other rows it closed are removed. Shows listed persons' data: audited.
/// </summary>
public static class GetWatchlistVersionDiff
{
    public sealed record Query(Guid WatchlistId, int Number);

    public sealed record Change(StoredEntry Before, StoredEntry After);

    public sealed record Diff(Watchlist Watchlist, WatchlistVersion Version, IReadOnlyList<StoredEntry> Added, IReadOnlyList<Change> Changed, IReadOnlyList<StoredEntry> Removed);

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<Diff>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!WatchlistAccess.MayRead(db.Scope))
            {
                return Outcome<Diff>.Forbidden("Your role does not include watchlists.");
            }

            var list = await db.Watchlists.AsNoTracking().FirstOrDefaultAsync(w => w.Id == query.WatchlistId, cancellationToken);
            var version = list is null ? null : await db.WatchlistVersions.AsNoTracking()
                .FirstOrDefaultAsync(v => v.WatchlistId == list.Id && v.Number == query.Number, cancellationToken);
            if (list is null || version is null)
            {
                return Outcome<Diff>.NotFound();
            }

            var rows = await db.WatchlistEntries.AsNoTracking()
                .Where(e => e.WatchlistId == list.Id && (e.FromVersion == version.Number || e.ToVersion == version.Number))
                .OrderBy(e => e.ExternalId)
                .ToListAsync(cancellationToken);
            var opened = rows.Where(r => r.FromVersion == version.Number).ToDictionary(r => r.ExternalId, StringComparer.Ordinal);
            var closed = rows.Where(r => r.ToVersion == version.Number).ToDictionary(r => r.ExternalId, StringComparer.Ordinal);
            var added = opened.Values.Where(r => !closed.ContainsKey(r.ExternalId)).Select(StoredEntry.From).ToList();
            var changed = opened.Values.Where(r => closed.ContainsKey(r.ExternalId))
                .Select(r => new Change(StoredEntry.From(closed[r.ExternalId]), StoredEntry.From(r))).ToList();
            var removed = closed.Values.Where(r => !opened.ContainsKey(r.ExternalId)).Select(StoredEntry.From).ToList();

            db.Audit(AuditEvents.By(db.Scope, AuditActions.WatchlistEntryRead, "watchlist", list.Id.ToString("D"), list.OwnerJurisdiction,
                JsonSerializer.Serialize(new { version = version.Number, added = added.Count, changed = changed.Count, removed = removed.Count })));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Diff>.Ok(new Diff(list, version, added, changed, removed));
        }
    }
}
