using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Targeting;

namespace Portcullis.Features.Targeting.Queue;

/// <summary>
/// What each target arrives on, as the queue names it: a flight's designator ("JU 512"), or a voyage's
/// vessel and voyage number ("MSC ADRIATIC 0412E") or cargo flight. Read past the scope filter because
/// the target is already the unit's, whichever end of the flight it is at; two small queries.
/// </summary>
internal static class ArrivalNames
{
    public static async Task<Dictionary<Guid, string>> OfAsync(PortcullisDbContext db, IReadOnlyCollection<Target> targets, CancellationToken cancellationToken)
    {
        var flightIds = targets.Where(t => t.FlightId is not null).Select(t => t.FlightId!.Value).Distinct().ToList();
        var voyageIds = targets.Where(t => t.VoyageId is not null).Select(t => t.VoyageId!.Value).Distinct().ToList();
        var flights = flightIds.Count == 0 ? [] : await db.Flights.IgnoreQueryFilters().AsNoTracking()
            .Where(f => flightIds.Contains(f.Id))
            .ToDictionaryAsync(f => f.Id, f => f.Designator, cancellationToken);
        var voyages = voyageIds.Count == 0 ? [] : await db.CargoVoyages.IgnoreQueryFilters().AsNoTracking()
            .Where(v => voyageIds.Contains(v.Id))
            .ToDictionaryAsync(v => v.Id, v => Name(v.VesselName, v.Carrier, v.Number), cancellationToken);
        var names = new Dictionary<Guid, string>();
        foreach (var target in targets)
        {
            var name = target.FlightId is { } f ? flights.GetValueOrDefault(f) : target.VoyageId is { } v ? voyages.GetValueOrDefault(v) : null;
            if (name is not null)
            {
                names[target.Id] = name;
            }
        }

        return names;
    }

    /// <summary>A vessel by its name and voyage; a cargo flight by its carrier and number.</summary>
    public static string Name(string? vesselName, string? carrier, string? number) =>
        string.Join(' ', new[] { vesselName ?? carrier, number }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
