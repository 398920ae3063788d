using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Cargo;
using Portcullis.Domain.Watchlists;
using Portcullis.Features.Audit;
using Portcullis.Features.Screening;
using Portcullis.Formats.Watchlists;
using Portcullis.Matching;
using Portcullis.Matching.Screening;

namespace Portcullis.Features.Cargo;

/// <summary>
/// Screens the parties and containers of consignments and stores the hits that are new. A party is
/// screened by name (the engine recognises legal forms: DOO, SH.P.K., DOOEL, LLC, LTD...) and country
/// against lists of organisations and of persons; a container by its number, which must equal a listed
/// number exactly (a container one digit away is another container: looked up, not searched), against lists of vehicles and
/// containers. Only lists the consignment's jurisdiction can see apply; the same consignment, list and
/// entry never raise a second hit. Writes as the system, past the scope filter.
/// </summary>
public sealed class ScreenConsignments(ScreeningIndexService index, TimeProvider time)
{
    private const int Candidates = 20;

    public Task<int> ScreenAsync(PortcullisDbContext db, IReadOnlyCollection<Guid> consignmentIds, CancellationToken cancellationToken) =>
        index.ScreenInBatchesAsync(consignmentIds, (current, batch) => ScreenChunkAsync(db, current, batch, cancellationToken), cancellationToken);

    private async Task<int> ScreenChunkAsync(PortcullisDbContext db, ScreeningIndex current, Guid[] ids, CancellationToken cancellationToken)
    {
        var consignments = await db.CargoConsignments.IgnoreQueryFilters().AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.VoyageId, c.Jurisdiction })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var parties = await db.ConsignmentParties.IgnoreQueryFilters().AsNoTracking()
            .Where(p => ids.Contains(p.ConsignmentId))
            .Select(p => new { p.ConsignmentId, p.PartyId, p.Role, p.Name, p.Country, p.Party!.Kind })
            .ToListAsync(cancellationToken);
        var containers = await db.ContainerMovements.IgnoreQueryFilters().AsNoTracking()
            .Where(m => ids.Contains(m.ConsignmentId))
            .Select(m => new { m.ConsignmentId, m.ContainerId, m.Container!.Number })
            .ToListAsync(cancellationToken);
        var known = (await db.CargoHits.IgnoreQueryFilters().AsNoTracking()
                .Where(h => ids.Contains(h.ConsignmentId))
                .Select(h => new { h.ConsignmentId, h.WatchlistId, h.EntryExternalId })
                .ToListAsync(cancellationToken))
            .Select(h => (h.ConsignmentId, h.WatchlistId, h.EntryExternalId))
            .ToHashSet();
        var threshold = index.LowestThreshold;

        // The same name on many bills (a regular shipper) is screened once.
        var byName = new Dictionary<(string Name, string Kind, string? Country), IReadOnlyList<MatchResult>>();
        var raised = 0;
        foreach (var party in parties)
        {
            var consignment = consignments[party.ConsignmentId];
            var key = (party.Name, party.Kind, party.Country);
            if (!byName.TryGetValue(key, out var results))
            {
                var nationality = WatchlistCountries.Resolve(party.Country);
                var query = new ScreeningQuery(party.Name, party.Kind == PartyKinds.Person ? SubjectKind.Person : SubjectKind.Organisation,
                    Nationalities: nationality is null ? null : [nationality]);
                results = byName[key] = current.Screen(query, threshold, Candidates);
            }

            foreach (var result in results)
            {
                if (result.Entry.Tag is ScreeningTag tag && tag.Subject is WatchlistSubject.Organisations or WatchlistSubject.Persons
                    && Applies(tag, result.Score, consignment.Jurisdiction) && known.Add((consignment.Id, tag.WatchlistId, tag.ExternalId)))
                {
                    Raise(db, consignment.Id, consignment.VoyageId, consignment.Jurisdiction, CargoHitSubjects.Party, party.Role, party.PartyId, null, party.Name, tag, result);
                    raised++;
                }
            }
        }

        var listedContainers = ListedContainers.Of(current);
        foreach (var container in containers)
        {
            var consignment = consignments[container.ConsignmentId];
            foreach (var entry in listedContainers[container.Number])
            {
                var tag = (ScreeningTag)entry.Tag!;
                if (!Applies(tag, 1f, consignment.Jurisdiction) || known.Contains((consignment.Id, tag.WatchlistId, tag.ExternalId)))
                {
                    continue;
                }

                // Listed containers are rare: the engine is asked only for them, for the explanation it stores with the hit.
                var exact = current.Screen(new ScreeningQuery(container.Number, SubjectKind.Organisation), 0f, Candidates).FirstOrDefault(r => ReferenceEquals(r.Entry, entry));
                if (exact is not null && known.Add((consignment.Id, tag.WatchlistId, tag.ExternalId)))
                {
                    Raise(db, consignment.Id, consignment.VoyageId, consignment.Jurisdiction, CargoHitSubjects.Container, null, null, container.ContainerId, container.Number, tag, exact with { Score = 1f });
                    raised++;
                }
            }
        }

        if (raised > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return raised;
    }

    private static bool Applies(ScreeningTag tag, float score, string? jurisdiction) =>
        jurisdiction is not null && tag.Jurisdictions.Contains(jurisdiction) && score >= tag.Threshold;

    private void Raise(
        PortcullisDbContext db, Guid consignmentId, Guid voyageId, string? jurisdiction, string subject, string? role, Guid? partyId, Guid? containerId,
        string screened, ScreeningTag tag, MatchResult result)
    {
        var hit = new CargoHit
        {
            Id = Guid.CreateVersion7(),
            ConsignmentId = consignmentId,
            VoyageId = voyageId,
            Subject = subject,
            Role = role,
            PartyId = partyId,
            ContainerId = containerId,
            ScreenedText = screened.Length <= TradeParty.NameMaxLength ? screened : screened[..TradeParty.NameMaxLength],
            WatchlistId = tag.WatchlistId,
            VersionNumber = tag.Version,
            EntryRowId = tag.EntryRowId,
            EntryExternalId = tag.ExternalId,
            Score = result.Score,
            Explanation = StoredExplanation.From(result.Explanation).ToJson(),
            CreatedAt = time.GetUtcNow(),
            Status = HitStatus.New,
        };
        db.CargoHits.Add(hit);
        db.Audit(AuditEvents.By(db.Scope, AuditActions.CargoHitRaised, "cargo-hit", hit.Id.ToString("D"), jurisdiction,
            JsonSerializer.Serialize(new
            {
                consignment = consignmentId,
                subject,
                list = tag.WatchlistId,
                version = tag.Version,
                entry = tag.ExternalId,
                score = MathF.Round(result.Score, 3).ToString("0.000", CultureInfo.InvariantCulture),
            })));
    }

}

/// <summary>
/// The container numbers on lists of vehicles and containers, reduced to letters and digits, for an
/// exact lookup: built once per index (a new index comes with every list import).
/// </summary>
internal static class ListedContainers
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ScreeningIndex, ILookup<string, ScreeningEntry>> Built = new();

    public static ILookup<string, ScreeningEntry> Of(ScreeningIndex index) =>
        Built.GetValue(index, static i => i.Entries
            .Where(e => e.Tag is ScreeningTag { Subject: WatchlistSubject.VehiclesAndContainers })
            .SelectMany(e => e.Names.Select(n => (Number: Reduce(n), Entry: e)))
            .ToLookup(x => x.Number, x => x.Entry, StringComparer.Ordinal));

    private static string Reduce(string name) => string.Concat(name.Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant();
}
