using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Data.Storage;
using Portcullis.Domain.Cargo;
using Portcullis.Domain.Passengers;
using Portcullis.Formats;
using Portcullis.Formats.Cargo;

namespace Portcullis.Features.Cargo;

/// <summary>
/// Applies what a cargo file says to the model: its voyage (vessel call or cargo flight), each
/// consignment (created, or replaced by the latest message that declares it), their parties with their
/// history, goods and containers with their movements; houses are linked to their masters whichever
/// arrives first. An amendment counts against the consignments it changes and a cancellation keeps the
/// consignment, marked cancelled. Applying the same message again changes nothing, so a reprocess is
/// safe. A manifest may hold ten thousand bills: it is applied in one transaction with one query per
/// kind of row, and its new rows are written in bulk (<see cref="BulkInsert"/>, ADR 0016). Writes as the system, past the scope filter, as the passenger data applier does (ADR 0009).
/// </summary>
public sealed class CargoDataApplier(PortcullisDbContext db, TimeProvider time)
{
    public sealed record Applied(IReadOnlyList<Guid> ConsignmentIds, IReadOnlyList<Diagnostic> Problems, string? Jurisdiction, string? Summary);

    /// <summary>Applies the messages one at a time as they are read, saving each: a file of many manifests is never held whole.</summary>
    public async Task<Applied> ApplyAsync(ReceivedMessage message, IEnumerable<CargoMessage> messages, CancellationToken cancellationToken)
    {
        var receivedOn = DateOnly.FromDateTime(message.ReceivedAt.UtcDateTime);
        var problems = new List<Diagnostic>();
        var touched = new HashSet<Guid>();
        CargoVoyage? first = null;
        foreach (var cargo in messages)
        {
            var numbered = cargo.Consignments.Where(c => !string.IsNullOrWhiteSpace(c.Number)).ToList();
            foreach (var missing in cargo.Consignments.Where(c => string.IsNullOrWhiteSpace(c.Number)))
            {
                problems.Add(new Diagnostic(Severity.Error, "cargo.no-number",
                    $"a {missing.Kind} without a number cannot be stored (shipper {missing.Parties.FirstOrDefault(p => p.Role == "shipper")?.Name ?? "not given"}); the message is kept for a fix and a reprocess"));
            }

            if (numbered.Count == 0)
            {
                continue;
            }

            if (VoyageIdentity.Of(cargo, numbered[0], receivedOn) is not { } identity)
            {
                problems.Add(new Diagnostic(Severity.Error, "cargo.no-port", $"{cargo.Type} message {cargo.Reference}: no port of call, airport or port of discharge, so no voyage to store its consignments under"));
                continue;
            }

            problems.AddRange(CargoReferenceChecks.Of(cargo, identity.Mode));
            var now = time.GetUtcNow();
            var voyage = await VoyageAsync(identity, cargo, message, now, problems, cancellationToken);
            first ??= voyage;
            var rows = new NewRows();

            // One transaction per manifest, so a bill is never left without its parties or goods: the bills'
            // old children are cleared, the tracked rows (voyage, parties, containers, changed bills) saved,
            // then the new rows they own written in bulk.
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                touched.UnionWith(await ApplyConsignmentsAsync(voyage, cargo, numbered, message, now, rows, cancellationToken));
                await db.SaveChangesAsync(cancellationToken);
                await db.InsertAsync(rows.Consignments, cancellationToken);
                await db.InsertAsync(rows.Parties, cancellationToken);
                await db.InsertAsync(rows.Goods, cancellationToken);
                await db.InsertAsync(rows.Movements, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            await LinkHousesAsync(numbered, cancellationToken);
            await RecountAsync(voyage.Id, cancellationToken);
            ForgetCargoRows();
        }

        var summary = first is null ? null
            : $"{VoyageName(first)} {first.Port} {first.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, {touched.Count.ToString(CultureInfo.InvariantCulture)} {(touched.Count == 1 ? "consignment" : "consignments")}";
        return new Applied([.. touched], problems, first?.Jurisdiction, summary);
    }

    /// <summary>
    /// What one manifest wrote is saved: the change tracker forgets it, so the next manifest starts light
    /// and the caller's own rows (the received message) are tracked as they were. Clearing and
    /// re-attaching those few is far cheaper than detaching thousands of cargo rows one by one.
    /// </summary>
    private void ForgetCargoRows()
    {
        var others = db.ChangeTracker.Entries()
            .Where(e => e.Entity is not (CargoVoyage or CargoConsignment or CargoGoodsItem or TradeParty or ConsignmentParty or CargoContainer or ContainerMovement))
            .Select(e => (e.Entity, e.State))
            .ToList();
        db.ChangeTracker.Clear();
        foreach (var (entity, state) in others)
        {
            db.Entry(entity).State = state;
        }
    }

    private static string VoyageName(CargoVoyage v) => string.Join(' ', new[] { v.VesselName ?? v.Carrier, v.Number }.Where(p => !string.IsNullOrWhiteSpace(p)));

    private async Task<CargoVoyage> VoyageAsync(VoyageIdentity identity, CargoMessage cargo, ReceivedMessage message, DateTimeOffset now, List<Diagnostic> problems, CancellationToken cancellationToken)
    {
        var voyage = await db.CargoVoyages.IgnoreQueryFilters().FirstOrDefaultAsync(v => v.Key == identity.Key, cancellationToken);
        if (voyage is null)
        {
            var location = CargoPorts.Find(identity.Mode, identity.Port);
            if (location is null)
            {
                problems.Add(new Diagnostic(Severity.Warning, "cargo.port-not-covered",
                    $"{identity.Port} is not one of the programme's ports or airports: the {(identity.Mode == CargoModes.Sea ? "call" : "flight")} is stored, but no unit targets it"));
            }

            voyage = db.CargoVoyages.Add(new CargoVoyage
            {
                Id = Guid.CreateVersion7(),
                Key = Clip(identity.Key, CargoVoyage.KeyMaxLength)!,
                Mode = identity.Mode,
                Port = identity.Port,
                Date = identity.Date,
                Location = location?.Code,
                Jurisdiction = location?.Jurisdiction.Value ?? message.Jurisdiction,
                FirstSeenAt = now,
            }).Entity;
        }

        voyage.Carrier = Clip(identity.Carrier, CargoVoyage.CodeMaxLength) ?? voyage.Carrier;
        voyage.Number = Clip(identity.Number, CargoVoyage.CodeMaxLength) ?? voyage.Number;
        voyage.From = Clip(identity.From, CargoConsignment.PlaceMaxLength) ?? voyage.From;
        voyage.To = Clip(identity.To, CargoConsignment.PlaceMaxLength) ?? voyage.To;
        voyage.CarrierName = Clip(identity.CarrierName, CargoVoyage.NameMaxLength) ?? voyage.CarrierName;
        if (cargo.Voyage is { } sea)
        {
            voyage.VesselName = Clip(sea.VesselName, CargoVoyage.NameMaxLength) ?? voyage.VesselName;
            voyage.ImoNumber = Clip(sea.ImoNumber, CargoVoyage.CodeMaxLength) ?? voyage.ImoNumber;
            voyage.CallSign = Clip(sea.CallSign, CargoVoyage.CodeMaxLength) ?? voyage.CallSign;
            voyage.CarrierName = Clip(sea.CarrierName, CargoVoyage.NameMaxLength) ?? voyage.CarrierName;
            voyage.Arrival = sea.Arrival ?? voyage.Arrival;
            voyage.Departure = sea.Departure ?? voyage.Departure;
        }

        voyage.UpdatedAt = now;
        return voyage;
    }

    /// <summary>The rows a manifest adds, written in bulk after the tracked ones (<see cref="BulkInsert"/>): tracking each would cost more than writing it.</summary>
    private sealed class NewRows
    {
        public List<CargoConsignment> Consignments { get; } = [];
        public List<ConsignmentParty> Parties { get; } = [];
        public List<CargoGoodsItem> Goods { get; } = [];
        public List<ContainerMovement> Movements { get; } = [];
    }

    private async Task<List<Guid>> ApplyConsignmentsAsync(
        CargoVoyage voyage, CargoMessage cargo, List<Consignment> declared, ReceivedMessage message, DateTimeOffset now, NewRows rows, CancellationToken cancellationToken)
    {
        var numbers = declared.Select(c => Clip(c.Number, CargoConsignment.NumberMaxLength)!).Distinct(StringComparer.Ordinal).ToList();
        var existing = new Dictionary<string, CargoConsignment>(StringComparer.Ordinal);
        foreach (var chunk in numbers.Chunk(500))
        {
            foreach (var c in await db.CargoConsignments.IgnoreQueryFilters().Where(c => c.VoyageId == voyage.Id && chunk.Contains(c.Number)).ToListAsync(cancellationToken))
            {
                existing[c.Number] = c;
            }
        }

        // Counted once per message: a reprocess of the amendment finds its own message on the consignments.
        var reapplied = existing.Values.Any(c => c.LastMessageId == message.Id);
        if (cargo.Function != "original" && !reapplied)
        {
            voyage.AmendmentCount++;
        }

        var links = await ExistingLinksAsync([.. existing.Values.Select(c => c.Id)], cancellationToken);
        var jurisdiction = voyage.Jurisdiction ?? "";
        var parties = await PartiesAsync(jurisdiction, declared, now, cancellationToken);
        var containers = await ContainersAsync(jurisdiction, declared, now, cancellationToken);
        var ids = new List<Guid>(declared.Count);
        foreach (var item in declared)
        {
            var number = Clip(item.Number, CargoConsignment.NumberMaxLength)!;
            if (!existing.TryGetValue(number, out var consignment))
            {
                consignment = new CargoConsignment
                {
                    Id = Guid.CreateVersion7(),
                    VoyageId = voyage.Id,
                    Number = number,
                    FirstMessageId = message.Id,
                    FirstSeenAt = now,
                    Location = voyage.Location,
                    Jurisdiction = voyage.Jurisdiction,
                };
                rows.Consignments.Add(consignment);
                existing[number] = consignment;
            }
            else if (consignment.LastMessageId != message.Id && cargo.Function != "original")
            {
                consignment.AmendmentCount++;
                consignment.AmendedAt = now;
            }

            consignment.Cancelled = cargo.Function == "cancellation" || (consignment.Cancelled && cargo.Function != "original");
            ConsignmentFields.Copy(item, consignment);
            consignment.LastMessageId = message.Id;
            consignment.UpdatedAt = now;
            AddParties(consignment, item, parties, links, rows, now);
            AddGoodsAndMovements(voyage, consignment, item, containers, links, rows, now);
            ids.Add(consignment.Id);
        }

        return ids;
    }

    /// <summary>The parties and containers already on these consignments (so history counts each once), then cleared for the new declaration.</summary>
    private async Task<HashSet<(Guid Consignment, Guid Other)>> ExistingLinksAsync(List<Guid> consignmentIds, CancellationToken cancellationToken)
    {
        var links = new HashSet<(Guid, Guid)>();
        foreach (var chunk in consignmentIds.Chunk(500))
        {
            var parties = await db.ConsignmentParties.IgnoreQueryFilters().Where(p => chunk.Contains(p.ConsignmentId)).Select(p => new { p.ConsignmentId, p.PartyId }).ToListAsync(cancellationToken);
            var movements = await db.ContainerMovements.IgnoreQueryFilters().Where(m => chunk.Contains(m.ConsignmentId)).Select(m => new { m.ConsignmentId, m.ContainerId }).ToListAsync(cancellationToken);
            links.UnionWith(parties.Select(p => (p.ConsignmentId, p.PartyId)));
            links.UnionWith(movements.Select(m => (m.ConsignmentId, m.ContainerId)));
            await db.ConsignmentParties.IgnoreQueryFilters().Where(p => chunk.Contains(p.ConsignmentId)).ExecuteDeleteAsync(cancellationToken);
            await db.ContainerMovements.IgnoreQueryFilters().Where(m => chunk.Contains(m.ConsignmentId)).ExecuteDeleteAsync(cancellationToken);
            await db.CargoGoods.Where(g => chunk.Contains(g.ConsignmentId)).ExecuteDeleteAsync(cancellationToken);
        }

        return links;
    }

    private async Task<Dictionary<string, TradeParty>> PartiesAsync(string jurisdiction, List<Consignment> declared, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var wanted = declared.SelectMany(c => c.Parties).Where(p => !string.IsNullOrWhiteSpace(p.Name))
            .GroupBy(PartyIdentity.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var known = new Dictionary<string, TradeParty>(StringComparer.Ordinal);
        foreach (var chunk in wanted.Keys.Chunk(500))
        {
            foreach (var party in await db.TradeParties.IgnoreQueryFilters().Where(p => p.Jurisdiction == jurisdiction && chunk.Contains(p.Key)).ToListAsync(cancellationToken))
            {
                known[party.Key] = party;
            }
        }

        foreach (var (key, party) in wanted)
        {
            if (!known.TryGetValue(key, out var row))
            {
                // Each manifest starts with an empty change tracker (ForgetCargoRows), so the query above saw every party already stored.
                row = known[key] = db.TradeParties.Add(new TradeParty { Id = Guid.CreateVersion7(), Jurisdiction = jurisdiction, Key = key, FirstSeenAt = now, Kind = PartyIdentity.KindOf(party.Name) }).Entity;
            }

            row.Name = Clip(party.Name, TradeParty.NameMaxLength)!;
            row.Country = Clip(party.Address?.Country, 3) ?? row.Country;
            row.Identifier = Clip(PartyIdentity.Identifier(party), 100) ?? row.Identifier;
            row.LastSeenAt = now;
        }

        return known;
    }

    private async Task<Dictionary<string, CargoContainer>> ContainersAsync(string jurisdiction, List<Consignment> declared, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var wanted = declared.SelectMany(c => c.Equipment).Where(e => !string.IsNullOrWhiteSpace(e.Number))
            .GroupBy(e => Clip(e.Number, CargoContainer.NumberMaxLength)!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var known = new Dictionary<string, CargoContainer>(StringComparer.Ordinal);
        foreach (var chunk in wanted.Keys.Chunk(500))
        {
            foreach (var container in await db.CargoContainers.IgnoreQueryFilters().Where(c => c.Jurisdiction == jurisdiction && chunk.Contains(c.Number)).ToListAsync(cancellationToken))
            {
                known[container.Number] = container;
            }
        }

        foreach (var (number, equipment) in wanted)
        {
            if (!known.TryGetValue(number, out var row))
            {
                row = known[number] = db.CargoContainers.Add(new CargoContainer { Id = Guid.CreateVersion7(), Jurisdiction = jurisdiction, Number = number, FirstSeenAt = now }).Entity;
            }

            row.NumberValid = equipment.NumberValid;
            row.SizeType = Clip(equipment.SizeType, 8) ?? row.SizeType;
            row.LastSeenAt = now;
        }

        return known;
    }

    private static void AddParties(CargoConsignment consignment, Consignment item, Dictionary<string, TradeParty> parties, HashSet<(Guid, Guid)> links, NewRows rows, DateTimeOffset now)
    {
        var counted = new HashSet<Guid>();
        foreach (var party in item.Parties.Where(p => !string.IsNullOrWhiteSpace(p.Name)))
        {
            var row = parties[PartyIdentity.Key(party)];
            rows.Parties.Add(ConsignmentFields.Party(consignment.Id, row.Id, party));

            // A party in two roles on one consignment, or on a consignment declared again, is one consignment of its history.
            if (counted.Add(row.Id) && !links.Contains((consignment.Id, row.Id)))
            {
                row.ConsignmentCount++;
                row.LastSeenAt = now;
            }
        }
    }

    private static void AddGoodsAndMovements(
        CargoVoyage voyage, CargoConsignment consignment, Consignment item, Dictionary<string, CargoContainer> containers, HashSet<(Guid, Guid)> links, NewRows rows, DateTimeOffset now)
    {
        var sequence = 0;
        foreach (var goods in item.Goods)
        {
            rows.Goods.Add(ConsignmentFields.Goods(consignment.Id, goods, ++sequence));
        }

        var moved = new HashSet<Guid>();
        foreach (var equipment in item.Equipment.Where(e => !string.IsNullOrWhiteSpace(e.Number)))
        {
            var container = containers[Clip(equipment.Number, CargoContainer.NumberMaxLength)!];
            if (!moved.Add(container.Id))
            {
                continue;
            }

            rows.Movements.Add(new ContainerMovement
            {
                Id = Guid.CreateVersion7(),
                ContainerId = container.Id,
                ConsignmentId = consignment.Id,
                VoyageId = voyage.Id,
                Loading = Clip(equipment.Loading, 8),
                Seals = Clip(string.Join(' ', equipment.Seals), 300) ?? "",
                SeenAt = now,
            });
            if (!links.Contains((consignment.Id, container.Id)))
            {
                container.MovementCount++;
            }
        }
    }

    /// <summary>Houses point at their master once both are stored, whichever came first (within the jurisdiction).</summary>
    private async Task LinkHousesAsync(List<Consignment> declared, CancellationToken cancellationToken)
    {
        var numbers = declared.Select(c => c.MasterNumber).Concat(declared.Where(c => c.Kind != ConsignmentKinds.HouseAirWaybill).Select(c => c.Number))
            .Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => Clip(n, CargoConsignment.NumberMaxLength)!).Distinct(StringComparer.Ordinal).ToList();
        if (!declared.Any(c => c.MasterNumber is not null))
        {
            // No house in this file: only houses stored earlier can be waiting for these masters.
            numbers = [.. declared.Select(c => Clip(c.Number, CargoConsignment.NumberMaxLength)!)];
        }

        var consignments = db.CargoConsignments.IgnoreQueryFilters();
        foreach (var chunk in numbers.Chunk(500))
        {
            await consignments
                .Where(h => h.MasterId == null && h.MasterNumber != null && chunk.Contains(h.MasterNumber))
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.MasterId, h => consignments
                    .Where(m => m.Number == h.MasterNumber && m.Jurisdiction == h.Jurisdiction && m.Id != h.Id)
                    .OrderBy(m => m.FirstSeenAt).Select(m => (Guid?)m.Id).FirstOrDefault()), cancellationToken);
        }
    }

    private async Task RecountAsync(Guid voyageId, CancellationToken cancellationToken)
    {
        var consignments = await db.CargoConsignments.IgnoreQueryFilters().CountAsync(c => c.VoyageId == voyageId, cancellationToken);
        var containers = await db.ContainerMovements.IgnoreQueryFilters().Where(m => m.VoyageId == voyageId).Select(m => m.ContainerId).Distinct().CountAsync(cancellationToken);
        await db.CargoVoyages.IgnoreQueryFilters().Where(v => v.Id == voyageId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.ConsignmentCount, consignments).SetProperty(v => v.ContainerCount, containers), cancellationToken);
    }

    internal static string? Clip(string? text, int length) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Length <= length ? text : text[..length];
}
