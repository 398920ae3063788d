using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Portcullis.Domain.Watchlists;

namespace Portcullis.Data.Scoping;

/// <summary>
/// Who sees watchlists and hits. A list is seen by every person with a scope in its owner's
/// jurisdiction and in the jurisdictions it is shared with (a list is a jurisdiction's tool, not a
/// unit's); its versions and entries follow it. A hit follows its flight exactly as a traveller does,
/// and in addition its list: a unit at the far end of a flight that does not see the list does not
/// learn from a hit that its traveller is on it.
/// </summary>
internal static class WatchlistScopeFilters
{
    public static void Apply(ModelBuilder builder, PortcullisDbContext db)
    {
        Expression<Func<Watchlist, bool>> listVisible = w =>
            db.ScopeLevelForFilters == ScopeLevel.Everything
            || (db.ScopeLevelForFilters != ScopeLevel.Nothing
                && (w.OwnerJurisdiction == db.ScopeJurisdictionForFilters || w.SharedWith.Any(s => s.Jurisdiction == db.ScopeJurisdictionForFilters)));

        builder.Entity<Watchlist>().HasQueryFilter(ScopeFilter.Name, listVisible);
        builder.Entity<WatchlistVersion>().HasQueryFilter(ScopeFilter.Name, Through<WatchlistVersion, Watchlist>(v => v.Watchlist!, listVisible));
        builder.Entity<WatchlistEntryRow>().HasQueryFilter(ScopeFilter.Name, Through<WatchlistEntryRow, Watchlist>(e => e.Watchlist!, listVisible));

        var hitOnVisibleFlight = PassengerScopeFilters.ThroughFlight<ScreeningHit>(h => h.Flight!, PassengerScopeFilters.FlightVisible(db));
        var hitOnVisibleList = Through<ScreeningHit, Watchlist>(h => h.Watchlist!, listVisible);
        var row = hitOnVisibleFlight.Parameters[0];
        var both = Expression.AndAlso(hitOnVisibleFlight.Body, new ScopeFilter.ReplaceParameter(hitOnVisibleList.Parameters[0], row).Visit(hitOnVisibleList.Body));
        builder.Entity<ScreeningHit>().HasQueryFilter(ScopeFilter.Name, Expression.Lambda<Func<ScreeningHit, bool>>(both, row));
    }

    /// <summary>A rule on one entity applied to the entity another belongs to: <c>row =&gt; visible(ownerOf(row))</c>.</summary>
    private static Expression<Func<TEntity, bool>> Through<TEntity, TOwner>(
        Expression<Func<TEntity, TOwner>> ownerOf, Expression<Func<TOwner, bool>> visible)
    {
        var body = new ScopeFilter.ReplaceParameter(visible.Parameters[0], ownerOf.Body).Visit(visible.Body);
        return Expression.Lambda<Func<TEntity, bool>>(body, ownerOf.Parameters[0]);
    }
}
