using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Passengers;
using Portcullis.Domain.Reference;
using Portcullis.Domain.Targeting;
using Portcullis.Features.Audit;
using Portcullis.Features.Targeting.Facts;
using Portcullis.Profiles.Travellers;

namespace Portcullis.Features.Targeting;

/// <summary>
/// Turns arriving passenger data into the units' targets. For each unit at either end of a traveller's
/// flight (<see cref="PassengerUnits"/>): the unit's profiles in force are evaluated (one compiled set),
/// their hits recorded with explanations (within each profile's hit cap); drafts and submitted versions
/// run in shadow and record hits only; the profile hits and the watchlist hits the unit may see become
/// one target with a score and a lane (<see cref="TargetScore"/>, the unit's <see cref="TargetingSettings"/>);
/// and a minimum share of the rest is picked at random. Runs as the system after screening, past the
/// scope filter, as screening does (ADR 0013).
/// </summary>
public sealed class TargetTravellers(ProfileSetCache profiles, TimeProvider time)
{
    public sealed record Result(int Evaluated, int ProfileHits, int ShadowHits, int TargetsRaised, int TargetsUpdated, int RandomSelections);

    public async Task<Result> TargetAsync(PortcullisDbContext db, IReadOnlyCollection<Guid> travellerIds, CancellationToken cancellationToken)
    {
        var ids = travellerIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Result(0, 0, 0, 0, 0, 0);
        }

        await profiles.Gate.WaitAsync(cancellationToken);
        try
        {
            return await RunAsync(db, ids, cancellationToken);
        }
        finally
        {
            profiles.Gate.Release();
        }
    }

    private async Task<Result> RunAsync(PortcullisDbContext db, List<Guid> ids, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var travellers = await db.FlightTravellers.IgnoreQueryFilters().AsNoTracking().Include(t => t.Flight)
            .Where(t => ids.Contains(t.Id))
            .ToListAsync(cancellationToken);
        var byUnit = travellers
            .SelectMany(t => PassengerUnits.Of(t.Flight!).Select(u => (u.Unit, u.AtArrival, Traveller: t)))
            .GroupBy(x => x.Unit.Code.Value, StringComparer.Ordinal)
            .ToList();
        if (byUnit.Count == 0)
        {
            return new Result(0, 0, 0, 0, 0, 0);
        }

        var facts = await TravellerFactsBuilder.BuildAsync(db, ids, cancellationToken);
        var known = await KnownAsync(db, ids, cancellationToken);
        var counts = new Counts();
        var evaluatedByVersion = new Dictionary<Guid, long>();
        var cappedByVersion = new Dictionary<Guid, long>();
        foreach (var group in byUnit)
        {
            var unit = group.First().Unit;
            var set = await profiles.GetAsync(db, unit.Code.Value, today, cancellationToken);
            var settings = await db.TargetingSettings.IgnoreQueryFilters().FirstOrDefaultAsync(s => s.Unit == unit.Code.Value, cancellationToken)
                ?? db.TargetingSettings.Add(TargetingSettings.Defaults(unit.Code.Value, unit.Jurisdiction.Value)).Entity;
            var capUse = await CapUseAsync(db, set.Live, now, cancellationToken);
            var untargeted = new List<(FlightTraveller Traveller, bool AtArrival)>();
            var liveResults = new bool[set.Live.Count];
            var shadowResults = new bool[set.Shadow.Count];
            foreach (var (_, atArrival, traveller) in group)
            {
                if (!facts.TryGetValue(traveller.Id, out var subject))
                {
                    continue;
                }

                counts.Evaluated++;
                var firstTime = traveller.TargetedAt is null;
                set.LiveSet.Evaluate(subject, liveResults);
                set.ShadowSet.Evaluate(subject, shadowResults);
                var newHits = new List<ProfileHit>();
                for (var i = 0; i < set.Live.Count; i++)
                {
                    var version = set.Live[i];
                    if (firstTime)
                    {
                        evaluatedByVersion[version.VersionId] = evaluatedByVersion.GetValueOrDefault(version.VersionId) + 1;
                    }

                    if (!liveResults[i] || !known.ProfileHits.Add((version.VersionId, traveller.Id)))
                    {
                        continue;
                    }

                    if (capUse.GetValueOrDefault(version.VersionId) >= version.HitCapCount)
                    {
                        cappedByVersion[version.VersionId] = cappedByVersion.GetValueOrDefault(version.VersionId) + 1;
                        continue;
                    }

                    capUse[version.VersionId] = capUse.GetValueOrDefault(version.VersionId) + 1;
                    newHits.Add(Hit(db, unit, version, traveller, subject, shadow: false, now));
                    known.WeightsOf(unit.Code.Value, traveller.Id).Add(version.Score);
                    counts.ProfileHits++;
                }

                for (var i = 0; i < set.Shadow.Count; i++)
                {
                    if (shadowResults[i] && known.ProfileHits.Add((set.Shadow[i].VersionId, traveller.Id)))
                    {
                        Hit(db, unit, set.Shadow[i], traveller, subject, shadow: true, now);
                        counts.ShadowHits++;
                    }
                }

                var weights = known.WeightsOf(unit.Code.Value, traveller.Id).Select(w => (double)w).ToList();
                var profileHitCount = weights.Count;
                var listWeights = known.ScreeningHits[traveller.Id]
                    .Where(h => h.Jurisdictions.Contains(unit.Jurisdiction.Value))
                    .Select(h => TargetScore.ForWatchlistHit(h.Score))
                    .ToList();
                if (weights.Count + listWeights.Count == 0)
                {
                    if (firstTime && !known.Targets.ContainsKey((unit.Code.Value, traveller.Id)))
                    {
                        untargeted.Add((traveller, atArrival));
                    }

                    continue;
                }

                var score = TargetScore.Combine(weights.Concat(listWeights));
                var target = Upsert(db, known, unit, traveller, atArrival, now, out var created);
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

            foreach (var (traveller, atArrival) in RandomSelection.Pick(settings, untargeted))
            {
                var target = Upsert(db, known, unit, traveller, atArrival, now, out _);
                target.Random = true;
                target.Lane = Lane.Red;
                Audit(db, target, created: true);
                counts.RandomSelections++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await RecordCountersAsync(db, ids, evaluatedByVersion, cappedByVersion, now, cancellationToken);
        return new Result(counts.Evaluated, counts.ProfileHits, counts.ShadowHits, counts.Raised, counts.Updated, counts.RandomSelections);
    }

    private static ProfileHit Hit(PortcullisDbContext db, Unit unit, RunnableVersion version, FlightTraveller traveller, TravellerFacts subject, bool shadow, DateTimeOffset now) =>
        db.ProfileHits.Add(new ProfileHit
        {
            Id = Guid.CreateVersion7(),
            Unit = unit.Code.Value,
            Jurisdiction = unit.Jurisdiction.Value,
            ProfileId = version.ProfileId,
            VersionId = version.VersionId,
            VersionNumber = version.Number,
            TravellerId = traveller.Id,
            FlightId = traveller.FlightId,
            Shadow = shadow,
            Explanation = StoredProfileExplanation.From(version, version.Compiled.Explain(subject)).ToJson(),
            CreatedAt = now,
        }).Entity;

    private static Target Upsert(PortcullisDbContext db, Known known, Unit unit, FlightTraveller traveller, bool atArrival, DateTimeOffset now, out bool created)
    {
        created = !known.Targets.TryGetValue((unit.Code.Value, traveller.Id), out var target);
        if (target is null)
        {
            target = db.Targets.Add(new Target
            {
                Id = Guid.CreateVersion7(),
                Unit = unit.Code.Value,
                Jurisdiction = unit.Jurisdiction.Value,
                TravellerId = traveller.Id,
                FlightId = traveller.FlightId,
                SubjectName = SubjectName(traveller),
                DueAt = atArrival ? traveller.Flight!.Arrival : traveller.Flight!.Departure,
                Status = TargetStatus.New,
                CreatedAt = now,
                UpdatedAt = now,
            }).Entity;
            known.Targets[(unit.Code.Value, traveller.Id)] = target;
        }

        return target;
    }

    private static string SubjectName(FlightTraveller t)
    {
        var name = string.Join(' ', new[] { t.GivenNames, t.Surname }.Where(p => !string.IsNullOrWhiteSpace(p)));
        name = name.Length == 0 ? t.DocumentNumber ?? "?" : name;
        return name.Length <= Target.NameMaxLength ? name : name[..Target.NameMaxLength];
    }

    private static void Audit(PortcullisDbContext db, Target target, bool created) =>
        db.Audit(AuditEvents.By(db.Scope, AuditActions.TargetRaised, "target", target.Id.ToString("D"), target.Jurisdiction,
            JsonSerializer.Serialize(new
            {
                unit = target.Unit,
                traveller = target.TravellerId,
                score = target.Score.ToString(CultureInfo.InvariantCulture),
                lane = target.Lane.ToString(),
                random = target.Random,
                updated = !created,
            })));

    /// <summary>What is already recorded on these travellers: hits (to raise each once), weights of earlier hits, targets and watchlist hits.</summary>
    private static async Task<Known> KnownAsync(PortcullisDbContext db, List<Guid> ids, CancellationToken cancellationToken)
    {
        var hits = await db.ProfileHits.IgnoreQueryFilters().AsNoTracking()
            .Where(h => ids.Contains(h.TravellerId))
            .Select(h => new { h.VersionId, h.TravellerId, h.Unit, h.Shadow, h.TargetId, h.Version!.Score })
            .ToListAsync(cancellationToken);
        var targets = await db.Targets.IgnoreQueryFilters()
            .Where(t => ids.Contains(t.TravellerId))
            .ToListAsync(cancellationToken);
        var screening = await db.ScreeningHits.IgnoreQueryFilters().AsNoTracking()
            .Where(h => ids.Contains(h.TravellerId))
            .Select(h => new { h.TravellerId, h.Score, h.Watchlist!.OwnerJurisdiction, Shared = h.Watchlist.SharedWith.Select(s => s.Jurisdiction).ToList() })
            .ToListAsync(cancellationToken);
        return new Known(
            hits.Select(h => (h.VersionId, h.TravellerId)).ToHashSet(),
            hits.Where(h => !h.Shadow && h.TargetId != null).GroupBy(h => (h.Unit, h.TravellerId)).ToDictionary(g => g.Key, g => g.Select(h => h.Score).ToList()),
            targets.ToDictionary(t => (t.Unit, t.TravellerId)),
            screening.ToLookup(h => h.TravellerId, h => (h.Score, (IReadOnlySet<string>)h.Shared.Append(h.OwnerJurisdiction).ToHashSet(StringComparer.Ordinal))));
    }

    /// <summary>Hits each version has raised within its cap's window.</summary>
    private static async Task<Dictionary<Guid, int>> CapUseAsync(PortcullisDbContext db, IReadOnlyList<RunnableVersion> versions, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (versions.Count == 0)
        {
            return [];
        }

        // One query for every version: the hits of the longest window (a week), at most each cap's worth.
        var ids = versions.Select(v => v.VersionId).ToList();
        var longest = versions.Min(v => v.CapWindowStart(now));
        var recent = await db.ProfileHits.IgnoreQueryFilters().AsNoTracking()
            .Where(h => ids.Contains(h.VersionId) && !h.Shadow && h.CreatedAt >= longest)
            .Select(h => new { h.VersionId, h.CreatedAt })
            .ToListAsync(cancellationToken);
        var byVersion = recent.ToLookup(h => h.VersionId, h => h.CreatedAt);
        return versions.ToDictionary(v => v.VersionId, v => byVersion[v.VersionId].Count(at => at >= v.CapWindowStart(now)));
    }

    /// <summary>Counters kept apart from the change tracker: incremented in the database, so concurrent writers add up.</summary>
    private static async Task RecordCountersAsync(
        PortcullisDbContext db, List<Guid> ids, Dictionary<Guid, long> evaluated, Dictionary<Guid, long> capped, DateTimeOffset now, CancellationToken cancellationToken)
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

        await db.FlightTravellers.IgnoreQueryFilters().Where(t => ids.Contains(t.Id) && t.TargetedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.TargetedAt, now), cancellationToken);
    }

    private sealed record Known(
        HashSet<(Guid Version, Guid Traveller)> ProfileHits,
        Dictionary<(string Unit, Guid Traveller), List<int>> Weights,
        Dictionary<(string Unit, Guid Traveller), Target> Targets,
        ILookup<Guid, (float Score, IReadOnlySet<string> Jurisdictions)> ScreeningHits)
    {
        /// <summary>The scores of the unit's profile hits on the traveller that raised a target, earlier ones included.</summary>
        public List<int> WeightsOf(string unit, Guid traveller)
        {
            if (!Weights.TryGetValue((unit, traveller), out var weights))
            {
                weights = Weights[(unit, traveller)] = [];
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
