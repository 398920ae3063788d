using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Passengers;
using Portcullis.Features.Audit;

namespace Portcullis.Features.Passengers;

/// <summary>A flight with its passengers, crew and bookings. Audited: a passenger list is personal data.</summary>
public static class GetFlight
{
    public sealed record Query(Guid Id);

    public sealed record TravellerRow(Guid Id, string Role, string? Surname, string? GivenNames, string? Sex, DateOnly? DateOfBirth, string? Nationality, string? DocumentNumber, string? Seat, bool Incomplete, string? RecordLocator);

    public sealed record BookingRow(Guid Id, string RecordLocator, DateTime? Created, int Passengers, int? DaysBookingToDeparture, string? TripType);

    public sealed record Details(Flight Flight, IReadOnlyList<TravellerRow> Travellers, IReadOnlyList<BookingRow> Bookings, int PnrPassengersWithoutApi);

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<Details>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!PassengerAccess.MayView(db.Scope))
            {
                return Outcome<Details>.Forbidden("Your role does not include passenger data.");
            }

            var flight = await db.Flights.AsNoTracking().FirstOrDefaultAsync(f => f.Id == query.Id, cancellationToken);
            if (flight is null)
            {
                return Outcome<Details>.NotFound();
            }

            var travellers = await db.FlightTravellers.AsNoTracking()
                .Where(t => t.FlightId == flight.Id)
                .OrderBy(t => t.Role).ThenBy(t => t.Surname).ThenBy(t => t.GivenNames)
                .Select(t => new TravellerRow(t.Id, t.Role, t.Surname, t.GivenNames, t.Sex, t.DateOfBirth, t.Nationality, t.DocumentNumber, t.Seat, t.Incomplete,
                    db.BookingPassengers.Where(p => p.Id == t.BookingPassengerId).Select(p => p.Booking!.RecordLocator).FirstOrDefault()))
                .ToListAsync(cancellationToken);
            var bookings = await db.Bookings.AsNoTracking()
                .Where(b => b.FlightId == flight.Id)
                .OrderBy(b => b.RecordLocator)
                .Select(b => new BookingRow(b.Id, b.RecordLocator, b.Created, b.PassengerCount, b.DaysBookingToDeparture, b.TripType))
                .ToListAsync(cancellationToken);
            var linked = travellers.Count(t => t.RecordLocator is not null);
            var booked = bookings.Sum(b => b.Passengers);

            db.Audit(AuditEvents.By(db.Scope, AuditActions.FlightRead, "flight", flight.Id.ToString("D"), flight.ArrivalJurisdiction ?? flight.DepartureJurisdiction,
                JsonSerializer.Serialize(new { flight = flight.Designator, date = flight.DepartureDate, travellers = travellers.Count })));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Details>.Ok(new Details(flight, travellers, bookings, Math.Max(0, booked - linked)));
        }
    }
}
