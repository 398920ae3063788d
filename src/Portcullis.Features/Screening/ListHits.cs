using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Watchlists;
using Portcullis.Features.Audit;
using Portcullis.Features.Passengers;

namespace Portcullis.Features.Screening;

/// <summary>
/// The hits the person's unit sees (the scope filter: their flights, lists their jurisdiction sees),
/// newest first, optionally of one flight or one traveller. Shows travellers' names: audited.
/// </summary>
public static class ListHits
{
    public sealed record Query(Guid? FlightId = null, Guid? TravellerId = null, HitStatus? Status = null, int Limit = 200);

    public sealed record Row(
        Guid Id,
        DateTimeOffset CreatedAt,
        HitStatus Status,
        float Score,
        Guid TravellerId,
        string? Surname,
        string? GivenNames,
        DateOnly? DateOfBirth,
        string? Nationality,
        Guid FlightId,
        string Flight,
        DateOnly FlightDate,
        Guid WatchlistId,
        string ListName,
        WatchlistSeverity Severity,
        int Version,
        string EntryExternalId,
        string EntryName);

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<IReadOnlyList<Row>>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!PassengerAccess.MayView(db.Scope))
            {
                return Outcome<IReadOnlyList<Row>>.Forbidden("Your role does not include passenger data.");
            }

            var hits = db.ScreeningHits.AsNoTracking();
            if (query.FlightId is { } flight)
            {
                hits = hits.Where(h => h.FlightId == flight);
            }

            if (query.TravellerId is { } traveller)
            {
                hits = hits.Where(h => h.TravellerId == traveller);
            }

            if (query.Status is { } status)
            {
                hits = hits.Where(h => h.Status == status);
            }

            var rows = await hits
                .OrderByDescending(h => h.CreatedAt)
                .Take(Math.Clamp(query.Limit, 1, 1000))
                .Select(h => new Row(
                    h.Id, h.CreatedAt, h.Status, h.Score,
                    h.TravellerId, h.Traveller!.Surname, h.Traveller.GivenNames, h.Traveller.DateOfBirth, h.Traveller.Nationality,
                    h.FlightId, h.Flight!.Carrier + " " + h.Flight.Number, h.Flight.DepartureDate,
                    h.WatchlistId, h.Watchlist!.Name, h.Watchlist.Severity, h.VersionNumber, h.EntryExternalId, h.EntryRow!.PrimaryName))
                .ToListAsync(cancellationToken);
            if (rows.Count > 0)
            {
                db.Audit(AuditEvents.By(db.Scope, AuditActions.ScreeningHitRead, "screening-hits", query.TravellerId?.ToString("D") ?? query.FlightId?.ToString("D"), null,
                    JsonSerializer.Serialize(new { flight = query.FlightId, traveller = query.TravellerId, shown = rows.Count })));
                await db.SaveChangesAsync(cancellationToken);
            }

            return Outcome<IReadOnlyList<Row>>.Ok(rows);
        }
    }
}
