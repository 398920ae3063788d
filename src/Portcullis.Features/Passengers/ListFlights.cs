using Microsoft.EntityFrameworkCore;
using Portcullis.Data;

namespace Portcullis.Features.Passengers;

/// <summary>The flights the person's unit sees, for a day, optionally by direction and airport.</summary>
public static class ListFlights
{
    public enum Direction
    {
        All,
        Arrivals,
        Departures,
    }

    public sealed record Query(DateOnly? Day, Direction Direction = Direction.All, string? Airport = null, string? Designator = null);

    public sealed record Row(Guid Id, string Carrier, string Number, DateOnly Date, string? From, DateTime? Departure, string? To, DateTime? Arrival, bool Arriving, int Passengers, int Crew, int Bookings);

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<IReadOnlyList<Row>>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!PassengerAccess.MayView(db.Scope))
            {
                return Outcome<IReadOnlyList<Row>>.Forbidden("Your role does not include passenger data.");
            }

            var flights = db.Flights.AsNoTracking();
            if (query.Day is { } day)
            {
                // A flight belongs to the day it departs or arrives on: an overnight arrival shows on both.
                var start = day.ToDateTime(TimeOnly.MinValue);
                var end = start.AddDays(1);
                flights = flights.Where(f => f.DepartureDate == day || (f.Arrival >= start && f.Arrival < end));
            }

            var airport = query.Airport?.Trim().ToUpperInvariant();
            if (!string.IsNullOrEmpty(airport))
            {
                flights = flights.Where(f => f.DepartureAirport == airport || f.ArrivalAirport == airport);
            }

            var designator = query.Designator?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            if (!string.IsNullOrEmpty(designator))
            {
                flights = flights.Where(f => (f.Carrier + f.Number).StartsWith(designator));
            }

            var location = db.Scope.Location;
            var jurisdiction = db.Scope.Jurisdiction?.Value;
            flights = query.Direction switch
            {
                Direction.Arrivals => flights.Where(f => location != null ? f.ArrivalLocation == location : jurisdiction == null ? f.ArrivalJurisdiction != null : f.ArrivalJurisdiction == jurisdiction),
                Direction.Departures => flights.Where(f => location != null ? f.DepartureLocation == location : jurisdiction == null ? f.DepartureJurisdiction != null : f.DepartureJurisdiction == jurisdiction),
                _ => flights,
            };

            var rows = await flights
                .OrderBy(f => f.Departure ?? f.Arrival).ThenBy(f => f.Carrier).ThenBy(f => f.Number)
                .Take(1000)
                .Select(f => new Row(f.Id, f.Carrier, f.Number, f.DepartureDate, f.DepartureAirport, f.Departure, f.ArrivalAirport, f.Arrival,
                    location != null ? f.ArrivalLocation == location : f.ArrivalJurisdiction != null && (jurisdiction == null || f.ArrivalJurisdiction == jurisdiction),
                    f.PassengerCount, f.CrewCount, f.BookingCount))
                .ToListAsync(cancellationToken);
            return Outcome<IReadOnlyList<Row>>.Ok(rows);
        }
    }
}
