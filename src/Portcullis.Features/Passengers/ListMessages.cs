using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Passengers;
using Portcullis.Formats.Cargo;

namespace Portcullis.Features.Passengers;

/// <summary>The message log of the person's jurisdiction, newest first, optionally by status and by format.</summary>
public static class ListMessages
{
    /// <summary>
    /// The formats a message can be read as (<see cref="ReceivedMessage.Format"/>): passenger lists and
    /// reservations, sea manifests, air waybills and the CSV manifest template; "mixed" is a file holding two.
    /// </summary>
    public static readonly IReadOnlyList<string> Formats = ["PAXLST", "PNRGOV", .. CargoJson.MessageTypes, "mixed"];

    public sealed record Query(MessageStatus? Status = null, int Take = 100, string? Format = null);

    public sealed record Row(Guid Id, DateTimeOffset ReceivedAt, string Sender, string? FileName, string Format, MessageStatus Status, int Errors, int Warnings, int Travellers, int Pnrs, string? Summary, long Size);

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<IReadOnlyList<Row>>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!PassengerAccess.MayManageMessages(db.Scope))
            {
                return Outcome<IReadOnlyList<Row>>.Forbidden("Your role does not include the message log.");
            }

            if (query.Format is { Length: > 0 } unknown && !Formats.Contains(unknown, StringComparer.Ordinal))
            {
                return Outcome<IReadOnlyList<Row>>.Invalid("format", "unknown-format", $"'{unknown}' is not one of {string.Join(", ", Formats)}.");
            }

            var messages = db.ReceivedMessages.AsNoTracking();
            if (query.Status is { } status)
            {
                messages = messages.Where(m => m.Status == status);
            }

            if (query.Format is { Length: > 0 } format)
            {
                messages = messages.Where(m => m.Format == format);
            }

            var rows = await messages.OrderByDescending(m => m.ReceivedAt).ThenByDescending(m => m.Id)
                .Take(Math.Clamp(query.Take, 1, 1000))
                .Select(m => new Row(m.Id, m.ReceivedAt, m.Sender, m.FileName, m.Format, m.Status, m.ErrorCount, m.WarningCount, m.TravellerCount, m.PnrCount, m.Summary, m.Size))
                .ToListAsync(cancellationToken);
            return Outcome<IReadOnlyList<Row>>.Ok(rows);
        }
    }
}
