using Microsoft.EntityFrameworkCore;
using Portcullis.Domain.Passengers;

namespace Portcullis.Data.Scoping;

/// <summary>
/// Who sees passenger data. A flight is seen by the people of the units at either end of it (unit
/// level) and by the jurisdiction-level roles of either end's jurisdiction; travellers and bookings
/// follow their flight. The message log is the receiving jurisdiction's. Written out rather than
/// built from <see cref="ScopeFilter"/> because a flight has two ends.
/// </summary>
internal static class PassengerScopeFilters
{
    public static void Apply(ModelBuilder builder, PortcullisDbContext db)
    {
        builder.Entity<Flight>().HasQueryFilter(ScopeFilter.Name, f =>
            db.ScopeLevelForFilters == ScopeLevel.Everything
            || (db.ScopeLevelForFilters == ScopeLevel.Jurisdiction && (f.ArrivalJurisdiction == db.ScopeJurisdictionForFilters || f.DepartureJurisdiction == db.ScopeJurisdictionForFilters))
            || (db.ScopeLevelForFilters == ScopeLevel.Unit && (f.ArrivalLocation == db.ScopeLocationForFilters || f.DepartureLocation == db.ScopeLocationForFilters)));

        builder.Entity<FlightTraveller>().HasQueryFilter(ScopeFilter.Name, t =>
            db.ScopeLevelForFilters == ScopeLevel.Everything
            || (db.ScopeLevelForFilters == ScopeLevel.Jurisdiction && (t.Flight!.ArrivalJurisdiction == db.ScopeJurisdictionForFilters || t.Flight.DepartureJurisdiction == db.ScopeJurisdictionForFilters))
            || (db.ScopeLevelForFilters == ScopeLevel.Unit && (t.Flight!.ArrivalLocation == db.ScopeLocationForFilters || t.Flight.DepartureLocation == db.ScopeLocationForFilters)));

        builder.Entity<Booking>().HasQueryFilter(ScopeFilter.Name, b =>
            db.ScopeLevelForFilters == ScopeLevel.Everything
            || (db.ScopeLevelForFilters == ScopeLevel.Jurisdiction && (b.Flight!.ArrivalJurisdiction == db.ScopeJurisdictionForFilters || b.Flight.DepartureJurisdiction == db.ScopeJurisdictionForFilters))
            || (db.ScopeLevelForFilters == ScopeLevel.Unit && (b.Flight!.ArrivalLocation == db.ScopeLocationForFilters || b.Flight.DepartureLocation == db.ScopeLocationForFilters)));

        builder.Entity<BookingPassenger>().HasQueryFilter(ScopeFilter.Name, p =>
            db.ScopeLevelForFilters == ScopeLevel.Everything
            || (db.ScopeLevelForFilters == ScopeLevel.Jurisdiction && (p.Booking!.Flight!.ArrivalJurisdiction == db.ScopeJurisdictionForFilters || p.Booking.Flight.DepartureJurisdiction == db.ScopeJurisdictionForFilters))
            || (db.ScopeLevelForFilters == ScopeLevel.Unit && (p.Booking!.Flight!.ArrivalLocation == db.ScopeLocationForFilters || p.Booking.Flight.DepartureLocation == db.ScopeLocationForFilters)));

        builder.Entity<ReceivedMessage>().HasQueryFilter(ScopeFilter.Name, m =>
            db.ScopeLevelForFilters == ScopeLevel.Everything
            || (db.ScopeLevelForFilters != ScopeLevel.Nothing && m.Jurisdiction == db.ScopeJurisdictionForFilters));

        builder.Entity<ApiKey>().HasQueryFilter(ScopeFilter.Name, k =>
            db.ScopeLevelForFilters == ScopeLevel.Everything
            || (db.ScopeLevelForFilters == ScopeLevel.Jurisdiction && k.Jurisdiction == db.ScopeJurisdictionForFilters));
    }
}
