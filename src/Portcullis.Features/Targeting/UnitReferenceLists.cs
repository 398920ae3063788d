using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Profiles.Checking;

namespace Portcullis.Features.Targeting;

/// <summary>A unit's named reference lists from the database, as the profile checker and compiler read them.</summary>
public static class UnitReferenceLists
{
    public static async Task<ReferenceLists> LoadAsync(PortcullisDbContext db, string unit, CancellationToken cancellationToken)
    {
        var rows = await db.ReferenceLists.IgnoreQueryFilters().AsNoTracking()
            .Where(l => l.Unit == unit)
            .ToListAsync(cancellationToken);
        return new ReferenceLists(rows.ToDictionary(l => l.Name, l => l.ValueSet(), StringComparer.Ordinal));
    }

    /// <summary>When the unit's lists last changed: compiled profiles older than this are compiled again.</summary>
    public static async Task<DateTimeOffset> StampAsync(PortcullisDbContext db, string unit, CancellationToken cancellationToken)
    {
        var stamps = await db.ReferenceLists.IgnoreQueryFilters().AsNoTracking()
            .Where(l => l.Unit == unit)
            .Select(l => l.UpdatedAt)
            .ToListAsync(cancellationToken);
        return stamps.Count == 0 ? DateTimeOffset.MinValue : stamps.Max();
    }
}
