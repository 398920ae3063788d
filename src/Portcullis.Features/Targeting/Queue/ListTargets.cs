using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Targeting;

namespace Portcullis.Features.Targeting.Queue;

/// <summary>The unit's work queue: open targets in queue order, or the recent closed ones. Names only, no personal details: opening a target is the audited read.</summary>
public static class ListTargets
{
    public const int PageSize = 200;

    public sealed record Query(bool Closed = false);

    public sealed record Row(
        Guid Id, string SubjectName, string Flight, DateTime? DueAt, int Score, Lane Lane, bool Random,
        int ProfileHits, int WatchlistHits, TargetStatus Status, string? TakenBy, DateTimeOffset CreatedAt, InspectionResult? Result);

    public sealed record Result(IReadOnlyList<Row> Rows, int Red, int Yellow, int Green, string Stamp);

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<Result>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!ProfileAccess.MayRead(db.Scope))
            {
                return Outcome<Result>.Forbidden("The queue is for the unit's officers, targeters and head.");
            }

            var targets = db.Targets.AsNoTracking();
            var filtered = query.Closed
                ? targets.Where(t => t.Status == TargetStatus.Dismissed || t.Status == TargetStatus.Inspected).OrderByDescending(t => t.UpdatedAt)
                : WorkQueueOrder.Ordered(targets.Where(WorkQueueOrder.Open));
            var page = await filtered.Take(PageSize).ToListAsync(cancellationToken);
            var flightIds = page.Select(t => t.FlightId).Distinct().ToList();

            // The designator only: the target is already the unit's, whichever end of the flight it is at.
            var flights = await db.Flights.IgnoreQueryFilters().AsNoTracking()
                .Where(f => flightIds.Contains(f.Id))
                .ToDictionaryAsync(f => f.Id, f => f.Designator, cancellationToken);
            var rows = page.Select(t => new Row(
                    t.Id, t.SubjectName, flights.GetValueOrDefault(t.FlightId) ?? "", t.DueAt, t.Score, t.Lane, t.Random, t.ProfileHitCount,
                    t.WatchlistHitCount, t.Status, t.TakenBy, t.CreatedAt, t.Result))
                .ToList();
            var lanes = await targets.Where(WorkQueueOrder.Open).GroupBy(t => t.Lane).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            int Count(Lane lane) => lanes.FirstOrDefault(l => l.Key == lane)?.Count ?? 0;

            // What the page compares to know whether to redraw: changes to any open target.
            var latest = await targets.Where(WorkQueueOrder.Open).OrderByDescending(t => t.UpdatedAt).Select(t => (DateTimeOffset?)t.UpdatedAt).FirstOrDefaultAsync(cancellationToken);
            var stamp = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Count(Lane.Red)}-{Count(Lane.Yellow)}-{Count(Lane.Green)}-{latest?.UtcTicks}");
            return Outcome<Result>.Ok(new Result(rows, Count(Lane.Red), Count(Lane.Yellow), Count(Lane.Green), stamp));
        }
    }
}
