using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Portcullis.Domain.Cargo;

namespace Portcullis.Data.Scoping;

/// <summary>
/// Who sees cargo. A voyage (vessel call or cargo flight) and its consignments are seen by the people of
/// the units at its port (unit level) and by the jurisdiction-level roles of the port's jurisdiction;
/// goods, parties on a consignment, container movements and hits follow their consignment. The history
/// of parties and containers is the jurisdiction's: it names no person beyond what the consignments,
/// themselves filtered, show.
/// </summary>
internal static class CargoScopeFilters
{
    public static void Apply(ModelBuilder builder, PortcullisDbContext db)
    {
        builder.Entity<CargoVoyage>().HasQueryFilter(ScopeFilter.Name, v =>
            db.ScopeLevelForFilters == ScopeLevel.Everything
            || (db.ScopeLevelForFilters == ScopeLevel.Jurisdiction && v.Jurisdiction == db.ScopeJurisdictionForFilters)
            || (db.ScopeLevelForFilters == ScopeLevel.Unit && v.Location == db.ScopeLocationForFilters));

        Expression<Func<CargoConsignment, bool>> consignmentVisible = c =>
            db.ScopeLevelForFilters == ScopeLevel.Everything
            || (db.ScopeLevelForFilters == ScopeLevel.Jurisdiction && c.Jurisdiction == db.ScopeJurisdictionForFilters)
            || (db.ScopeLevelForFilters == ScopeLevel.Unit && c.Location == db.ScopeLocationForFilters);
        builder.Entity<CargoConsignment>().HasQueryFilter(ScopeFilter.Name, consignmentVisible);
        builder.Entity<ConsignmentParty>().HasQueryFilter(ScopeFilter.Name, Through<ConsignmentParty>(p => p.Consignment!, consignmentVisible));
        builder.Entity<ContainerMovement>().HasQueryFilter(ScopeFilter.Name, Through<ContainerMovement>(m => m.Consignment!, consignmentVisible));
        builder.Entity<CargoHit>().HasQueryFilter(ScopeFilter.Name, Through<CargoHit>(h => h.Consignment!, consignmentVisible));

        builder.Entity<TradeParty>().HasQueryFilter(ScopeFilter.Name, p =>
            db.ScopeLevelForFilters == ScopeLevel.Everything
            || (db.ScopeLevelForFilters != ScopeLevel.Nothing && p.Jurisdiction == db.ScopeJurisdictionForFilters));
        builder.Entity<CargoContainer>().HasQueryFilter(ScopeFilter.Name, c =>
            db.ScopeLevelForFilters == ScopeLevel.Everything
            || (db.ScopeLevelForFilters != ScopeLevel.Nothing && c.Jurisdiction == db.ScopeJurisdictionForFilters));
    }

    private static Expression<Func<TEntity, bool>> Through<TEntity>(Expression<Func<TEntity, CargoConsignment>> consignmentOf, Expression<Func<CargoConsignment, bool>> visible)
    {
        var body = new ScopeFilter.ReplaceParameter(visible.Parameters[0], consignmentOf.Body).Visit(visible.Body);
        return Expression.Lambda<Func<TEntity, bool>>(body, consignmentOf.Parameters[0]);
    }
}
