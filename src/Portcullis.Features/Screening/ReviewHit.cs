using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Watchlists;
using Portcullis.Features.Audit;
using Portcullis.Features.Passengers;

namespace Portcullis.Features.Screening;

/// <summary>Marks a hit as looked at, by whom and when. Audited.</summary>
public static class ReviewHit
{
    public sealed record Command(Guid Id);

    public sealed class Handler(PortcullisDbContext db, TimeProvider time)
    {
        public async Task<Outcome<HitStatus>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            if (!PassengerAccess.MayView(db.Scope) || !db.Scope.IsSignedIn)
            {
                return Outcome<HitStatus>.Forbidden("Hits are reviewed by the unit's people.");
            }

            var hit = await db.ScreeningHits.Include(h => h.Flight).FirstOrDefaultAsync(h => h.Id == command.Id, cancellationToken);
            if (hit is null)
            {
                return Outcome<HitStatus>.NotFound();
            }

            if (hit.Status != HitStatus.Reviewed)
            {
                hit.Status = HitStatus.Reviewed;
                hit.ReviewedAt = time.GetUtcNow();
                hit.ReviewedBy = db.Scope.ActorName;
                db.Audit(AuditEvents.By(db.Scope, AuditActions.ScreeningHitReviewed, "screening-hit", hit.Id.ToString("D"), hit.Flight?.ArrivalJurisdiction ?? hit.Flight?.DepartureJurisdiction));
                await db.SaveChangesAsync(cancellationToken);
            }

            return Outcome<HitStatus>.Ok(hit.Status);
        }
    }
}
