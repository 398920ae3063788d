using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Watchlists;
using Portcullis.Features.Audit;

namespace Portcullis.Features.Screening;

/// <summary>A list with its versions, newest first, and whether the person may import the next one. Audited.</summary>
public static class GetWatchlist
{
    public sealed record Query(Guid Id);

    public sealed record Details(Watchlist Watchlist, IReadOnlyList<WatchlistVersion> Versions, bool MayImport);

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<Details>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!WatchlistAccess.MayRead(db.Scope))
            {
                return Outcome<Details>.Forbidden("Your role does not include watchlists.");
            }

            var list = await db.Watchlists.AsNoTracking().Include(w => w.SharedWith).FirstOrDefaultAsync(w => w.Id == query.Id, cancellationToken);
            if (list is null)
            {
                return Outcome<Details>.NotFound();
            }

            var versions = await db.WatchlistVersions.AsNoTracking()
                .Where(v => v.WatchlistId == list.Id)
                .OrderByDescending(v => v.Number)
                .ToListAsync(cancellationToken);
            db.Audit(AuditEvents.By(db.Scope, AuditActions.WatchlistRead, "watchlist", list.Id.ToString("D"), list.OwnerJurisdiction,
                JsonSerializer.Serialize(new { name = list.Name, version = list.CurrentVersion })));
            await db.SaveChangesAsync(cancellationToken);
            var mayImport = WatchlistAccess.MayManage(db.Scope) && WatchlistAccess.MayImportInto(db.Scope, list.OwnerJurisdiction);
            return Outcome<Details>.Ok(new Details(list, versions, mayImport));
        }
    }
}
