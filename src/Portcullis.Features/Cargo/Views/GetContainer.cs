using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Cargo;
using Portcullis.Features.Audit;

namespace Portcullis.Features.Cargo.Views;

/// <summary>
/// A container's history: every movement the person sees, newest first, with the voyage, the
/// consignment it carried, full or empty, and under which seals (a seal that changes between calls is
/// worth a look). Not found when the person sees none of its movements. Audited, as every cargo read is.
/// </summary>
public static class GetContainer
{
    public sealed record Query(Guid Id);

    public sealed record MovementRow(
        Guid VoyageId, string Mode, string? Carrier, string? VoyageNumber, string? VesselName, string Port, string? From, DateOnly Date,
        Guid ConsignmentId, string ConsignmentNumber, string? Loading, IReadOnlyList<string> Seals, DateTimeOffset SeenAt);

    public sealed record Details(CargoContainer Container, IReadOnlyList<MovementRow> Movements);

    public sealed class Handler(PortcullisDbContext db)
    {
        public const int Limit = 500;

        public async Task<Outcome<Details>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!CargoAccess.MayView(db.Scope))
            {
                return Outcome<Details>.Forbidden(CargoAccess.Refusal);
            }

            var container = await db.CargoContainers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == query.Id, cancellationToken);
            if (container is null)
            {
                return Outcome<Details>.NotFound();
            }

            var movements = await db.ContainerMovements.AsNoTracking()
                .Where(m => m.ContainerId == container.Id)
                .OrderByDescending(m => m.Consignment!.Voyage!.Date).ThenByDescending(m => m.SeenAt)
                .Take(Limit)
                .Select(m => new MovementRow(m.VoyageId, m.Consignment!.Voyage!.Mode, m.Consignment.Voyage.Carrier, m.Consignment.Voyage.Number, m.Consignment.Voyage.VesselName,
                    m.Consignment.Voyage.Port, m.Consignment.Voyage.From, m.Consignment.Voyage.Date, m.ConsignmentId, m.Consignment.Number, m.Loading, Split(m.Seals), m.SeenAt))
                .ToListAsync(cancellationToken);
            if (movements.Count == 0)
            {
                return Outcome<Details>.NotFound();
            }

            db.Audit(AuditEvents.By(db.Scope, AuditActions.ContainerRead, "container", container.Id.ToString("D"), container.Jurisdiction,
                JsonSerializer.Serialize(new { number = container.Number, movements = movements.Count })));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Details>.Ok(new Details(container, movements));
        }

        private static string[] Split(string value) => value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
