using System.Globalization;
using System.Text.Json;
using Portcullis.Data;
using Portcullis.Domain.Passengers;
using Portcullis.Features.Audit;
using Portcullis.Features.Cargo;
using Portcullis.Features.Screening;
using Portcullis.Features.Targeting;
using Portcullis.Formats;
using Portcullis.Formats.Cargo;
using Portcullis.Formats.Passengers;

namespace Portcullis.Features.Passengers;

/// <summary>
/// Reads a stored message and applies what it says (<see cref="PassengerDataApplier"/>), then records
/// the outcome on the message: its format, counts, diagnostics and status. A message with errors is
/// quarantined, but what could be read is applied all the same: a traveller half-read is still
/// screened, and a reprocess after a fix fills in the rest (applying is idempotent). Last, the
/// travellers the message wrote are screened against the watchlists (<see cref="ScreenTravellers"/>)
/// and targeted by the units at either end of their flight (<see cref="TargetTravellers"/>).
/// </summary>
public sealed class MessageProcessor(
    PortcullisDbContext db, TimeProvider time, ScreenTravellers screening, TargetTravellers targeting, ScreenConsignments cargoScreening, TargetConsignments cargoTargeting)
{
    public async Task ProcessAsync(ReceivedMessage message, string auditAction, CancellationToken cancellationToken)
    {
        var content = message.Content ?? [];
        if (await ProcessCargoAsync(message, content, auditAction, cancellationToken))
        {
            return;
        }

        var diagnostics = new List<Diagnostic>();
        var messages = new List<PassengerMessage>();
        using (var stream = new MemoryStream(content, writable: false))
        {
            var reader = new PassengerDataReader(stream, DateOnly.FromDateTime(message.ReceivedAt.UtcDateTime));
            messages.AddRange(reader.ReadMessages());
            diagnostics.AddRange(reader.Diagnostics);
        }

        var applier = new PassengerDataApplier(db, time);
        var applied = await applier.ApplyAsync(message, messages, cancellationToken);
        diagnostics.AddRange(messages.SelectMany(m => m.Diagnostics));
        diagnostics.AddRange(applied.Problems);

        message.Format = PassengerDataReader.FormatOf(messages);
        message.Attempts++;
        message.ProcessedAt = time.GetUtcNow();
        message.ErrorCount = diagnostics.Count(d => d.Severity == Severity.Error);
        message.WarningCount = diagnostics.Count - message.ErrorCount;
        message.Diagnostics = JsonSerializer.Serialize(diagnostics, PassengerJson.CompactOptions);
        message.TravellerCount = messages.Sum(m => m.Travellers.Count);
        message.PnrCount = messages.Sum(m => m.Pnrs.Count);
        message.Jurisdiction ??= applied.Jurisdiction;
        message.Summary = Summarize(messages);
        message.Status = message.ErrorCount > 0 || messages.Count == 0
            ? MessageStatus.Quarantined
            : message.WarningCount > 0 ? MessageStatus.ProcessedWithWarnings : MessageStatus.Processed;

        db.Audit(AuditEvents.By(db.Scope, auditAction, "message", message.Id.ToString("D"), message.Jurisdiction,
            JsonSerializer.Serialize(new { status = message.Status.ToString(), errors = message.ErrorCount, warnings = message.WarningCount, travellers = message.TravellerCount, pnrs = message.PnrCount })));
        await db.SaveChangesAsync(cancellationToken);

        // After the message is recorded: a screening failure must not lose the message or its travellers.
        await screening.ScreenAsync(db, applied.TravellerIds, cancellationToken);
        await targeting.TargetAsync(db, applied.TravellerIds, cancellationToken);
    }

    /// <summary>
    /// Cargo files (CUSCAR, air waybills, the CSV manifest) take the same path with their own reader and
    /// applier (<see cref="CargoDataApplier"/>): what could be read is applied, problems quarantine the
    /// message, then the consignments are screened (<see cref="ScreenConsignments"/>) and targeted by the
    /// cargo units at their port (<see cref="TargetConsignments"/>). Returns false for anything else.
    /// </summary>
    private async Task<bool> ProcessCargoAsync(ReceivedMessage message, byte[] content, string auditAction, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(content, writable: false);
        if (CargoFileKind.Detect(stream) == CargoFormat.None)
        {
            return false;
        }

        var reading = CargoDataReader.Stream(stream, DateOnly.FromDateTime(message.ReceivedAt.UtcDateTime));
        var applied = await new CargoDataApplier(db, time).ApplyAsync(message, reading.Messages, cancellationToken);
        var consignments = reading.ConsignmentCount;
        var diagnostics = reading.Diagnostics.Concat(applied.Problems).ToList();
        message.Format = reading.Format.Length <= 10 ? reading.Format : "mixed";
        message.Attempts++;
        message.ProcessedAt = time.GetUtcNow();
        message.ErrorCount = diagnostics.Count(d => d.Severity == Severity.Error);
        message.WarningCount = diagnostics.Count - message.ErrorCount;
        message.Diagnostics = JsonSerializer.Serialize(diagnostics, PassengerJson.CompactOptions);
        message.Jurisdiction ??= applied.Jurisdiction;
        var described = applied.Summary is { } summary ? $"{reading.Format} {summary}" : $"{reading.Format}, {consignments.ToString(CultureInfo.InvariantCulture)} {(consignments == 1 ? "consignment" : "consignments")}";
        message.Summary = described.Length <= 300 ? described : described[..300];
        message.Status = message.ErrorCount > 0 || applied.ConsignmentIds.Count == 0
            ? MessageStatus.Quarantined
            : message.WarningCount > 0 ? MessageStatus.ProcessedWithWarnings : MessageStatus.Processed;
        db.Audit(AuditEvents.By(db.Scope, auditAction, "message", message.Id.ToString("D"), message.Jurisdiction,
            JsonSerializer.Serialize(new { status = message.Status.ToString(), errors = message.ErrorCount, warnings = message.WarningCount, consignments = applied.ConsignmentIds.Count })));
        await db.SaveChangesAsync(cancellationToken);

        // After the message is recorded: a screening failure must not lose the message or its consignments.
        await cargoScreening.ScreenAsync(db, applied.ConsignmentIds, cancellationToken);
        await cargoTargeting.TargetAsync(db, applied.ConsignmentIds, cancellationToken);
        return true;
    }

    private static string? Summarize(List<PassengerMessage> messages)
    {
        var first = messages.FirstOrDefault(m => m.Flight is not null);
        if (first?.Flight is not { } f)
        {
            return null;
        }

        var day = (f.Departure ?? f.Arrival)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var pnrs = messages.Sum(m => m.Pnrs.Count);
        var what = first.Type == "PNRGOV"
            ? $"{pnrs.ToString(CultureInfo.InvariantCulture)} {(pnrs == 1 ? "PNR" : "PNRs")}"
            : $"{messages.Sum(m => m.Travellers.Count).ToString(CultureInfo.InvariantCulture)} {first.ListType}";
        var text = $"{f.Carrier} {f.Number} {f.DepartureAirport}-{f.ArrivalAirport} {day}, {what}";
        return text.Length <= 300 ? text : text[..300];
    }
}
