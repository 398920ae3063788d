using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Cargo;
using Portcullis.Features.Audit;

namespace Portcullis.Features.Cargo.Views;

/// <summary>
/// A trade party's history: who it is, when the jurisdiction first saw it, and the consignments it is on
/// that the person sees, newest first, with the role it had, the voyage, the route and the goods. A
/// party none of whose consignments the person sees is not found: its record is the jurisdiction's,
/// and its name is only shown beside a consignment the person may read. Audited.
/// </summary>
public static class GetParty
{
    public sealed record Query(Guid Id);

    public sealed record ConsignmentRow(
        Guid ConsignmentId, string Number, string Kind, string Role, Guid VoyageId, string Mode, string? Carrier, string? VoyageNumber, string? VesselName,
        string Port, string? From, DateOnly Date, string? PortOfLoading, string? PortOfDischarge, IReadOnlyList<string> Goods, bool Cancelled);

    public sealed record Details(TradeParty Party, IReadOnlyList<string> NamesUsed, IReadOnlyList<ConsignmentRow> Consignments);

    public sealed class Handler(PortcullisDbContext db)
    {
        public const int Limit = 500;

        public async Task<Outcome<Details>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!CargoAccess.MayView(db.Scope))
            {
                return Outcome<Details>.Forbidden(CargoAccess.Refusal);
            }

            var party = await db.TradeParties.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.Id, cancellationToken);
            if (party is null)
            {
                return Outcome<Details>.NotFound();
            }

            var appearances = await db.ConsignmentParties.AsNoTracking()
                .Where(p => p.PartyId == party.Id)
                .OrderByDescending(p => p.Consignment!.Voyage!.Date).ThenBy(p => p.Consignment!.Number)
                .Take(Limit)
                .Select(p => new
                {
                    p.ConsignmentId,
                    p.Consignment!.Number,
                    p.Consignment.Kind,
                    p.Role,
                    p.Name,
                    p.Consignment.VoyageId,
                    p.Consignment.Voyage!.Mode,
                    p.Consignment.Voyage.Carrier,
                    VoyageNumber = p.Consignment.Voyage.Number,
                    p.Consignment.Voyage.VesselName,
                    p.Consignment.Voyage.Port,
                    VoyageFrom = p.Consignment.Voyage.From,
                    p.Consignment.Voyage.Date,
                    p.Consignment.PortOfLoading,
                    p.Consignment.PortOfDischarge,
                    p.Consignment.Cancelled,
                })
                .ToListAsync(cancellationToken);
            if (appearances.Count == 0)
            {
                return Outcome<Details>.NotFound();
            }

            var ids = appearances.Select(a => a.ConsignmentId).Distinct().ToList();
            var goods = await db.CargoGoods.AsNoTracking()
                .Where(g => ids.Contains(g.ConsignmentId) && g.Description != null)
                .Select(g => new { g.ConsignmentId, g.Sequence, g.Description })
                .ToListAsync(cancellationToken);
            var rows = appearances
                .Select(a => new ConsignmentRow(a.ConsignmentId, a.Number, a.Kind, a.Role, a.VoyageId, a.Mode, a.Carrier, a.VoyageNumber, a.VesselName, a.Port, a.VoyageFrom, a.Date,
                    a.PortOfLoading, a.PortOfDischarge,
                    [.. goods.Where(g => g.ConsignmentId == a.ConsignmentId).OrderBy(g => g.Sequence).Select(g => g.Description!)], a.Cancelled))
                .ToList();

            // The spellings the consignments used: a party recognised by its identifier may be sent under several.
            var names = appearances.Select(a => a.Name).Distinct(StringComparer.Ordinal).Where(n => !string.Equals(n, party.Name, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

            db.Audit(AuditEvents.By(db.Scope, AuditActions.PartyRead, "party", party.Id.ToString("D"), party.Jurisdiction,
                JsonSerializer.Serialize(new { consignments = rows.Count })));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Details>.Ok(new Details(party, names, rows));
        }
    }
}
