using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Cargo;
using Portcullis.Domain.Targeting;

namespace Portcullis.Features.Cargo.Views;

/// <summary>
/// The vessel calls and cargo flights the person sees (the scope filter keeps a unit to its port or
/// airport), newest first, optionally for one day and one mode, with how many consignments, containers
/// and targets each has. No party is named, so the list is not audited; the manifest is.
/// </summary>
public static class ListVoyages
{
    public const int Limit = 500;

    public sealed record Query(DateOnly? Day = null, string? Mode = null);

    public sealed record Row(
        Guid Id, string Mode, string? Carrier, string? Number, string? VesselName, string Port, string? From, string? To,
        DateOnly Date, DateTime? Arrival, DateTime? Departure, int Consignments, int Containers, int Amendments, int Targets, int RedTargets);

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<IReadOnlyList<Row>>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!CargoAccess.MayView(db.Scope))
            {
                return Outcome<IReadOnlyList<Row>>.Forbidden(CargoAccess.Refusal);
            }

            var voyages = db.CargoVoyages.AsNoTracking();
            if (query.Day is { } day)
            {
                voyages = voyages.Where(v => v.Date == day);
            }

            if (query.Mode is CargoModes.Sea or CargoModes.Air)
            {
                voyages = voyages.Where(v => v.Mode == query.Mode);
            }

            // Targets go through their own filter: a unit counts its own, an auditor their jurisdiction's.
            var rows = await voyages
                .OrderByDescending(v => v.Date).ThenByDescending(v => v.Arrival ?? v.Departure).ThenBy(v => v.Key)
                .Take(Limit)
                .Select(v => new Row(v.Id, v.Mode, v.Carrier, v.Number, v.VesselName, v.Port, v.From, v.To, v.Date, v.Arrival, v.Departure,
                    v.ConsignmentCount, v.ContainerCount, v.AmendmentCount,
                    db.Targets.Count(t => t.VoyageId == v.Id && t.SubjectKind == SubjectKinds.Consignment),
                    db.Targets.Count(t => t.VoyageId == v.Id && t.SubjectKind == SubjectKinds.Consignment && t.Lane == Lane.Red)))
                .ToListAsync(cancellationToken);
            return Outcome<IReadOnlyList<Row>>.Ok(rows);
        }
    }
}
