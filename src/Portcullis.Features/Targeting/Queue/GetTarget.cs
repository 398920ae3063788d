using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Cargo;
using Portcullis.Domain.Passengers;
using Portcullis.Domain.Targeting;
using Portcullis.Features.Audit;
using Portcullis.Features.Screening;

namespace Portcullis.Features.Targeting.Queue;

/// <summary>
/// A target with everything the officer needs to decide: the traveller and flight (or the consignment
/// and its voyage), each profile hit
/// with its conditions and the values that satisfied them, and each watchlist hit with the engine's
/// explanation. Opening it is an audited read of personal data.
/// </summary>
public static class GetTarget
{
    public sealed record Query(Guid Id);

    public sealed record ProfileReason(Guid ProfileId, int Version, StoredProfileExplanation Explanation);

    /// <param name="On">For cargo: what matched, e.g. "consignee TIRANA TRADE SHPK" or "container MSCU1234565".</param>
    public sealed record ListReason(Guid HitId, string List, string EntryId, float Score, StoredExplanation Explanation, string? On = null);

    /// <summary>A traveller target has <see cref="Traveller"/> and <see cref="Flight"/>; a consignment target has <see cref="Consignment"/> (with its voyage).</summary>
    public sealed record Details(
        Target Target, FlightTraveller? Traveller, Flight? Flight, IReadOnlyList<ProfileReason> Profiles, IReadOnlyList<ListReason> Lists, CargoConsignment? Consignment = null)
    {
        public bool IsMine(string actor) => Target.Status == TargetStatus.InReview && string.Equals(Target.TakenBy, actor, StringComparison.Ordinal);
    }

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<Details>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!ProfileAccess.MayRead(db.Scope))
            {
                return Outcome<Details>.Forbidden("Targets are for the unit's officers, targeters and head.");
            }

            var target = await db.Targets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == query.Id, cancellationToken);
            if (target is null)
            {
                return Outcome<Details>.NotFound();
            }

            var profileHits = await db.ProfileHits.AsNoTracking()
                .Where(h => h.TargetId == target.Id)
                .OrderBy(h => h.CreatedAt)
                .ToListAsync(cancellationToken);
            var profiles = profileHits.Select(h => new ProfileReason(h.ProfileId, h.VersionNumber,
                StoredProfileExplanation.Parse(h.Explanation) ?? new StoredProfileExplanation("?", h.VersionNumber, "", 0, []))).ToList();
            db.Audit(AuditEvents.By(db.Scope, AuditActions.TargetRead, "target", target.Id.ToString("D"), target.Jurisdiction,
                JsonSerializer.Serialize(new Dictionary<string, Guid?> { [target.SubjectKind] = target.TravellerId ?? target.ConsignmentId })));
            if (target.ConsignmentId is { } consignmentId)
            {
                // The consignment is at the unit's port, so the cargo filter lets it through.
                var consignment = await db.CargoConsignments.AsNoTracking().Include(c => c.Voyage)
                    .FirstAsync(c => c.Id == consignmentId, cancellationToken);
                var cargoHits = await db.CargoHits.AsNoTracking().Include(h => h.Watchlist)
                    .Where(h => h.ConsignmentId == consignmentId)
                    .OrderByDescending(h => h.Score)
                    .ToListAsync(cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                return Outcome<Details>.Ok(new Details(target, null, null, profiles,
                    [.. cargoHits.Select(h => new ListReason(h.Id, h.Watchlist!.Name, h.EntryExternalId, h.Score, StoredExplanation.Parse(h.Explanation), $"{h.Role ?? h.Subject} {h.ScreenedText}"))],
                    consignment));
            }

            // The unit owns the target; the traveller and flight are read past the flight filter because a
            // target exists only for units at either end of the flight, who see it anyway.
            var traveller = await db.FlightTravellers.IgnoreQueryFilters().AsNoTracking().Include(t => t.Flight)
                .FirstAsync(t => t.Id == target.TravellerId, cancellationToken);
            var listHits = await db.ScreeningHits.AsNoTracking().Include(h => h.Watchlist)
                .Where(h => h.TravellerId == target.TravellerId)
                .OrderByDescending(h => h.Score)
                .ToListAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Details>.Ok(new Details(
                target,
                traveller,
                traveller.Flight!,
                profiles,
                [.. listHits.Select(h => new ListReason(h.Id, h.Watchlist!.Name, h.EntryExternalId, h.Score, StoredExplanation.Parse(h.Explanation)))]));
        }
    }
}
