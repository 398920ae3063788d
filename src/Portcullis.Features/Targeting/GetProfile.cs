using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Targeting;

namespace Portcullis.Features.Targeting;

/// <summary>A profile with all its versions (text, status, who did what) and what its shadow runs on live data selected.</summary>
public static class GetProfile
{
    public sealed record Query(Guid Id);

    public sealed record Version(
        Guid Id, int Number, ProfileStatus Status, string Text, string Name, string Rationale, string Owner,
        DateOnly ValidFrom, DateOnly ValidTo, int HitCapCount, string HitCapPeriod, int Score,
        string Author, DateTimeOffset CreatedAt, string? SubmittedBy, DateTimeOffset? SubmittedAt,
        string? ApprovedBy, DateTimeOffset? ApprovedAt, string? Note, string? ChangedBy, DateTimeOffset? ChangedAt,
        long Evaluated, int Hits, int ShadowHits);

    public sealed record Result(Guid Id, string Unit, string Name, IReadOnlyList<Version> Versions)
    {
        public Version Latest => Versions[0];

        public Version? InForce => Versions.FirstOrDefault(v => v.Status is ProfileStatus.Active or ProfileStatus.Approved or ProfileStatus.Suspended);
    }

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<Result>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var profile = await db.RiskProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.Id, cancellationToken);
            if (profile is null || !ProfileAccess.MayRead(db.Scope))
            {
                return Outcome<Result>.NotFound();
            }

            var versions = await db.RiskProfileVersions.AsNoTracking()
                .Where(v => v.ProfileId == profile.Id)
                .OrderByDescending(v => v.Number)
                .ToListAsync(cancellationToken);
            var hits = await db.ProfileHits.AsNoTracking()
                .Where(h => h.ProfileId == profile.Id)
                .GroupBy(h => new { h.VersionId, h.Shadow })
                .Select(g => new { g.Key.VersionId, g.Key.Shadow, Count = g.Count() })
                .ToListAsync(cancellationToken);
            int Count(Guid version, bool shadow) => hits.FirstOrDefault(h => h.VersionId == version && h.Shadow == shadow)?.Count ?? 0;
            var rows = versions.Select(v => new Version(
                v.Id, v.Number, v.Status, v.Text, v.Name, v.Rationale, v.Owner, v.ValidFrom, v.ValidTo, v.HitCapCount, v.HitCapPeriod, v.Score,
                v.Author, v.CreatedAt, v.SubmittedBy, v.SubmittedAt, v.ApprovedBy, v.ApprovedAt, v.Note, v.ChangedBy, v.ChangedAt,
                v.Evaluated, Count(v.Id, shadow: false), Count(v.Id, shadow: true))).ToList();
            return Outcome<Result>.Ok(new Result(profile.Id, profile.Unit, profile.Name, rows));
        }
    }
}
