using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Cargo;
using Portcullis.Domain.Reference;
using Portcullis.Profiles.Consignments;

namespace Portcullis.Features.Cargo;

/// <summary>
/// Flattens what is stored about consignments into the <see cref="ConsignmentFacts"/> consignment
/// profiles are evaluated on: the declaration, the reference data's verdicts (HS code found, description
/// fits, places known), the parties' and containers' history before the consignment, amendments and
/// watchlist hits. A fixed number of queries for any number of consignments.
/// </summary>
public static class ConsignmentFactsBuilder
{
    public static async Task<IReadOnlyDictionary<Guid, ConsignmentFacts>> BuildAsync(PortcullisDbContext db, IReadOnlyCollection<Guid> consignmentIds, CancellationToken ct)
    {
        var result = new Dictionary<Guid, ConsignmentFacts>(consignmentIds.Count);
        var partyHistory = new History();
        var containerHistory = new History();
        foreach (var chunk in consignmentIds.Distinct().Chunk(1000))
        {
            await BuildChunkAsync(db, chunk, result, partyHistory, containerHistory, ct);
        }

        return result;
    }

    private static async Task BuildChunkAsync(
        PortcullisDbContext db, Guid[] ids, Dictionary<Guid, ConsignmentFacts> result, History partyHistory, History containerHistory, CancellationToken ct)
    {
        var consignments = await db.CargoConsignments.IgnoreQueryFilters().AsNoTracking().Include(c => c.Voyage)
            .Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var goods = (await db.CargoGoods.AsNoTracking().Where(g => ids.Contains(g.ConsignmentId)).ToListAsync(ct)).ToLookup(g => g.ConsignmentId);
        var parties = (await db.ConsignmentParties.IgnoreQueryFilters().AsNoTracking().Include(p => p.Party)
            .Where(p => ids.Contains(p.ConsignmentId)).ToListAsync(ct)).ToLookup(p => p.ConsignmentId);
        var movements = (await db.ContainerMovements.IgnoreQueryFilters().AsNoTracking().Include(m => m.Container)
            .Where(m => ids.Contains(m.ConsignmentId)).ToListAsync(ct)).ToLookup(m => m.ConsignmentId);
        var hits = (await db.CargoHits.IgnoreQueryFilters().AsNoTracking().Where(h => ids.Contains(h.ConsignmentId))
            .Select(h => new { h.ConsignmentId, h.Subject }).ToListAsync(ct)).ToLookup(h => h.ConsignmentId, h => h.Subject);

        // History before each consignment: the parties' and containers' consignments by when each was first seen.
        await partyHistory.LoadAsync(parties.SelectMany(g => g).Select(p => p.PartyId), chunk => db.ConsignmentParties.IgnoreQueryFilters()
            .Where(p => chunk.Contains(p.PartyId)).GroupBy(p => new { p.PartyId, p.Consignment!.FirstSeenAt })
            .Select(g => new Seen(g.Key.PartyId, g.Key.FirstSeenAt, g.Select(p => p.ConsignmentId).Distinct().Count())), ct);
        await containerHistory.LoadAsync(movements.SelectMany(g => g).Select(m => m.ContainerId), chunk => db.ContainerMovements.IgnoreQueryFilters()
            .Where(m => chunk.Contains(m.ContainerId)).GroupBy(m => new { m.ContainerId, m.Consignment!.FirstSeenAt })
            .Select(g => new Seen(g.Key.ContainerId, g.Key.FirstSeenAt, g.Count())), ct);

        // A manifest repeats the same goods on many bills: each description and code is judged once.
        var verdicts = new Dictionary<(string?, string?), GoodsFacts>();
        foreach (var c in consignments)
        {
            result[c.Id] = Build(c, [.. goods[c.Id].OrderBy(g => g.Sequence)], [.. parties[c.Id]], [.. movements[c.Id]], [.. hits[c.Id]], partyHistory, containerHistory, verdicts);
        }
    }

    private sealed record Seen(Guid Id, DateTimeOffset At, int Count);

    /// <summary>
    /// The histories read so far, by party or container. Each is read once per build: a trader on
    /// thousands of a manifest's bills, read again for every thousand of them, made the build grow with the
    /// square of the manifest (60,000 bills took six times as long as 20,000).
    /// </summary>
    private sealed class History
    {
        private readonly Dictionary<Guid, List<Seen>> _seen = [];

        public IEnumerable<Seen> this[Guid id] => _seen.TryGetValue(id, out var seen) ? seen : [];

        public async Task LoadAsync(IEnumerable<Guid> ids, Func<Guid[], IQueryable<Seen>> query, CancellationToken ct)
        {
            var missing = ids.Where(id => !_seen.ContainsKey(id)).Distinct().ToList();
            foreach (var id in missing)
            {
                _seen[id] = [];
            }

            foreach (var chunk in missing.Chunk(500))
            {
                foreach (var row in await query(chunk).ToListAsync(ct))
                {
                    _seen[row.Id].Add(row);
                }
            }
        }
    }

    private static ConsignmentFacts Build(
        CargoConsignment c, List<CargoGoodsItem> goods, List<ConsignmentParty> parties, List<ContainerMovement> movements, List<string> hits,
        History partyHistory, History containerHistory, Dictionary<(string?, string?), GoodsFacts> verdicts)
    {
        var voyage = c.Voyage!;
        var mode = voyage.Mode;
        var transshipments = c.TransshipmentList.Select(t => new CargoPlace(t, CargoPlaces.CountryOf(mode, t))).ToList();
        var weight = c.GrossWeightKg ?? NullIfZero(goods.Sum(g => g.GrossWeightKg ?? 0));
        var value = c.DeclaredValue ?? c.CustomsValue ?? NullIfZero(goods.Sum(g => g.Value ?? 0));
        var loading = c.PortOfLoading ?? c.Origin;
        var destination = c.PlaceOfDelivery ?? c.Destination ?? c.PortOfDischarge;
        var route = new[] { c.Origin, c.PortOfLoading, c.PortOfDischarge, c.PlaceOfDelivery, c.Destination }.Concat(c.TransshipmentList);
        return new ConsignmentFacts
        {
            Mode = mode,
            Kind = c.Kind,
            IsHouse = c.MasterNumber is not null,
            Carrier = voyage.Carrier,
            Port = voyage.Port,
            Arrival = voyage.Arrival,
            RouteOrigin = c.Origin ?? loading,
            RouteOriginCountry = CargoPlaces.CountryOf(mode, c.Origin ?? loading),
            RouteLoading = loading,
            RouteLoadingCountry = CargoPlaces.CountryOf(mode, loading),
            RouteDischarge = c.PortOfDischarge,
            RouteDestination = destination,
            RouteDestinationCountry = CargoPlaces.CountryOf(mode, destination),
            RouteTransshipments = transshipments,
            RouteTransshipmentCount = transshipments.Count,
            Goods = [.. goods.Select(g => Goods(g, verdicts))],
            GoodsDescription = string.Join(" / ", goods.Select(g => g.Description).Where(d => !string.IsNullOrWhiteSpace(d))),
            Pieces = c.Pieces ?? (goods.Any(g => g.Packages is not null) && goods.Sum(g => (long)(g.Packages ?? 0)) is var packages and <= int.MaxValue ? (int)packages : null),
            GrossWeightKg = weight,
            VolumeM3 = c.VolumeM3,
            DeclaredValue = value,
            DeclaredCurrency = c.DeclaredCurrency ?? c.CustomsCurrency ?? goods.Select(g => g.Currency).FirstOrDefault(x => x is not null),
            ValuePerKg = PerKg(value, weight),
            FreightTerms = c.FreightTerms,
            PaymentMethod = c.PaymentMethod,
            PaidInCash = c.PaymentMethod is null ? null : c.PaymentMethod == "cash",
            Shipper = Party(c, parties, "shipper", partyHistory),
            Consignee = Party(c, parties, "consignee", partyHistory),
            Notify = Party(c, parties, "notify", partyHistory),
            HasForwarder = parties.Any(p => p.Role == "forwarder"),
            Containers = [.. movements.Select(m => Container(c, m, containerHistory))],
            ContainerCount = movements.Count,
            ContainerNumberInvalid = movements.Any(m => m.Container!.NumberValid == false),
            SpecialHandling = [.. c.SpecialHandling.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => new HandlingCode(h))],
            Amendments = c.AmendmentCount,
            AmendedHoursBeforeArrival = HoursBeforeArrival(c.AmendedAt, voyage),
            WatchlistHits = hits.Count,
            WatchlistPartyHits = hits.Count(h => h == CargoHitSubjects.Party),
            WatchlistContainerHits = hits.Count(h => h == CargoHitSubjects.Container),
            UnknownHsCodes = goods.Count(g => !string.IsNullOrWhiteSpace(g.HsCode) && !HsNomenclature.Default.IsKnown(g.HsCode)),
            UnknownPlaces = route.Where(p => p is not null).Distinct(StringComparer.Ordinal).Count(p => CargoPlaces.IsUnknown(mode, p)),
            AwbCheckDigitWrong = mode == CargoModes.Air ? c.NumberValid == false : null,
        };
    }

    private static GoodsFacts Goods(CargoGoodsItem g, Dictionary<(string?, string?), GoodsFacts> verdicts)
    {
        if (!verdicts.TryGetValue((g.Description, g.HsCode), out var judged))
        {
            judged = verdicts[(g.Description, g.HsCode)] = Judged(g.Description, g.HsCode);
        }

        return judged with
        {
            Packages = g.Packages,
            GrossWeightKg = g.GrossWeightKg,
            Value = g.Value,
            ValuePerKg = PerKg(g.Value, g.GrossWeightKg),
            Dangerous = g.UnNumber is not null,
        };
    }

    /// <summary>What the nomenclature says of a description and code, the same on every bill that declares them.</summary>
    private static GoodsFacts Judged(string? description, string? hsCode)
    {
        var verdict = HsDescriptionCheck.Default.Check(description, hsCode);
        return new GoodsFacts
        {
            Description = description,
            HsCode = hsCode,
            HsChapter = hsCode is { Length: >= 2 } ? hsCode[..2] : null,
            HsHeading = hsCode is { Length: >= 4 } ? hsCode[..4] : null,
            HsKnown = string.IsNullOrWhiteSpace(hsCode) ? null : HsNomenclature.Default.IsKnown(hsCode),
            FitsHs = verdict.Fit switch { HsFit.Fits => true, HsFit.DoesNotFit => false, _ => null },
            Vague = string.IsNullOrWhiteSpace(description) ? null : verdict.Vague,
        };
    }

    private static PartyFacts? Party(CargoConsignment c, List<ConsignmentParty> parties, string role, History history)
    {
        var party = parties.FirstOrDefault(p => p.Role == role);
        if (party?.Party is not { } known)
        {
            return null;
        }

        var before = history[party.PartyId].Where(s => s.At < c.FirstSeenAt).Sum(s => s.Count);
        return new PartyFacts
        {
            Name = party.Name,
            Country = party.Country,
            IsPerson = known.Kind == PartyKinds.Person,
            ResidentialAddress = party.Street is null ? null : ResidentialAddress.Looks(party.Street),
            FirstTimeSeen = before == 0,
            PreviousConsignments = before,
            DaysSinceFirstSeen = (int)Math.Max(0, (c.FirstSeenAt - known.FirstSeenAt).TotalDays),
        };
    }

    private static ContainerFacts Container(CargoConsignment c, ContainerMovement m, History history) => new(
        m.Container!.Number,
        m.Container.NumberValid,
        m.Container.SizeType,
        m.Loading is null ? null : m.Loading == "empty",
        history[m.ContainerId].Where(s => s.At < c.FirstSeenAt).Sum(s => s.Count),
        m.Seals.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);

    private static decimal? PerKg(decimal? value, decimal? weight) =>
        value is { } v && weight is { } w && w > 0 ? Math.Round(v / w, 2) : null;

    private static decimal? NullIfZero(decimal sum) => sum == 0 ? null : sum;

    /// <summary>Hours from the last amendment to the arrival at the port, in the port's time zone; negative when amended after arrival.</summary>
    private static decimal? HoursBeforeArrival(DateTimeOffset? amendedAt, CargoVoyage voyage)
    {
        if (amendedAt is not { } amended || voyage.Arrival is not { } arrival || voyage.Location is null
            || ReferenceCatalog.Default.FindLocation(voyage.Location) is not { } location
            || !TimeZoneInfo.TryFindSystemTimeZoneById(location.TimeZone, out var zone))
        {
            return null;
        }

        var local = DateTime.SpecifyKind(arrival, DateTimeKind.Unspecified);
        var arrivalUtc = new DateTimeOffset(local, zone.GetUtcOffset(local));
        return Math.Round((decimal)(arrivalUtc - amended).TotalHours, 1);
    }
}
