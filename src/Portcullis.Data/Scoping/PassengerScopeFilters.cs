using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Portcullis.Domain.Passengers;

namespace Portcullis.Data.Scoping;

/// <summary>
/// Who sees passenger data. A flight is seen by the people of the units at either end of it (unit
/// level) and by the jurisdiction-level roles of either end's jurisdiction; travellers and bookings
/// follow their flight (the same rule, reached through their navigation). The message log is the
/// receiving jurisdiction's. Not built with <see cref="ScopeFilter"/> because a flight has two ends.
/// </summary>
internal static class PassengerScopeFilters
{
    /// <summary>The flight rule; screening hits follow it too (<see cref="WatchlistScopeFilters"/>).</summary>
    internal static Expression<Func<Flight, bool>> FlightVisible(PortcullisDbContext db) => f =>
        db.ScopeLevelForFilters == ScopeLevel.Everything
        || (db.ScopeLevelForFilters == ScopeLevel.Jurisdiction && (f.ArrivalJurisdiction == db.ScopeJurisdictionForFilters || f.DepartureJurisdiction == db.ScopeJurisdictionForFilters))
        || (db.ScopeLevelForFilters == ScopeLevel.Unit && (f.ArrivalLocation == db.ScopeLocationForFilters || f.DepartureLocation == db.ScopeLocationForFilters));

    public static void Apply(ModelBuilder builder, PortcullisDbContext db)
    {
        var flightVisible = FlightVisible(db);

        builder.Entity<Flight>().HasQueryFilter(ScopeFilter.Name, flightVisible);
        builder.Entity<FlightTraveller>().HasQueryFilter(ScopeFilter.Name, ThroughFlight<FlightTraveller>(t => t.Flight!, flightVisible));
        builder.Entity<Booking>().HasQueryFilter(ScopeFilter.Name, ThroughFlight<Booking>(b => b.Flight!, flightVisible));
        builder.Entity<BookingPassenger>().HasQueryFilter(ScopeFilter.Name, ThroughFlight<BookingPassenger>(p => p.Booking!.Flight!, flightVisible));

        builder.Entity<ReceivedMessage>().HasQueryFilter(ScopeFilter.Name, m =>
            db.ScopeLevelForFilters == ScopeLevel.Everything
            || (db.ScopeLevelForFilters != ScopeLevel.Nothing && m.Jurisdiction == db.ScopeJurisdictionForFilters));

        builder.Entity<ApiKey>().HasQueryFilter(ScopeFilter.Name, k =>
            db.ScopeLevelForFilters == ScopeLevel.Everything
            || (db.ScopeLevelForFilters == ScopeLevel.Jurisdiction && k.Jurisdiction == db.ScopeJurisdictionForFilters));
    }

    /// <summary>The flight rule applied to the flight an entity belongs to: <c>row =&gt; visible(flightOf(row))</c>.</summary>
    internal static Expression<Func<TEntity, bool>> ThroughFlight<TEntity>(
        Expression<Func<TEntity, Flight>> flightOf, Expression<Func<Flight, bool>> visible)
    {
        var body = new ScopeFilter.ReplaceParameter(visible.Parameters[0], flightOf.Body).Visit(visible.Body);
        return Expression.Lambda<Func<TEntity, bool>>(body, flightOf.Parameters[0]);
    }
}
