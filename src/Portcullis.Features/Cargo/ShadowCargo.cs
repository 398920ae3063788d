using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Features.Targeting;
using Portcullis.Features.Targeting.Queue;
using Portcullis.Profiles.Compiling;
using Portcullis.Profiles.Consignments;

namespace Portcullis.Features.Cargo;

/// <summary>A consignment profile's shadow run: the unit's stored consignments since a day, evaluated without raising anything.</summary>
internal static class ShadowCargo
{
    private const int Batch = 2000;

    public static async Task<(int Evaluated, int Count, List<ShadowRun.Selected> Selected)> RunAsync(
        PortcullisDbContext db, CompiledProfile<ConsignmentFacts> compiled, VersionFacts version, string? location, DateOnly since, int maxListed, CancellationToken cancellationToken)
    {
        var consignments = await db.CargoConsignments.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.Location == location && c.Voyage!.Date >= since && !c.Cancelled)
            .OrderBy(c => c.Voyage!.Date).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Number, c.Voyage!.VesselName, c.Voyage.Carrier, VoyageNumber = c.Voyage.Number, c.Voyage.Date })
            .ToListAsync(cancellationToken);
        var selected = new List<ShadowRun.Selected>();
        var count = 0;
        foreach (var chunk in consignments.Chunk(Batch))
        {
            var facts = await ConsignmentFactsBuilder.BuildAsync(db, [.. chunk.Select(c => c.Id)], cancellationToken);
            foreach (var c in chunk)
            {
                if (!facts.TryGetValue(c.Id, out var subject) || !compiled.Matches(subject))
                {
                    continue;
                }

                count++;
                if (selected.Count < maxListed)
                {
                    var why = StoredProfileExplanation.From(version, compiled.Explain(subject));
                    selected.Add(new ShadowRun.Selected(c.Id, "/cargo/consignments/" + c.Id.ToString("D"), c.Number,
                        ArrivalNames.Name(c.VesselName, c.Carrier, c.VoyageNumber), c.Date, why.Conditions));
                }
            }
        }

        return (consignments.Count, count, selected);
    }
}
