using System.Linq.Expressions;
using Portcullis.Domain.Targeting;

namespace Portcullis.Features.Targeting.Queue;

/// <summary>
/// The order of the unit's work queue, in one place for the list and for take-next: red before yellow
/// before green, the highest score first, then the soonest due, then the oldest. A target taken more
/// than <see cref="LockTimeout"/> ago without a decision is free again, so a target left open by an
/// officer who went home is not stuck.
/// </summary>
public static class WorkQueueOrder
{
    public static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(30);

    /// <summary>Open: waiting, being reviewed, or referred and waiting for the inspection result.</summary>
    public static Expression<Func<Target, bool>> Open =>
        t => t.Status == TargetStatus.New || t.Status == TargetStatus.InReview || t.Status == TargetStatus.Referred;

    /// <summary>Free to take: waiting, or taken so long ago that the lock has lapsed.</summary>
    public static Expression<Func<Target, bool>> Free(DateTimeOffset now)
    {
        var lapsed = now - LockTimeout;
        return t => t.Status == TargetStatus.New || (t.Status == TargetStatus.InReview && t.TakenAt < lapsed);
    }

    public static IOrderedQueryable<Target> Ordered(IQueryable<Target> targets) => targets
        .OrderBy(t => t.Lane == Lane.Red ? 0 : t.Lane == Lane.Yellow ? 1 : 2)
        .ThenByDescending(t => t.Score)
        .ThenBy(t => t.DueAt == null ? 1 : 0)
        .ThenBy(t => t.DueAt)
        .ThenBy(t => t.CreatedAt);
}
