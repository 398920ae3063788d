using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Passengers;
using Portcullis.Domain.Watchlists;
using Portcullis.Features.Audit;
using Portcullis.Formats.Watchlists;
using Portcullis.Matching;
using Portcullis.Matching.Evidence;
using Portcullis.Matching.Screening;

namespace Portcullis.Features.Screening;

/// <summary>
/// Screens travellers against the current index and stores the hits that are new. Called by the
/// message processor for the travellers a message touched, and after each import for everyone still
/// due. A traveller is screened only against the lists the jurisdiction of either end of the flight
/// can see; the same traveller, list and entry id never raise a second hit. Writes as the system,
/// past the scope filter, as the passenger data applier does (ADR 0009, ADR 0011).
/// </summary>
public sealed class ScreenTravellers(ScreeningIndexService index, TimeProvider time)
{
    /// <summary>How many candidates the engine returns per traveller before the lists' own rules filter them.</summary>
    private const int Candidates = 20;

    /// <summary>Screens the travellers and returns how many new hits were raised.</summary>
    public Task<int> ScreenAsync(PortcullisDbContext db, IReadOnlyCollection<Guid> travellerIds, CancellationToken cancellationToken) =>
        index.ScreenInBatchesAsync(travellerIds, (current, batch) => ScreenChunkAsync(db, current, batch, cancellationToken), cancellationToken);

    private async Task<int> ScreenChunkAsync(PortcullisDbContext db, ScreeningIndex current, Guid[] ids, CancellationToken cancellationToken)
    {
        var travellers = await db.FlightTravellers.IgnoreQueryFilters().AsNoTracking().Include(t => t.Flight)
            .Where(t => ids.Contains(t.Id))
            .ToListAsync(cancellationToken);
        var known = (await db.ScreeningHits.IgnoreQueryFilters().AsNoTracking()
                .Where(h => ids.Contains(h.TravellerId))
                .Select(h => new { h.TravellerId, h.WatchlistId, h.EntryExternalId })
                .ToListAsync(cancellationToken))
            .Select(h => (h.TravellerId, h.WatchlistId, h.EntryExternalId))
            .ToHashSet();
        var threshold = index.LowestThreshold;
        var raised = 0;
        foreach (var traveller in travellers)
        {
            var jurisdictions = new[] { traveller.Flight?.ArrivalJurisdiction, traveller.Flight?.DepartureJurisdiction }.OfType<string>().ToList();
            var query = QueryFor(traveller);
            if (jurisdictions.Count == 0 || query is null)
            {
                continue;
            }

            foreach (var result in current.Screen(query, threshold, Candidates))
            {
                if (result.Entry.Tag is not ScreeningTag tag
                    || !tag.AppliesToTravellers
                    || !jurisdictions.Any(tag.Jurisdictions.Contains)
                    || result.Score < tag.Threshold
                    || !known.Add((traveller.Id, tag.WatchlistId, tag.ExternalId)))
                {
                    continue;
                }

                var hit = new ScreeningHit
                {
                    Id = Guid.CreateVersion7(),
                    TravellerId = traveller.Id,
                    FlightId = traveller.FlightId,
                    WatchlistId = tag.WatchlistId,
                    VersionNumber = tag.Version,
                    EntryRowId = tag.EntryRowId,
                    EntryExternalId = tag.ExternalId,
                    Score = result.Score,
                    ScreenedName = Clip(query.Name, FlightTraveller.NameMaxLength * 2),
                    Explanation = StoredExplanation.From(result.Explanation).ToJson(),
                    CreatedAt = time.GetUtcNow(),
                    Status = HitStatus.New,
                };
                db.ScreeningHits.Add(hit);
                db.Audit(AuditEvents.By(db.Scope, AuditActions.ScreeningHitRaised, "screening-hit", hit.Id.ToString("D"),
                    traveller.Flight!.ArrivalJurisdiction ?? traveller.Flight.DepartureJurisdiction,
                    JsonSerializer.Serialize(new
                    {
                        traveller = traveller.Id,
                        list = tag.WatchlistId,
                        version = tag.Version,
                        entry = tag.ExternalId,
                        score = MathF.Round(result.Score, 3).ToString("0.000", CultureInfo.InvariantCulture),
                    })));
                raised++;
            }
        }

        if (raised > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return raised;
    }

    /// <summary>What the engine is asked about a traveller: the name given names first, with the surname apart, and the evidence.</summary>
    internal static ScreeningQuery? QueryFor(FlightTraveller t)
    {
        var name = string.Join(' ', new[] { t.GivenNames, t.Surname }.Where(p => !string.IsNullOrWhiteSpace(p))).Trim();
        if (name.Length == 0 && string.IsNullOrWhiteSpace(t.DocumentNumber))
        {
            return null;
        }

        var nationality = WatchlistCountries.Resolve(t.Nationality);
        var sex = t.Sex is { Length: > 0 } s && (s[0] == 'M' || s[0] == 'F') ? s[0] : (char?)null;
        var birth = t.DateOfBirth is { } d ? new PartialDate(d.Year, d.Month, d.Day) : (PartialDate?)null;
        return new ScreeningQuery(name, SubjectKind.Person, birth, nationality is null ? null : [nationality], sex, t.DocumentNumber)
        {
            FamilyName = string.IsNullOrWhiteSpace(t.Surname) ? null : t.Surname,
        };
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
