using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Passengers;
using Portcullis.Domain.Watchlists;
using Portcullis.Features.Audit;
using Portcullis.Features.Passengers;

namespace Portcullis.Features.Screening;

/// <summary>
/// One hit with everything needed to judge it: the traveller as received, the entry as listed (in the
/// version that raised the hit), the list, and the engine's explanation. Audited.
/// </summary>
public static class GetHit
{
    public sealed record Query(Guid Id);

    public sealed record Details(ScreeningHit Hit, FlightTraveller Traveller, Flight Flight, Watchlist Watchlist, StoredEntry Entry, StoredExplanation Explanation);

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<Details>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!PassengerAccess.MayView(db.Scope))
            {
                return Outcome<Details>.Forbidden("Your role does not include passenger data.");
            }

            var hit = await db.ScreeningHits.AsNoTracking()
                .Include(h => h.Traveller).Include(h => h.Flight).Include(h => h.Watchlist).Include(h => h.EntryRow)
                .FirstOrDefaultAsync(h => h.Id == query.Id, cancellationToken);
            if (hit?.Traveller is null || hit.Flight is null || hit.Watchlist is null || hit.EntryRow is null)
            {
                return Outcome<Details>.NotFound();
            }

            db.Audit(AuditEvents.By(db.Scope, AuditActions.ScreeningHitRead, "screening-hit", hit.Id.ToString("D"), hit.Flight.ArrivalJurisdiction ?? hit.Flight.DepartureJurisdiction,
                JsonSerializer.Serialize(new { traveller = hit.TravellerId, list = hit.Watchlist.Name, entry = hit.EntryExternalId })));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Details>.Ok(new Details(hit, hit.Traveller, hit.Flight, hit.Watchlist, StoredEntry.From(hit.EntryRow), StoredExplanation.Parse(hit.Explanation)));
        }
    }
}
