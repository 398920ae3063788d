using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Targeting;
using Portcullis.Features.Audit;

namespace Portcullis.Features.Targeting.Queue;

/// <summary>
/// The unit's work queue: open targets in queue order, or the recent closed ones, with a stamp that
/// changes whenever an open target does. The page's live update sends the stamp it has: while nothing
/// changed it gets no rows back, and no names are read. A read that returns names is audited.
/// </summary>
public static class ListTargets
{
    public const int PageSize = 200;

    /// <param name="Since">The stamp the caller already shows: when it is still current, no rows are read.</param>
    public sealed record Query(bool Closed = false, string? Since = null);

    public sealed record Row(
        Guid Id, string SubjectName, string Flight, DateTime? DueAt, int Score, Lane Lane, bool Random,
        int ProfileHits, int WatchlistHits, TargetStatus Status, string? TakenBy, DateTimeOffset CreatedAt, InspectionResult? Result);

    /// <param name="Unchanged">The caller's stamp is current: <see cref="Rows"/> is empty on purpose.</param>
    public sealed record Result(IReadOnlyList<Row> Rows, int Red, int Yellow, int Green, string Stamp, bool Unchanged = false);

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<Result>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!ProfileAccess.MayRead(db.Scope))
            {
                return Outcome<Result>.Forbidden("The queue is for the unit's officers, targeters and head.");
            }

            var targets = db.Targets.AsNoTracking();
            var lanes = await targets.Where(WorkQueueOrder.Open).GroupBy(t => t.Lane).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            int Count(Lane lane) => lanes.FirstOrDefault(l => l.Key == lane)?.Count ?? 0;
            var latest = await targets.OrderByDescending(t => t.UpdatedAt).Select(t => (DateTimeOffset?)t.UpdatedAt).FirstOrDefaultAsync(cancellationToken);
            var stamp = string.Create(CultureInfo.InvariantCulture, $"{Count(Lane.Red)}-{Count(Lane.Yellow)}-{Count(Lane.Green)}-{latest?.UtcTicks}");
            if (string.Equals(query.Since, stamp, StringComparison.Ordinal))
            {
                return Outcome<Result>.Ok(new Result([], Count(Lane.Red), Count(Lane.Yellow), Count(Lane.Green), stamp, Unchanged: true));
            }

            var filtered = query.Closed
                ? targets.Where(t => t.Status == TargetStatus.Dismissed || t.Status == TargetStatus.Inspected).OrderByDescending(t => t.UpdatedAt)
                : WorkQueueOrder.Ordered(targets.Where(WorkQueueOrder.Open));
            var page = await filtered.Take(PageSize).ToListAsync(cancellationToken);
            var arrivals = await ArrivalNames.OfAsync(db, page, cancellationToken);
            var rows = page.Select(t => new Row(
                    t.Id, t.SubjectName, arrivals.GetValueOrDefault(t.Id) ?? "", t.DueAt, t.Score, t.Lane, t.Random, t.ProfileHitCount,
                    t.WatchlistHitCount, t.Status, t.TakenBy, t.CreatedAt, t.Result))
                .ToList();
            if (rows.Count > 0)
            {
                db.Audit(AuditEvents.By(db.Scope, AuditActions.TargetRead, "targets", db.Scope.Unit?.Value, null,
                    JsonSerializer.Serialize(new { closed = query.Closed, shown = rows.Count })));
                await db.SaveChangesAsync(cancellationToken);
            }

            return Outcome<Result>.Ok(new Result(rows, Count(Lane.Red), Count(Lane.Yellow), Count(Lane.Green), stamp));
        }
    }
}
