using Microsoft.EntityFrameworkCore;
using Portcullis.Data;

namespace Portcullis.Features.Targeting;

/// <summary>The unit's named reference lists with their values, for the lists page.</summary>
public static class ListReferenceLists
{
    public sealed record Row(string Name, string Values, int Count, string UpdatedBy, DateTimeOffset UpdatedAt);

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<IReadOnlyList<Row>>> HandleAsync(CancellationToken cancellationToken)
        {
            if (!ProfileAccess.MayRead(db.Scope))
            {
                return Outcome<IReadOnlyList<Row>>.Forbidden("Reference lists are for the unit's officers, targeters and head.");
            }

            var lists = await db.ReferenceLists.AsNoTracking().OrderBy(l => l.Name).ToListAsync(cancellationToken);
            return Outcome<IReadOnlyList<Row>>.Ok([.. lists.Select(l => new Row(l.Name, l.Values, l.ValueSet().Count, l.UpdatedBy, l.UpdatedAt))]);
        }
    }
}
