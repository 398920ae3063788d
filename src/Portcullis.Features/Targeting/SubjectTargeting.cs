using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Reference;
using Portcullis.Domain.Targeting;
using Portcullis.Features.Audit;

namespace Portcullis.Features.Targeting;

/// <summary>A subject ready to be targeted: its facts, and the units that evaluate it with when it reaches each.</summary>
/// <param name="ParentId">The flight (travellers) or voyage (consignments) it arrives on.</param>
/// <param name="FirstTime">Never evaluated before: counts toward "evaluated" and may be picked at random.</param>
/// <param name="ListHits">Its watchlist hits: score and the jurisdictions that may see each.</param>
public sealed record TargetingSubject<TFacts>(
    Guid Id, Guid ParentId, string Name, TFacts Facts, bool FirstTime,
    IReadOnlyList<SubjectUnit> Units,
    IReadOnlyList<(float Score, IReadOnlySet<string> Jurisdictions)> ListHits);

/// <summary>A unit that evaluates a subject, and when the subject reaches (or leaves) its port, local time.</summary>
public sealed record SubjectUnit(Unit Unit, DateTime? DueAt);

/// <summary>What one targeting run did.</summary>
public sealed record TargetingResult(int Evaluated, int ProfileHits, int ShadowHits, int TargetsRaised, int TargetsUpdated, int RandomSelections)
{
    public static TargetingResult None { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>The results of two runs, as one: subjects targeted in batches.</summary>
    public static TargetingResult operator +(TargetingResult a, TargetingResult b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Evaluated + b.Evaluated, a.ProfileHits + b.ProfileHits, a.ShadowHits + b.ShadowHits,
            a.TargetsRaised + b.TargetsRaised, a.TargetsUpdated + b.TargetsUpdated, a.RandomSelections + b.RandomSelections);
    }
}

/// <summary>
/// Targeting, whatever the subject (ADR 0014, ADR 0016). For each unit that evaluates a subject: the
/// unit's profiles in force of that kind are evaluated (one compiled set), their hits recorded with
/// explanations (within each profile's hit cap); drafts and submitted versions run in shadow and record
/// hits only; the profile hits and the watchlist hits the unit may see become one target with a score
/// and a lane (<see cref="TargetScore"/>, the unit's <see cref="TargetingSettings"/>); and a minimum share
/// of the rest is picked at random. The callers load the subjects (<see cref="TargetTravellers"/>,
/// <see cref="Cargo.TargetConsignments"/>). Runs as the system, past the scope filter.
/// </summary>
public sealed class SubjectTargeting(ProfileSetCache profiles, TimeProvider time)
{
    public async Task<TargetingResult> RunAsync<TFacts>(
        PortcullisDbContext db, ProfileSubject<TFacts> kind, IReadOnlyList<TargetingSubject<TFacts>> subjects, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var byUnit = subjects
            .SelectMany(s => s.Units.Select(u => (u.Unit, u.DueAt, Subject: s)))
            .GroupBy(x => x.Unit.Code.Value, StringComparer.Ordinal)
            .ToList();
        if (byUnit.Count == 0)
        {
            return TargetingResult.None;
        }

        var ids = subjects.Select(s => s.Id).ToList();
        var known = await KnownAsync(db, kind.Kind, ids, cancellationToken);
        var counts = new Counts();
        var evaluatedByVersion = new Dictionary<Guid, long>();
        var cappedByVersion = new Dictionary<Guid, long>();
        foreach (var group in byUnit)
        {
            var unit = group.First().Unit;
            var set = await profiles.GetAsync(db, unit.Code.Value, kind, today, cancellationToken);
            var settings = await db.TargetingSettings.IgnoreQueryFilters().FirstOrDefaultAsync(s => s.Unit == unit.Code.Value, cancellationToken)
                ?? db.TargetingSettings.Add(TargetingSettings.Defaults(unit.Code.Value, unit.Jurisdiction.Value)).Entity;
            var capUse = await CapUseAsync(db, set.Live, now, cancellationToken);
            var untargeted = new List<(TargetingSubject<TFacts> Subject, DateTime? DueAt)>();
            var liveResults = new bool[set.Live.Count];
            var shadowResults = new bool[set.Shadow.Count];
            foreach (var (_, dueAt, subject) in group)
            {
                counts.Evaluated++;
                set.LiveSet.Evaluate(subject.Facts, liveResults);
                set.ShadowSet.Evaluate(subject.Facts, shadowResults);
                var newHits = new List<ProfileHit>();
                for (var i = 0; i < set.Live.Count; i++)
                {
                    var version = set.Live[i];
                    if (subject.FirstTime)
                    {
                        evaluatedByVersion[version.VersionId] = evaluatedByVersion.GetValueOrDefault(version.VersionId) + 1;
                    }

                    if (!liveResults[i] || !known.ProfileHits.Add((version.VersionId, subject.Id)))
                    {
                        continue;
                    }

                    if (capUse.GetValueOrDefault(version.VersionId) >= version.Facts.HitCapCount)
                    {
                        cappedByVersion[version.VersionId] = cappedByVersion.GetValueOrDefault(version.VersionId) + 1;
                        continue;
                    }

                    capUse[version.VersionId] = capUse.GetValueOrDefault(version.VersionId) + 1;
                    newHits.Add(Hit(db, kind.Kind, unit, version, subject, shadow: false, now));
                    known.WeightsOf(unit.Code.Value, subject.Id).Add(version.Facts.Score);
                    counts.ProfileHits++;
                }

                for (var i = 0; i < set.Shadow.Count; i++)
                {
                    if (shadowResults[i] && known.ProfileHits.Add((set.Shadow[i].VersionId, subject.Id)))
                    {
                        Hit(db, kind.Kind, unit, set.Shadow[i], subject, shadow: true, now);
                        counts.ShadowHits++;
                    }
                }

                var weights = known.WeightsOf(unit.Code.Value, subject.Id).Select(w => (double)w).ToList();
                var profileHitCount = weights.Count;
                var listWeights = subject.ListHits
                    .Where(h => h.Jurisdictions.Contains(unit.Jurisdiction.Value))
                    .Select(h => TargetScore.ForWatchlistHit(h.Score))
                    .ToList();
                if (weights.Count + listWeights.Count == 0)
                {
                    if (subject.FirstTime && !known.Targets.ContainsKey((unit.Code.Value, subject.Id)))
                    {
                        untargeted.Add((subject, dueAt));
                    }

                    continue;
                }

                var score = TargetScore.Combine(weights.Concat(listWeights));
                var target = Upsert(db, kind.Kind, known, unit, subject, dueAt, now, out var created);
                foreach (var hit in newHits)
                {
                    hit.TargetId = target.Id;
                }

                if (created || target.Score != score || target.ProfileHitCount != profileHitCount || target.WatchlistHitCount != listWeights.Count)
                {
                    // A subject picked at random stays marked random when hits follow: the base rate
                    // must not lose the random subjects that turn out interesting.
                    target.Score = score;
                    target.ProfileHitCount = profileHitCount;
                    target.WatchlistHitCount = listWeights.Count;
                    target.UpdatedAt = now;
                    if (target.Status == TargetStatus.New && !target.Random)
                    {
                        target.Lane = settings.LaneFor(score);
                    }

                    Audit(db, target, created);
                    counts.Add(created);
                }
            }

            foreach (var (subject, dueAt) in RandomSelection.Pick(settings, untargeted))
            {
                var target = Upsert(db, kind.Kind, known, unit, subject, dueAt, now, out _);
                target.Random = true;
                target.Lane = Lane.Red;
                Audit(db, target, created: true);
                counts.RandomSelections++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await RecordCountersAsync(db, evaluatedByVersion, cappedByVersion, cancellationToken);
        return new TargetingResult(counts.Evaluated, counts.ProfileHits, counts.ShadowHits, counts.Raised, counts.Updated, counts.RandomSelections);
    }

    private static ProfileHit Hit<TFacts>(PortcullisDbContext db, string kind, Unit unit, RunnableVersion<TFacts> version, TargetingSubject<TFacts> subject, bool shadow, DateTimeOffset now)
    {
        var hit = new ProfileHit
        {
            Id = Guid.CreateVersion7(),
            Unit = unit.Code.Value,
            Jurisdiction = unit.Jurisdiction.Value,
            ProfileId = version.Facts.ProfileId,
            VersionId = version.VersionId,
            VersionNumber = version.Facts.Number,
            Shadow = shadow,
            Explanation = StoredProfileExplanation.From(version.Facts, version.Compiled.Explain(subject.Facts)).ToJson(),
            CreatedAt = now,
        };
        if (kind == SubjectKinds.Consignment)
        {
            hit.ConsignmentId = subject.Id;
            hit.VoyageId = subject.ParentId;
        }
        else
        {
            hit.TravellerId = subject.Id;
            hit.FlightId = subject.ParentId;
        }

        return db.ProfileHits.Add(hit).Entity;
    }

    private static Target Upsert<TFacts>(
        PortcullisDbContext db, string kind, Known known, Unit unit, TargetingSubject<TFacts> subject, DateTime? dueAt, DateTimeOffset now, out bool created)
    {
        created = !known.Targets.TryGetValue((unit.Code.Value, subject.Id), out var target);
        if (target is null)
        {
            target = new Target
            {
                Id = Guid.CreateVersion7(),
                Unit = unit.Code.Value,
                Jurisdiction = unit.Jurisdiction.Value,
                SubjectKind = kind,
                SubjectName = subject.Name.Length <= Target.NameMaxLength ? subject.Name : subject.Name[..Target.NameMaxLength],
                DueAt = dueAt,
                Status = TargetStatus.New,
                CreatedAt = now,
                UpdatedAt = now,
            };
            if (kind == SubjectKinds.Consignment)
            {
                target.ConsignmentId = subject.Id;
                target.VoyageId = subject.ParentId;
            }
            else
            {
                target.TravellerId = subject.Id;
                target.FlightId = subject.ParentId;
            }

            db.Targets.Add(target);
            known.Targets[(unit.Code.Value, subject.Id)] = target;
        }

        return target;
    }

    private static void Audit(PortcullisDbContext db, Target target, bool created) =>
        db.Audit(AuditEvents.By(db.Scope, AuditActions.TargetRaised, "target", target.Id.ToString("D"), target.Jurisdiction,
            JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["unit"] = target.Unit,
                [target.SubjectKind] = target.TravellerId ?? target.ConsignmentId,
                ["score"] = target.Score.ToString(CultureInfo.InvariantCulture),
                ["lane"] = target.Lane.ToString(),
                ["random"] = target.Random,
                ["updated"] = !created,
            })));

    /// <summary>
    /// What is already recorded on these subjects: hits (to raise each once), weights of earlier hits, and
    /// targets. Read a thousand subjects at a time: a manifest of a hundred thousand bills would pass
    /// SQLite's and PostgreSQL's limits on a statement's parameters in one query.
    /// </summary>
    private static async Task<Known> KnownAsync(PortcullisDbContext db, string kind, List<Guid> ids, CancellationToken cancellationToken)
    {
        var consignments = kind == SubjectKinds.Consignment;
        var hits = new List<(Guid VersionId, Guid Subject, string Unit, bool Shadow, Guid? TargetId, int Score)>();
        var targets = new List<Target>();
        foreach (var chunk in ids.Chunk(1000))
        {
            var hitRows = db.ProfileHits.IgnoreQueryFilters().AsNoTracking();
            hitRows = consignments ? hitRows.Where(h => chunk.Contains(h.ConsignmentId!.Value)) : hitRows.Where(h => chunk.Contains(h.TravellerId!.Value));
            hits.AddRange((await hitRows
                .Select(h => new { h.VersionId, Subject = h.TravellerId ?? h.ConsignmentId ?? Guid.Empty, h.Unit, h.Shadow, h.TargetId, h.Version!.Score })
                .ToListAsync(cancellationToken)).Select(h => (h.VersionId, h.Subject, h.Unit, h.Shadow, h.TargetId, h.Score)));
            var targetRows = db.Targets.IgnoreQueryFilters();
            targetRows = consignments ? targetRows.Where(t => chunk.Contains(t.ConsignmentId!.Value)) : targetRows.Where(t => chunk.Contains(t.TravellerId!.Value));
            targets.AddRange(await targetRows.ToListAsync(cancellationToken));
        }

        return new Known(
            hits.Select(h => (h.VersionId, h.Subject)).ToHashSet(),
            hits.Where(h => !h.Shadow && h.TargetId != null).GroupBy(h => (h.Unit, h.Subject)).ToDictionary(g => g.Key, g => g.Select(h => h.Score).ToList()),
            targets.ToDictionary(t => (t.Unit, (t.TravellerId ?? t.ConsignmentId)!.Value)));
    }

    /// <summary>Hits each version has raised within its cap's window.</summary>
    private static async Task<Dictionary<Guid, int>> CapUseAsync<TFacts>(PortcullisDbContext db, IReadOnlyList<RunnableVersion<TFacts>> versions, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (versions.Count == 0)
        {
            return [];
        }

        // One query for every version: the hits of the longest window (a week), at most each cap's worth.
        var ids = versions.Select(v => v.VersionId).ToList();
        var longest = versions.Min(v => v.Facts.CapWindowStart(now));
        var recent = await db.ProfileHits.IgnoreQueryFilters().AsNoTracking()
            .Where(h => ids.Contains(h.VersionId) && !h.Shadow && h.CreatedAt >= longest)
            .Select(h => new { h.VersionId, h.CreatedAt })
            .ToListAsync(cancellationToken);
        var byVersion = recent.ToLookup(h => h.VersionId, h => h.CreatedAt);
        return versions.ToDictionary(v => v.VersionId, v => byVersion[v.VersionId].Count(at => at >= v.Facts.CapWindowStart(now)));
    }

    /// <summary>Counters kept apart from the change tracker: incremented in the database, so concurrent writers add up.</summary>
    private static async Task RecordCountersAsync(PortcullisDbContext db, Dictionary<Guid, long> evaluated, Dictionary<Guid, long> capped, CancellationToken cancellationToken)
    {
        foreach (var (version, count) in evaluated)
        {
            await db.RiskProfileVersions.IgnoreQueryFilters().Where(v => v.Id == version)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Evaluated, v => v.Evaluated + count), cancellationToken);
        }

        foreach (var (version, count) in capped)
        {
            await db.RiskProfileVersions.IgnoreQueryFilters().Where(v => v.Id == version)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Capped, v => v.Capped + count), cancellationToken);
        }
    }

    private sealed record Known(
        HashSet<(Guid Version, Guid Subject)> ProfileHits,
        Dictionary<(string Unit, Guid Subject), List<int>> Weights,
        Dictionary<(string Unit, Guid Subject), Target> Targets)
    {
        /// <summary>The scores of the unit's profile hits on the subject that raised a target, earlier ones included.</summary>
        public List<int> WeightsOf(string unit, Guid subject)
        {
            if (!Weights.TryGetValue((unit, subject), out var weights))
            {
                weights = Weights[(unit, subject)] = [];
            }

            return weights;
        }
    }

    private sealed class Counts
    {
        public int Evaluated;
        public int ProfileHits;
        public int ShadowHits;
        public int Raised;
        public int Updated;
        public int RandomSelections;

        public void Add(bool created)
        {
            if (created)
            {
                Raised++;
            }
            else
            {
                Updated++;
            }
        }
    }
}
