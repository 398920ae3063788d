using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Portcullis.Data.Scoping;

/// <summary>
/// Builds the one query filter every scoped entity gets: a row is visible when the scope sees
/// everything, or its jurisdiction is the scope's (jurisdiction level), or its unit is the scope's
/// (unit level). Nothing is visible to an empty scope. The filter reads the scope from the context
/// instance, so EF Core turns it into query parameters: one cached query plan serves every person.
/// </summary>
internal static class ScopeFilter
{
    public const string Name = "Scope";

    public static void Apply<TEntity>(
        ModelBuilder modelBuilder,
        PortcullisDbContext context,
        Expression<Func<TEntity, string?>> unitOf,
        Expression<Func<TEntity, string?>> jurisdictionOf)
        where TEntity : class
    {
        var row = Expression.Parameter(typeof(TEntity), "row");
        var db = Expression.Constant(context);
        var level = Expression.Property(db, nameof(PortcullisDbContext.ScopeLevelForFilters));
        var unit = Expression.Property(db, nameof(PortcullisDbContext.ScopeUnitForFilters));
        var jurisdiction = Expression.Property(db, nameof(PortcullisDbContext.ScopeJurisdictionForFilters));

        Expression LevelIs(ScopeLevel value) => Expression.Equal(level, Expression.Constant(value));
        Expression Apply(Expression<Func<TEntity, string?>> selector) => new ReplaceParameter(selector.Parameters[0], row).Visit(selector.Body);

        var body = Expression.OrElse(
            LevelIs(ScopeLevel.Everything),
            Expression.OrElse(
                Expression.AndAlso(LevelIs(ScopeLevel.Jurisdiction), Expression.Equal(Apply(jurisdictionOf), jurisdiction)),
                Expression.AndAlso(LevelIs(ScopeLevel.Unit), Expression.Equal(Apply(unitOf), unit))));

        modelBuilder.Entity<TEntity>().HasQueryFilter(Name, Expression.Lambda<Func<TEntity, bool>>(body, row));
    }

    /// <summary>Puts one expression where a lambda parameter was: composes filters from selectors.</summary>
    internal sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
