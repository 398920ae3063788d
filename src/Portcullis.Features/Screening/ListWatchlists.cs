using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Watchlists;

namespace Portcullis.Features.Screening;

/// <summary>The lists the person's jurisdiction keeps or is shared, with their current version. Names of lists only: not audited.</summary>
public static class ListWatchlists
{
    public sealed record Row(
        Guid Id,
        string Name,
        WatchlistSubject Subject,
        WatchlistSeverity Severity,
        string OwnerJurisdiction,
        string? OwnerUnit,
        IReadOnlyList<string> SharedWith,
        int CurrentVersion,
        int Entries,
        DateTimeOffset? LastImportedAt);

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<IReadOnlyList<Row>>> HandleAsync(CancellationToken cancellationToken)
        {
            if (!WatchlistAccess.MayRead(db.Scope))
            {
                return Outcome<IReadOnlyList<Row>>.Forbidden("Your role does not include watchlists.");
            }

            var lists = await db.Watchlists.AsNoTracking().Include(w => w.SharedWith).OrderBy(w => w.Name).ToListAsync(cancellationToken);
            var ids = lists.Select(w => w.Id).ToList();
            var versions = await db.WatchlistVersions.AsNoTracking()
                .Where(v => ids.Contains(v.WatchlistId))
                .Select(v => new { v.WatchlistId, v.Number, v.Total, v.ImportedAt })
                .ToListAsync(cancellationToken);
            var current = versions
                .Where(v => lists.Any(w => w.Id == v.WatchlistId && w.CurrentVersion == v.Number))
                .ToDictionary(v => v.WatchlistId);
            return Outcome<IReadOnlyList<Row>>.Ok([.. lists.Select(w => new Row(
                w.Id, w.Name, w.Subject, w.Severity, w.OwnerJurisdiction, w.OwnerUnit,
                [.. w.SharedWith.Select(s => s.Jurisdiction).Order(StringComparer.Ordinal)],
                w.CurrentVersion,
                current.TryGetValue(w.Id, out var v) ? v.Total : 0,
                current.TryGetValue(w.Id, out var at) ? at.ImportedAt : null))]);
        }
    }
}
