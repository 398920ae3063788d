using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Features.Audit;
using Portcullis.Features.Cargo;
using Portcullis.Features.Targeting.Facts;
using Portcullis.Profiles.Compiling;
using Portcullis.Profiles.Travellers;

namespace Portcullis.Features.Targeting;

/// <summary>
/// Runs a profile version over the unit's stored travellers or consignments of the last N days (flights
/// and voyages from N days ago onwards, those already announced included) without raising anything: how many it would
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

    /// <param name="Link">The subject's page: the traveller's, or the consignment's.</param>
    /// <param name="Flight">What it arrives on: the flight, or the vessel's voyage or cargo flight.</param>
    public sealed record Selected(Guid SubjectId, string Link, string Name, string Flight, DateOnly Date, IReadOnlyList<StoredProfileExplanation.Condition> Conditions);

    public sealed record Result(string Profile, int? Version, int Days, int Evaluated, int SelectedCount, IReadOnlyList<Selected> Selected, string SubjectKind = Domain.Targeting.SubjectKinds.Traveller);

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
            var check = ProfileSubjects.Check(version?.Text ?? query.Text ?? "", lists);
            if (!check.Succeeded)
            {
                return Outcome<Result>.Invalid(ProfileSubjects.Problems(check.Errors));
            }

            var header = check.Header;
            var facts = new VersionFacts(version?.Id ?? Guid.Empty, version?.ProfileId ?? Guid.Empty, version?.Number ?? 0, header.Name!, header.Rationale!, header.Score ?? 0, 0, "day");
            var since = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-query.Days);
            var location = Domain.Reference.ReferenceCatalog.Default.FindUnit(new Domain.Reference.UnitCode(unit))?.LocationCode;
            var (evaluated, count, selected) = check.Consignments?.Profile is { } cargo
                ? await ShadowCargo.RunAsync(db, cargo.Compile(), facts, location, since, MaxListed, cancellationToken)
                : await RunOnTravellersAsync(check.Travellers!.Profile!.Compile(), facts, location, since, cancellationToken);

            db.Audit(AuditEvents.By(db.Scope, AuditActions.ProfileShadowRun, "profile", version?.ProfileId.ToString("D"), new Domain.Reference.UnitCode(unit).Jurisdiction.Value,
                JsonSerializer.Serialize(new
                {
                    version = version?.Number,
                    days = query.Days,
                    evaluated,
                    selected = count.ToString(CultureInfo.InvariantCulture),
                })));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(facts.Name, version?.Number, query.Days, evaluated, count, selected, ProfileSubjects.KindOf(check)));
        }

        private async Task<(int Evaluated, int Count, List<Selected> Selected)> RunOnTravellersAsync(
            CompiledProfile<TravellerFacts> compiled, VersionFacts version, string? location, DateOnly since, CancellationToken cancellationToken)
        {
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
                        var why = StoredProfileExplanation.From(version, compiled.Explain(subject));
                        selected.Add(new Selected(t.Id, "/travellers/" + t.Id.ToString("D"), $"{t.GivenNames} {t.Surname}".Trim(), t.Carrier + " " + t.Number, t.DepartureDate, why.Conditions));
                    }
                }
            }

            return (travellers.Count, count, selected);
        }
    }
}
