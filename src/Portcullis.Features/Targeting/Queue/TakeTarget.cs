using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Targeting;
using Portcullis.Features.Audit;

namespace Portcullis.Features.Targeting.Queue;

/// <summary>
/// Takes a target to work on, locked to the officer: the next one in queue order, or a chosen one.
/// The lock is one conditional UPDATE (free → taken by me), so two officers pressing "take next" at
/// the same moment get two different targets on either database; the loser of a race simply tries
/// the next one. A target the officer already holds is theirs again.
/// </summary>
public static class TakeTarget
{
    /// <param name="Id">The target to take; null for the next in the queue.</param>
    public sealed record Command(Guid? Id = null);

    public sealed class Handler(PortcullisDbContext db, TimeProvider time)
    {
        private const int Attempts = 10;

        public async Task<Outcome<Guid>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            if (!ProfileAccess.MayWorkTargets(db.Scope))
            {
                return Outcome<Guid>.Forbidden("Targets are worked by the unit's officers and head.");
            }

            var me = db.Scope.ActorName;
            if (command.Id is null)
            {
                // Finish what you started before taking more.
                var mine = await WorkQueueOrder.Ordered(db.Targets.Where(t => t.Status == TargetStatus.InReview && t.TakenBy == me))
                    .Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
                if (mine is { } held)
                {
                    return Outcome<Guid>.Ok(held);
                }
            }

            for (var attempt = 0; attempt < Attempts; attempt++)
            {
                var now = time.GetUtcNow();
                var candidates = db.Targets.Where(WorkQueueOrder.Free(now));
                var candidate = command.Id is { } id
                    ? await candidates.Where(t => t.Id == id).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken)
                    : await WorkQueueOrder.Ordered(candidates).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
                if (candidate is null)
                {
                    return command.Id is { } wanted && await db.Targets.AnyAsync(t => t.Id == wanted && t.TakenBy == me && t.Status == TargetStatus.InReview, cancellationToken)
                        ? Outcome<Guid>.Ok(wanted)
                        : command.Id is null
                            ? Outcome<Guid>.NotFound()
                            : Outcome<Guid>.Invalid("target", "taken", "Someone else is working on this target, or it is already decided.");
                }

                var claimed = await db.Targets.Where(WorkQueueOrder.Free(now)).Where(t => t.Id == candidate)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(t => t.Status, TargetStatus.InReview)
                        .SetProperty(t => t.TakenBy, me)
                        .SetProperty(t => t.TakenAt, now)
                        .SetProperty(t => t.UpdatedAt, now), cancellationToken);
                if (claimed == 1)
                {
                    var jurisdiction = await db.Targets.Where(t => t.Id == candidate).Select(t => t.Jurisdiction).FirstAsync(cancellationToken);
                    db.Audit(AuditEvents.By(db.Scope, AuditActions.TargetTaken, "target", candidate.Value.ToString("D"), jurisdiction));
                    await db.SaveChangesAsync(cancellationToken);
                    return Outcome<Guid>.Ok(candidate.Value);
                }
            }

            return Outcome<Guid>.Invalid("target", "busy", "The queue is busy; try again.");
        }
    }
}
