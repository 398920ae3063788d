using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Passengers;
using Portcullis.Features.Audit;
using Portcullis.Formats.Passengers;

namespace Portcullis.Features.Passengers;

/// <summary>
/// Everything known about a traveller on a flight: what the API list says, and what the PNR of the
/// same person says, each with the message it came from. Audited.
/// </summary>
public static class GetTraveller
{
    public sealed record Query(Guid Id);

    public sealed record Source(Guid MessageId, DateTimeOffset ReceivedAt, string Sender);

    public sealed record BookingView(Guid Id, Pnr Pnr, string? PassengerReference, Source From);

    public sealed record Details(FlightTraveller Row, Flight Flight, Traveller Api, Source ApiFrom, BookingView? Booking);

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<Details>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!PassengerAccess.MayView(db.Scope))
            {
                return Outcome<Details>.Forbidden("Your role does not include passenger data.");
            }

            var row = await db.FlightTravellers.AsNoTracking().Include(t => t.Flight).FirstOrDefaultAsync(t => t.Id == query.Id, cancellationToken);
            if (row?.Flight is null)
            {
                return Outcome<Details>.NotFound();
            }

            var api = JsonSerializer.Deserialize<Traveller>(row.Details, PassengerJson.CompactOptions) ?? new Traveller();
            var apiFrom = await SourceAsync(row.MessageId, cancellationToken);
            BookingView? booking = null;
            if (row.BookingPassengerId is { } passengerId)
            {
                var linked = await db.BookingPassengers.AsNoTracking().Include(p => p.Booking).FirstOrDefaultAsync(p => p.Id == passengerId, cancellationToken);
                if (linked?.Booking is { } b)
                {
                    var pnr = JsonSerializer.Deserialize<Pnr>(b.Details, PassengerJson.CompactOptions) ?? new Pnr();
                    booking = new BookingView(b.Id, pnr, linked.Reference, await SourceAsync(b.MessageId, cancellationToken));
                }
            }

            db.Audit(AuditEvents.By(db.Scope, AuditActions.TravellerRead, "traveller", row.Id.ToString("D"), row.Flight.ArrivalJurisdiction ?? row.Flight.DepartureJurisdiction,
                JsonSerializer.Serialize(new { flight = row.Flight.Designator, date = row.Flight.DepartureDate })));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Details>.Ok(new Details(row, row.Flight, api, apiFrom, booking));
        }

        /// <summary>
        /// When and from whom the fact arrived. Past the filter: the message may have been received by
        /// the other end's jurisdiction; only its receipt is shown, and its page stays scoped.
        /// </summary>
        private async Task<Source> SourceAsync(Guid messageId, CancellationToken cancellationToken) =>
            await db.ReceivedMessages.AsNoTracking().IgnoreQueryFilters()
                .Where(m => m.Id == messageId)
                .Select(m => new Source(m.Id, m.ReceivedAt, m.Sender))
                .FirstOrDefaultAsync(cancellationToken) ?? new Source(messageId, default, "");
    }
}
