using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Passengers;
using Portcullis.Features.Targeting.Facts;
using Portcullis.Profiles.Travellers;

namespace Portcullis.Features.Targeting;

/// <summary>
/// Turns arriving passenger data into the units' targets: the travellers a message touched, with their
/// facts (<see cref="TravellerFactsBuilder"/>), their watchlist hits and the units at either end of their
/// flight (<see cref="PassengerUnits"/>), handed to <see cref="SubjectTargeting"/>. Runs as the system
/// after screening, past the scope filter, as screening does (ADR 0013).
/// </summary>
public sealed class TargetTravellers(ProfileSetCache profiles, SubjectTargeting targeting, TimeProvider time)
{
    public async Task<TargetingResult> TargetAsync(PortcullisDbContext db, IReadOnlyCollection<Guid> travellerIds, CancellationToken cancellationToken)
    {
        var ids = travellerIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return TargetingResult.None;
        }

        await profiles.Gate.WaitAsync(cancellationToken);
        try
        {
            // A thousand at a time: a file of many flights' passengers would pass the databases' limits
            // on a statement's parameters (32,766 on SQLite) in one query.
            var result = TargetingResult.None;
            foreach (var chunk in ids.Chunk(1000))
            {
                result += await TargetChunkAsync(db, chunk, cancellationToken);
            }

            return result;
        }
        finally
        {
            profiles.Gate.Release();
        }
    }

    private async Task<TargetingResult> TargetChunkAsync(PortcullisDbContext db, Guid[] ids, CancellationToken cancellationToken)
    {
        var travellers = await db.FlightTravellers.IgnoreQueryFilters().AsNoTracking().Include(t => t.Flight)
            .Where(t => ids.Contains(t.Id))
            .ToListAsync(cancellationToken);
        if (!travellers.Any(t => PassengerUnits.Of(t.Flight!).Any()))
        {
            return TargetingResult.None;
        }

        var facts = await TravellerFactsBuilder.BuildAsync(db, ids, cancellationToken);
        var listHits = await ListHitsAsync(db, ids, cancellationToken);
        var subjects = travellers
            .Where(t => facts.ContainsKey(t.Id))
            .Select(t => new TargetingSubject<TravellerFacts>(
                t.Id, t.FlightId, SubjectName(t), facts[t.Id], t.TargetedAt is null,
                [.. PassengerUnits.Of(t.Flight!).Select(u => new SubjectUnit(u.Unit, u.AtArrival ? t.Flight!.Arrival : t.Flight!.Departure))],
                [.. listHits[t.Id]]))
            .ToList();
        var result = await targeting.RunAsync(db, ProfileSubjects.Travellers, subjects, cancellationToken);
        var now = time.GetUtcNow();
        await db.FlightTravellers.IgnoreQueryFilters().Where(t => ids.Contains(t.Id) && t.TargetedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.TargetedAt, now), cancellationToken);
        return result;
    }

    private static async Task<ILookup<Guid, (float Score, IReadOnlySet<string> Jurisdictions)>> ListHitsAsync(PortcullisDbContext db, Guid[] ids, CancellationToken cancellationToken)
    {
        var screening = await db.ScreeningHits.IgnoreQueryFilters().AsNoTracking()
            .Where(h => ids.Contains(h.TravellerId))
            .Select(h => new { h.TravellerId, h.Score, h.Watchlist!.OwnerJurisdiction, Shared = h.Watchlist.SharedWith.Select(s => s.Jurisdiction).ToList() })
            .ToListAsync(cancellationToken);
        return screening.ToLookup(h => h.TravellerId, h => (h.Score, (IReadOnlySet<string>)h.Shared.Append(h.OwnerJurisdiction).ToHashSet(StringComparer.Ordinal)));
    }

    private static string SubjectName(FlightTraveller t)
    {
        var name = string.Join(' ', new[] { t.GivenNames, t.Surname }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return name.Length == 0 ? t.DocumentNumber ?? "?" : name;
    }
}
