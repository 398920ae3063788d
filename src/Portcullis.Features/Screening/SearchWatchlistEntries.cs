using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Watchlists;
using Portcullis.Features.Audit;

namespace Portcullis.Features.Screening;

/// <summary>
/// The entries of a list as of its current version, optionally those whose names or document numbers
/// contain the text (case and diacritics aside), a page at a time. A simple search for browsing a list;
/// screening is the engine's job. Audited, with the text searched for.
/// </summary>
public static class SearchWatchlistEntries
{
    public const int PageSize = 50;

    public sealed record Query(Guid WatchlistId, string? Text = null, int Page = 1);

    public sealed record Result(Watchlist Watchlist, IReadOnlyList<StoredEntry> Entries, int Total, int Page, int Pages);

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<Result>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!WatchlistAccess.MayRead(db.Scope))
            {
                return Outcome<Result>.Forbidden("Your role does not include watchlists.");
            }

            var list = await db.Watchlists.AsNoTracking().FirstOrDefaultAsync(w => w.Id == query.WatchlistId, cancellationToken);
            if (list is null)
            {
                return Outcome<Result>.NotFound();
            }

            var entries = db.WatchlistEntries.AsNoTracking().Where(e => e.WatchlistId == list.Id && e.ToVersion == null);
            var text = string.IsNullOrWhiteSpace(query.Text) ? null : StoredEntry.Fold(query.Text.Trim());
            if (text is not null)
            {
                entries = entries.Where(e => e.SearchText.Contains(text) || e.ExternalId == query.Text!.Trim());
            }

            var total = await entries.CountAsync(cancellationToken);
            var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
            var page = Math.Clamp(query.Page, 1, pages);
            var rows = await entries.OrderBy(e => e.PrimaryName).ThenBy(e => e.ExternalId)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .ToListAsync(cancellationToken);

            db.Audit(AuditEvents.By(db.Scope, AuditActions.WatchlistEntryRead, "watchlist", list.Id.ToString("D"), list.OwnerJurisdiction,
                JsonSerializer.Serialize(new { search = query.Text, page, shown = rows.Count })));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(list, [.. rows.Select(StoredEntry.From)], total, page, pages));
        }
    }
}
