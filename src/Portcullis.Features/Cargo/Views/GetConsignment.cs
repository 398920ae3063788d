using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Cargo;
using Portcullis.Domain.Reference;
using Portcullis.Domain.Watchlists;
using Portcullis.Features.Audit;

namespace Portcullis.Features.Cargo.Views;

/// <summary>
/// One consignment as the latest message declared it: route, parties (each linked to its history),
/// goods with the HS 2022 description of their code, containers (each linked to its history), its
/// master or houses, watchlist hits and the target the person's unit has on it. Audited: it names
/// parties, addresses and contacts.
/// </summary>
public static class GetConsignment
{
    public sealed record Query(Guid Id);

    public sealed record PartyRow(Guid PartyId, string Role, string Name, string? Street, string? City, string? PostalCode, string? Country,
        IReadOnlyList<string> Identifiers, string? Phone, string? Email, int ConsignmentCount, DateTimeOffset FirstSeenAt);

    /// <summary>A goods line with the HS 2022 entry its code falls under (the most precise of subheading, heading, chapter), if any.</summary>
    public sealed record GoodsRow(CargoGoodsItem Item, string? HsEntryCode, string? HsDescription, bool HsKnown);

    public sealed record ContainerRow(Guid ContainerId, string Number, bool? NumberValid, string? SizeType, string? Loading, IReadOnlyList<string> Seals, int MovementCount);

    public sealed record LinkedConsignment(Guid Id, string Number, string Kind, bool? NumberValid);

    public sealed record HitRow(Guid Id, string Subject, string? Role, string ScreenedText, string Watchlist, string EntryExternalId, float Score, HitStatus Status);

    public sealed record Details(
        CargoConsignment Consignment, CargoVoyage Voyage, IReadOnlyList<PartyRow> Parties, IReadOnlyList<GoodsRow> Goods,
        IReadOnlyList<ContainerRow> Containers, LinkedConsignment? Master, IReadOnlyList<LinkedConsignment> Houses,
        IReadOnlyList<HitRow> Hits, ConsignmentTarget? Target);

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<Details>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!CargoAccess.MayView(db.Scope))
            {
                return Outcome<Details>.Forbidden(CargoAccess.Refusal);
            }

            var consignment = await db.CargoConsignments.AsNoTracking()
                .Include(c => c.Voyage)
                .Include(c => c.Goods)
                .FirstOrDefaultAsync(c => c.Id == query.Id, cancellationToken);
            if (consignment?.Voyage is null)
            {
                return Outcome<Details>.NotFound();
            }

            var parties = await db.ConsignmentParties.AsNoTracking()
                .Where(p => p.ConsignmentId == consignment.Id)
                .Select(p => new PartyRow(p.PartyId, p.Role, p.Name, p.Street, p.City, p.PostalCode, p.Country,
                    Split(p.Identifiers), p.Phone, p.Email, p.Party!.ConsignmentCount, p.Party.FirstSeenAt))
                .ToListAsync(cancellationToken);
            var containers = await db.ContainerMovements.AsNoTracking()
                .Where(m => m.ConsignmentId == consignment.Id)
                .Select(m => new ContainerRow(m.ContainerId, m.Container!.Number, m.Container.NumberValid, m.Container.SizeType, m.Loading, Split(m.Seals), m.Container.MovementCount))
                .ToListAsync(cancellationToken);
            var master = consignment.MasterId is { } masterId
                ? await db.CargoConsignments.AsNoTracking().Where(c => c.Id == masterId)
                    .Select(c => new LinkedConsignment(c.Id, c.Number, c.Kind, c.NumberValid)).FirstOrDefaultAsync(cancellationToken)
                : null;
            var houses = await db.CargoConsignments.AsNoTracking()
                .Where(c => c.MasterId == consignment.Id)
                .OrderBy(c => c.Number)
                .Select(c => new LinkedConsignment(c.Id, c.Number, c.Kind, c.NumberValid))
                .ToListAsync(cancellationToken);
            var hits = await db.CargoHits.AsNoTracking()
                .Where(h => h.ConsignmentId == consignment.Id)
                .OrderByDescending(h => h.Score)
                .Select(h => new HitRow(h.Id, h.Subject, h.Role, h.ScreenedText, h.Watchlist!.Name, h.EntryExternalId, h.Score, h.Status))
                .ToListAsync(cancellationToken);
            var target = await ConsignmentTargets.ForConsignmentAsync(db, consignment.Id, cancellationToken);

            db.Audit(AuditEvents.By(db.Scope, AuditActions.ConsignmentRead, "consignment", consignment.Id.ToString("D"), consignment.Jurisdiction,
                JsonSerializer.Serialize(new { number = consignment.Number, voyage = consignment.Voyage.Key, parties = parties.Count })));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Details>.Ok(new Details(
                consignment, consignment.Voyage,
                [.. parties.OrderBy(p => RoleOrder(p.Role)).ThenBy(p => p.Name, StringComparer.Ordinal)],
                [.. consignment.Goods.OrderBy(g => g.Sequence).Select(Describe)],
                [.. containers.OrderBy(c => c.Number, StringComparer.Ordinal)],
                master, houses, hits, target));
        }

        private static string[] Split(string value) => value.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        /// <summary>Shipper and consignee first, as on the paper bill; the others after.</summary>
        private static int RoleOrder(string role) => role switch
        {
            "shipper" => 0,
            "consignee" => 1,
            "notify" => 2,
            "forwarder" => 3,
            "agent" => 4,
            "carrier" => 5,
            _ => 6,
        };

        private static GoodsRow Describe(CargoGoodsItem item)
        {
            var hs = HsNomenclature.Default;
            var entry = hs.Subheading(item.HsCode) ?? hs.Heading(item.HsCode) ?? hs.Chapter(item.HsCode);
            return new GoodsRow(item, entry?.Code, entry?.Description, hs.IsKnown(item.HsCode));
        }
    }
}
