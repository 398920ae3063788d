using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Targeting;
using Portcullis.Features.Audit;

namespace Portcullis.Features.Targeting;

/// <summary>
/// A profile with all its versions (text, status, who did what), and which travellers the latest
/// version selected in shadow on live data (the most recent <see cref="ShadowListed"/>). Listing
/// those travellers is an audited read of personal data.
/// </summary>
public static class GetProfile
{
    public const int ShadowListed = 50;

    public sealed record Query(Guid Id);

    public sealed record ShadowSelection(Guid TravellerId, string Name, string Flight, DateOnly Date, DateTimeOffset At);

    public sealed record Version(
        Guid Id, int Number, ProfileStatus Status, string Text, string Name, string Rationale, string Owner,
        DateOnly ValidFrom, DateOnly ValidTo, int HitCapCount, string HitCapPeriod, int Score,
        string Author, DateTimeOffset CreatedAt, string? SubmittedBy, DateTimeOffset? SubmittedAt,
        string? ApprovedBy, DateTimeOffset? ApprovedAt, string? Note, string? ChangedBy, DateTimeOffset? ChangedAt,
        long Evaluated, int Hits, int ShadowHits);

    public sealed record Result(Guid Id, string Unit, string Name, IReadOnlyList<Version> Versions, IReadOnlyList<ShadowSelection> LatestInShadow)
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
            var latest = versions[0];
            var inShadow = await db.ProfileHits.AsNoTracking()
                .Where(h => h.VersionId == latest.Id && h.Shadow)
                .OrderByDescending(h => h.CreatedAt)
                .Take(ShadowListed)
                .Join(db.FlightTravellers.IgnoreQueryFilters(), h => h.TravellerId, t => t.Id, (h, t) => new { h.CreatedAt, t.Id, t.GivenNames, t.Surname, t.Flight!.Carrier, t.Flight.Number, t.Flight.DepartureDate })
                .ToListAsync(cancellationToken);
            var selections = inShadow
                .OrderByDescending(s => s.CreatedAt)
                .Select(s => new ShadowSelection(s.Id, $"{s.GivenNames} {s.Surname}".Trim(), s.Carrier + " " + s.Number, s.DepartureDate, s.CreatedAt))
                .ToList();
            if (selections.Count > 0)
            {
                db.Audit(AuditEvents.By(db.Scope, AuditActions.ProfileShadowRun, "profile", profile.Id.ToString("D"), profile.Jurisdiction,
                    JsonSerializer.Serialize(new { version = latest.Number, live = true, shown = selections.Count })));
                await db.SaveChangesAsync(cancellationToken);
            }

            return Outcome<Result>.Ok(new Result(profile.Id, profile.Unit, profile.Name, rows, selections));
        }
    }
}
