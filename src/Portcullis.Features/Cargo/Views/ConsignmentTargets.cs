using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Targeting;

namespace Portcullis.Features.Cargo.Views;

/// <summary>A target on a consignment as the cargo pages show it, linking to its page in the queue.</summary>
public sealed record ConsignmentTarget(Guid Id, string Unit, Lane Lane, int Score, TargetStatus Status, bool Random);

/// <summary>
/// The target each consignment has for the person: their own unit's; for an auditor or administrator,
/// who belong to no targeting unit of that port, the highest-scored of the targets their scope shows.
/// </summary>
internal static class ConsignmentTargets
{
    public static async Task<Dictionary<Guid, ConsignmentTarget>> ForVoyageAsync(PortcullisDbContext db, Guid voyageId, CancellationToken cancellationToken)
    {
        var targets = await db.Targets.AsNoTracking()
            .Where(t => t.VoyageId == voyageId && t.SubjectKind == SubjectKinds.Consignment && t.ConsignmentId != null)
            .Select(t => new { ConsignmentId = t.ConsignmentId!.Value, Target = new ConsignmentTarget(t.Id, t.Unit, t.Lane, t.Score, t.Status, t.Random) })
            .ToListAsync(cancellationToken);
        return Pick(db, targets.Select(t => (t.ConsignmentId, t.Target)).ToList());
    }

    public static async Task<ConsignmentTarget?> ForConsignmentAsync(PortcullisDbContext db, Guid consignmentId, CancellationToken cancellationToken)
    {
        var targets = await db.Targets.AsNoTracking()
            .Where(t => t.ConsignmentId == consignmentId && t.SubjectKind == SubjectKinds.Consignment)
            .Select(t => new ConsignmentTarget(t.Id, t.Unit, t.Lane, t.Score, t.Status, t.Random))
            .ToListAsync(cancellationToken);
        return Pick(db, targets.Select(t => (consignmentId, t)).ToList()).GetValueOrDefault(consignmentId);
    }

    private static Dictionary<Guid, ConsignmentTarget> Pick(PortcullisDbContext db, List<(Guid ConsignmentId, ConsignmentTarget Target)> targets)
    {
        var unit = db.Scope.Unit?.Value;
        return targets
            .GroupBy(t => t.ConsignmentId)
            .ToDictionary(
                g => g.Key,
                g => g.Select(t => t.Target)
                    .OrderByDescending(t => string.Equals(t.Unit, unit, StringComparison.Ordinal))
                    .ThenByDescending(t => t.Score)
                    .ThenBy(t => t.Unit, StringComparer.Ordinal)
                    .First());
    }
}
