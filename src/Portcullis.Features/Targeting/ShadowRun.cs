using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Features.Audit;
using Portcullis.Features.Targeting.Facts;

namespace Portcullis.Features.Targeting;

/// <summary>
/// Runs a profile version over the unit's stored travellers of the last N days (flights departing from
/// N days ago onwards, those already announced included) without raising anything: how many it would
/// have selected, and which. What targeters look at before submitting, and approvers before approving.
/// Any version can be run, a retired one too. Audited: it reads personal data.
/// </summary>
public static class ShadowRun
{
    public const int MaxDays = 90;
    public const int MaxListed = 100;
    private const int Batch = 2000;

    /// <param name="Text">Text not yet saved (the editor's "try it"): checked and run instead of a stored version.</param>
    public sealed record Query(Guid? VersionId, int Days, string? Text = null, string? Unit = null);

    public sealed record Selected(Guid TravellerId, string Name, string Flight, DateOnly Date, IReadOnlyList<StoredProfileExplanation.Condition> Conditions);

    public sealed record Result(string Profile, int? Version, int Days, int Evaluated, int SelectedCount, IReadOnlyList<Selected> Selected);

    public sealed class Handler(PortcullisDbContext db, TimeProvider time)
    {
        public async Task<Outcome<Result>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!ProfileAccess.MayWrite(db.Scope) && !(ProfileAccess.MayDecide(db.Scope)))
            {
                return Outcome<Result>.Forbidden("Shadow runs are for the unit's targeters and head.");
            }

            if (query.Days is < 1 or > MaxDays)
            {
                return Outcome<Result>.Invalid("days", "range", $"the number of days is 1 to {MaxDays}");
            }

            var version = query.VersionId is { } id ? await db.RiskProfileVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken) : null;
            if (query.VersionId is not null && version is null)
            {
                return Outcome<Result>.NotFound();
            }

            var unit = version?.Unit ?? ProfileAccess.UnitOf(db.Scope, query.Unit)?.Code.Value;
            if (unit is null)
            {
                return ProfileAccess.NoUnit<Result>();
            }

            var lists = await UnitReferenceLists.LoadAsync(db, unit, cancellationToken);
            var check = TravellerProfiles.Check(version?.Text ?? query.Text ?? "", lists);
            if (!check.Succeeded)
            {
                return Outcome<Result>.Invalid(TravellerProfiles.Problems(check.Errors));
            }

            var compiled = check.Profile!.Compile();
            var runnable = new RunnableVersion(version?.Id ?? Guid.Empty, version?.ProfileId ?? Guid.Empty, version?.Number ?? 0, check.Profile.Header.Name!,
                check.Profile.Header.Rationale!, check.Profile.Header.Score ?? 0, 0, "day", compiled);
            var since = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-query.Days);
            var location = Domain.Reference.ReferenceCatalog.Default.FindUnit(new Domain.Reference.UnitCode(unit))?.LocationCode;

            // The unit's flights: those through its port, whichever way (the same rule as the flight filter).
            var travellers = await db.FlightTravellers.IgnoreQueryFilters().AsNoTracking()
                .Where(t => t.Flight!.DepartureDate >= since && (t.Flight.ArrivalLocation == location || t.Flight.DepartureLocation == location))
                .OrderBy(t => t.Flight!.DepartureDate).ThenBy(t => t.Id)
                .Select(t => new { t.Id, t.GivenNames, t.Surname, t.Flight!.Carrier, t.Flight.Number, t.Flight.DepartureDate })
                .ToListAsync(cancellationToken);
            var selected = new List<Selected>();
            var count = 0;
            foreach (var chunk in travellers.Chunk(Batch))
            {
                var facts = await TravellerFactsBuilder.BuildAsync(db, [.. chunk.Select(t => t.Id)], cancellationToken);
                foreach (var t in chunk)
                {
                    if (!facts.TryGetValue(t.Id, out var subject) || !compiled.Matches(subject))
                    {
                        continue;
                    }

                    count++;
                    if (selected.Count < MaxListed)
                    {
                        var why = StoredProfileExplanation.From(runnable, compiled.Explain(subject));
                        selected.Add(new Selected(t.Id, $"{t.GivenNames} {t.Surname}".Trim(), t.Carrier + " " + t.Number, t.DepartureDate, why.Conditions));
                    }
                }
            }

            db.Audit(AuditEvents.By(db.Scope, AuditActions.ProfileShadowRun, "profile", version?.ProfileId.ToString("D"), new Domain.Reference.UnitCode(unit).Jurisdiction.Value,
                JsonSerializer.Serialize(new
                {
                    version = version?.Number,
                    days = query.Days,
                    evaluated = travellers.Count,
                    selected = count.ToString(CultureInfo.InvariantCulture),
                })));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(runnable.Name, version?.Number, query.Days, travellers.Count, count, selected));
        }
    }
}
