using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Targeting;

namespace Portcullis.Features.Targeting;

/// <summary>The unit's profiles: each with its latest version and the version in force, if any.</summary>
public static class ListProfiles
{
    public sealed record Query(string? Unit = null);

    public sealed record Row(Guid Id, string Name, int LatestVersion, ProfileStatus LatestStatus, int? InForceVersion, ProfileStatus? InForceStatus, int Score, string Author, DateTimeOffset ChangedAt);

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<IReadOnlyList<Row>>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!ProfileAccess.MayRead(db.Scope))
            {
                return Outcome<IReadOnlyList<Row>>.Forbidden("Profiles are for the unit's officers, targeters and head.");
            }

            var unit = ProfileAccess.UnitOf(db.Scope, query.Unit)?.Code.Value;
            var versions = await db.RiskProfileVersions.AsNoTracking()
                .Where(v => unit == null || v.Unit == unit)
                .Select(v => new { v.ProfileId, v.Name, v.Number, v.Status, v.Score, v.Author, Changed = v.ChangedAt ?? v.CreatedAt })
                .ToListAsync(cancellationToken);
            var rows = versions
                .GroupBy(v => v.ProfileId)
                .Select(g =>
                {
                    var latest = g.MaxBy(v => v.Number)!;
                    var inForce = g.Where(v => v.Status is ProfileStatus.Active or ProfileStatus.Approved or ProfileStatus.Suspended).MaxBy(v => v.Number);
                    return new Row(g.Key, latest.Name, latest.Number, latest.Status, inForce?.Number, inForce?.Status, (inForce ?? latest).Score,
                        latest.Author, g.Max(v => v.Changed));
                })
                .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
                .ToList();
            return Outcome<IReadOnlyList<Row>>.Ok(rows);
        }
    }
}
