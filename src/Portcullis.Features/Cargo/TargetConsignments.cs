using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Features.Targeting;
using Portcullis.Profiles.Consignments;

namespace Portcullis.Features.Cargo;

/// <summary>
/// Turns arriving cargo into the units' targets: the consignments a message touched, with their facts
/// (<see cref="ConsignmentFactsBuilder"/>), their watchlist hits and the cargo units at the voyage's port
/// (<see cref="CargoPorts.UnitsAt"/>), handed to <see cref="SubjectTargeting"/>, the engine travellers
/// use. A cancelled consignment is not targeted. Runs as the system after screening.
/// </summary>
public sealed class TargetConsignments(ProfileSetCache profiles, SubjectTargeting targeting, TimeProvider time)
{
    public async Task<TargetingResult> TargetAsync(PortcullisDbContext db, IReadOnlyCollection<Guid> consignmentIds, CancellationToken cancellationToken)
    {
        var ids = consignmentIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return TargetingResult.None;
        }

        await profiles.Gate.WaitAsync(cancellationToken);
        try
        {
            var consignments = new List<(Guid Id, Guid VoyageId, string Name, bool FirstTime, string? Location, string? Jurisdiction, DateTime? DueAt)>();
            foreach (var chunk in ids.Chunk(1000))
            {
                var rows = await db.CargoConsignments.IgnoreQueryFilters().AsNoTracking()
                    .Where(c => chunk.Contains(c.Id) && !c.Cancelled && c.Location != null)
                    .Select(c => new { c.Id, c.VoyageId, c.Number, c.TargetedAt, c.Location, c.Jurisdiction, c.Voyage!.Arrival, c.Voyage.Departure })
                    .ToListAsync(cancellationToken);
                consignments.AddRange(rows.Select(c => (c.Id, c.VoyageId, c.Number, c.TargetedAt is null, c.Location, c.Jurisdiction, c.Arrival ?? c.Departure)));
            }

            if (consignments.Count == 0)
            {
                return TargetingResult.None;
            }

            var facts = await ConsignmentFactsBuilder.BuildAsync(db, [.. consignments.Select(c => c.Id)], cancellationToken);
            var hits = await ListHitsAsync(db, [.. consignments.Select(c => c.Id)], cancellationToken);
            var subjects = consignments
                .Select(c => new TargetingSubject<ConsignmentFacts>(
                    c.Id, c.VoyageId, SubjectName(c.Name, facts[c.Id]), facts[c.Id], c.FirstTime,
                    [.. CargoPorts.UnitsAt(c.Location).Select(u => new SubjectUnit(u, c.DueAt))],
                    [.. hits[c.Id].Select(score => (score, (IReadOnlySet<string>)new HashSet<string>(StringComparer.Ordinal) { c.Jurisdiction! }))]))
                .ToList();
            var result = await targeting.RunAsync(db, ProfileSubjects.Consignments, subjects, cancellationToken);
            var now = time.GetUtcNow();
            foreach (var chunk in ids.Chunk(1000))
            {
                await db.CargoConsignments.IgnoreQueryFilters().Where(c => chunk.Contains(c.Id) && c.TargetedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.TargetedAt, now), cancellationToken);
            }

            return result;
        }
        finally
        {
            profiles.Gate.Release();
        }
    }

    /// <summary>
    /// The consignments' watchlist hits: they weigh as a traveller's do (100 × the match). They were
    /// screened only against lists the consignment's jurisdiction sees, and the units at its port are of
    /// that jurisdiction, so each hit is visible to them.
    /// </summary>
    private static async Task<ILookup<Guid, float>> ListHitsAsync(PortcullisDbContext db, List<Guid> ids, CancellationToken cancellationToken)
    {
        var rows = new List<(Guid, float)>();
        foreach (var chunk in ids.Chunk(1000))
        {
            rows.AddRange((await db.CargoHits.IgnoreQueryFilters().AsNoTracking().Where(h => chunk.Contains(h.ConsignmentId))
                .Select(h => new { h.ConsignmentId, h.Score }).ToListAsync(cancellationToken)).Select(h => (h.ConsignmentId, h.Score)));
        }

        return rows.ToLookup(r => r.Item1, r => r.Item2);
    }

    /// <summary>What the queue shows: the document number and the goods.</summary>
    private static string SubjectName(string number, ConsignmentFacts facts)
    {
        var goods = facts.GoodsDescription is { Length: > 0 } d ? d : null;
        return goods is null ? number : string.Create(CultureInfo.InvariantCulture, $"{number} · {(goods.Length <= 80 ? goods : goods[..80] + "…")}");
    }
}
