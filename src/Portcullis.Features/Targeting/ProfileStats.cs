using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Targeting;

namespace Portcullis.Features.Targeting;

/// <summary>
/// How well a unit's profiles select, per profile version and per lane: subjects evaluated, hits,
/// targets reviewed, inspections, positive results, hit rate (positives per inspection with a result)
/// and lift over the random base rate (the hit rate of randomly selected subjects). A lift of 3 means
/// the profile finds three times what chance finds. Shadow hits are left out: they raise no targets.
/// </summary>
public static class ProfileStats
{
    public sealed record Query(string? Unit = null);

    /// <summary>Counts of one group of targets (a version's hits, a lane, the random selection).</summary>
    public sealed record Figures(long Evaluated, int Hits, int Reviewed, int Inspections, int Results, int Positives)
    {
        /// <summary>Positive results per inspection with a result; null before the first result.</summary>
        public double? HitRate => Results == 0 ? null : (double)Positives / Results;

        /// <summary>The hit rate over the base rate; null until both are known and the base rate is above zero.</summary>
        public double? LiftOver(double? baseRate) => HitRate is { } rate && baseRate is > 0 ? rate / baseRate.Value : null;
    }

    public sealed record VersionFigures(Guid ProfileId, string Name, int Version, ProfileStatus Status, Figures Figures, double? Lift);

    public sealed record LaneFigures(Lane Lane, Figures Figures);

    public sealed record Result(string Unit, IReadOnlyList<VersionFigures> Versions, IReadOnlyList<LaneFigures> Lanes, Figures Random, double? BaseRate);

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<Result>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!ProfileAccess.MayRead(db.Scope))
            {
                return Outcome<Result>.Forbidden("Profile figures are for the unit's officers, targeters and head.");
            }

            if (ProfileAccess.UnitOf(db.Scope, query.Unit) is not { } unit)
            {
                return ProfileAccess.NoUnit<Result>();
            }

            var code = unit.Code.Value;
            var versions = await db.RiskProfileVersions.AsNoTracking()
                .Where(v => v.Unit == code && v.Status != ProfileStatus.Draft && v.Status != ProfileStatus.Submitted)
                .OrderBy(v => v.Name).ThenBy(v => v.Number)
                .Select(v => new { v.Id, v.ProfileId, v.Name, v.Number, v.Status, v.Evaluated })
                .ToListAsync(cancellationToken);
            var hits = await (
                    from h in db.ProfileHits.AsNoTracking()
                    where h.Unit == code && !h.Shadow
                    join t in db.Targets.AsNoTracking() on h.TargetId equals t.Id into joined
                    from t in joined.DefaultIfEmpty()
                    select new HitOutcome(h.VersionId, t == null ? null : t.Status, t == null ? null : t.Result))
                .ToListAsync(cancellationToken);
            var targets = await db.Targets.AsNoTracking()
                .Where(t => t.Unit == code)
                .Select(t => new { t.Lane, t.Random, Outcome = new HitOutcome(Guid.Empty, t.Status, t.Result) })
                .ToListAsync(cancellationToken);

            var random = Count(targets.Where(t => t.Random).Select(t => t.Outcome), 0);
            var baseRate = random.HitRate;
            var byVersion = hits.ToLookup(h => h.VersionId);
            var perVersion = versions
                .Select(v =>
                {
                    var figures = Count(byVersion[v.Id], v.Evaluated);
                    return new VersionFigures(v.ProfileId, v.Name, v.Number, v.Status, figures, figures.LiftOver(baseRate));
                })
                .ToList();
            var lanes = Enum.GetValues<Lane>()
                .Select(lane => new LaneFigures(lane, Count(targets.Where(t => t.Lane == lane && !t.Random).Select(t => t.Outcome), 0)))
                .ToList();
            return Outcome<Result>.Ok(new Result(code, perVersion, lanes, random, baseRate));
        }

        private static Figures Count(IEnumerable<HitOutcome> outcomes, long evaluated)
        {
            int hits = 0, reviewed = 0, inspections = 0, results = 0, positives = 0;
            foreach (var o in outcomes)
            {
                hits++;
                reviewed += o.Status is TargetStatus.Dismissed or TargetStatus.Referred or TargetStatus.Inspected ? 1 : 0;
                inspections += o.Status is TargetStatus.Referred or TargetStatus.Inspected ? 1 : 0;
                results += o.Result is not null ? 1 : 0;
                positives += o.Result == InspectionResult.Positive ? 1 : 0;
            }

            return new Figures(evaluated, hits, reviewed, inspections, results, positives);
        }
    }

    /// <summary>What became of one hit's target (nothing yet when there is none).</summary>
    private sealed record HitOutcome(Guid VersionId, TargetStatus? Status, InspectionResult? Result);
}
