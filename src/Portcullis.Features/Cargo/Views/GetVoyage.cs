using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Cargo;
using Portcullis.Features.Audit;

namespace Portcullis.Features.Cargo.Views;

/// <summary>
/// A vessel call's or cargo flight's manifest: the voyage and its consignments with their shipper,
/// consignee, goods, containers and the target the person's unit has on them, the highest-scored first
/// so that an officer starts where the risk is. Audited: a manifest names shippers and consignees.
/// </summary>
public static class GetVoyage
{
    public sealed record Query(Guid Id);

    public sealed record ConsignmentRow(
        Guid Id, string Number, string Kind, bool? NumberValid, string? MasterNumber, Guid? VisibleMasterId,
        string? Shipper, string? Consignee, IReadOnlyList<string> Goods, int Containers, int? Pieces, decimal? GrossWeightKg,
        string? PortOfLoading, string? PortOfDischarge, int Amendments, bool Cancelled, int Hits, ConsignmentTarget? Target);

    public sealed record Details(CargoVoyage Voyage, IReadOnlyList<ConsignmentRow> Consignments);

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<Details>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!CargoAccess.MayView(db.Scope))
            {
                return Outcome<Details>.Forbidden(CargoAccess.Refusal);
            }

            var voyage = await db.CargoVoyages.AsNoTracking().FirstOrDefaultAsync(v => v.Id == query.Id, cancellationToken);
            if (voyage is null)
            {
                return Outcome<Details>.NotFound();
            }

            var consignments = await db.CargoConsignments.AsNoTracking()
                .Where(c => c.VoyageId == voyage.Id)
                .Select(c => new
                {
                    c.Id,
                    c.Number,
                    c.Kind,
                    c.NumberValid,
                    c.MasterNumber,
                    c.MasterId,
                    c.Pieces,
                    c.GrossWeightKg,
                    c.PortOfLoading,
                    c.PortOfDischarge,
                    c.AmendmentCount,
                    c.Cancelled,
                    Containers = c.Movements.Count,
                    Hits = db.CargoHits.Count(h => h.ConsignmentId == c.Id),
                })
                .ToListAsync(cancellationToken);
            var parties = await db.ConsignmentParties.AsNoTracking()
                .Where(p => p.Consignment!.VoyageId == voyage.Id && (p.Role == "shipper" || p.Role == "consignee"))
                .Select(p => new { p.ConsignmentId, p.Role, p.Name })
                .ToListAsync(cancellationToken);
            var goods = await db.CargoGoods.AsNoTracking()
                .Where(g => db.CargoConsignments.Any(c => c.Id == g.ConsignmentId && c.VoyageId == voyage.Id))
                .Select(g => new { g.ConsignmentId, g.Sequence, g.Description })
                .ToListAsync(cancellationToken);
            var targets = await ConsignmentTargets.ForVoyageAsync(db, voyage.Id, cancellationToken);

            // A house's master may travel on a voyage at another port: linked only when the person can open it.
            var masterIds = consignments.Where(c => c.MasterId is not null).Select(c => c.MasterId!.Value).Distinct().ToList();
            var visibleMasters = new HashSet<Guid>();
            foreach (var chunk in masterIds.Chunk(1000))
            {
                visibleMasters.UnionWith(await db.CargoConsignments.AsNoTracking().Where(c => chunk.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken));
            }

            // Looked up by consignment, not searched per row: a call of ten thousand bills is one page.
            var partiesOf = parties.ToLookup(p => p.ConsignmentId);
            var goodsOf = goods.Where(g => !string.IsNullOrWhiteSpace(g.Description)).OrderBy(g => g.Sequence).ToLookup(g => g.ConsignmentId, g => g.Description!);
            string? Party(Guid id, string role) => partiesOf[id].FirstOrDefault(p => p.Role == role)?.Name;
            var rows = consignments
                .Select(c => new ConsignmentRow(c.Id, c.Number, c.Kind, c.NumberValid, c.MasterNumber, c.MasterId is { } m && visibleMasters.Contains(m) ? m : null,
                    Party(c.Id, "shipper"), Party(c.Id, "consignee"),
                    [.. goodsOf[c.Id]],
                    c.Containers, c.Pieces, c.GrossWeightKg, c.PortOfLoading, c.PortOfDischarge, c.AmendmentCount, c.Cancelled, c.Hits,
                    targets.GetValueOrDefault(c.Id)))
                .OrderByDescending(r => r.Target?.Score ?? -1)
                .ThenBy(r => r.Number, StringComparer.Ordinal)
                .ToList();

            db.Audit(AuditEvents.By(db.Scope, AuditActions.VoyageRead, "voyage", voyage.Id.ToString("D"), voyage.Jurisdiction,
                JsonSerializer.Serialize(new { voyage = voyage.Key, date = voyage.Date, consignments = rows.Count })));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Details>.Ok(new Details(voyage, rows));
        }
    }
}
