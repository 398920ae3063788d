using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Passengers;
using Portcullis.Features.Audit;

namespace Portcullis.Features.Passengers;

/// <summary>
/// Takes in one received file or HTTP body: stores the bytes first (with their SHA-256, sender and
/// time), recognises a resend of the same bytes as a duplicate, then reads and applies it (see
/// <see cref="MessageProcessor"/>). If anything after the first save fails, the message is still there,
/// in state Received, for a reprocess.
/// </summary>
public static class IngestMessage
{
    public sealed record Command(byte[] Content, string Sender, string? FileName, string? Jurisdiction);

    public sealed record Result(Guid Id, MessageStatus Status, Guid? DuplicateOf, string Format, int Travellers, int Pnrs, int Errors, int Warnings, string? Summary);

    public sealed class Handler(PortcullisDbContext db, TimeProvider time, MessageProcessor processor)
    {
        public async Task<Outcome<Result>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            if (!PassengerAccess.MayReceive(db.Scope))
            {
                return Outcome<Result>.Forbidden("Only a machine sender or the command line may submit messages.");
            }

            if (command.Content.Length == 0)
            {
                return Outcome<Result>.Invalid("content", "empty", "The message is empty.");
            }

            var hash = Convert.ToHexStringLower(SHA256.HashData(command.Content));
            var original = await db.ReceivedMessages.IgnoreQueryFilters().AsNoTracking()
                .Where(m => m.Sha256 == hash && m.DuplicateOfId == null)
                .Select(m => new { m.Id, m.Format, m.Jurisdiction })
                .FirstOrDefaultAsync(cancellationToken);

            var message = new ReceivedMessage
            {
                Id = Guid.CreateVersion7(),
                ReceivedAt = time.GetUtcNow(),
                Sender = Truncate(command.Sender, ReceivedMessage.SenderMaxLength),
                FileName = command.FileName is null ? null : Truncate(command.FileName, ReceivedMessage.FileNameMaxLength),
                Sha256 = hash,
                Size = command.Content.Length,
                Content = original is null ? command.Content : null,
                DuplicateOfId = original?.Id,
                Jurisdiction = command.Jurisdiction ?? original?.Jurisdiction,
                Format = original?.Format ?? "",
                Status = original is null ? MessageStatus.Received : MessageStatus.Duplicate,
            };
            db.ReceivedMessages.Add(message);
            db.Audit(AuditEvents.By(db.Scope, AuditActions.MessageReceived, "message", message.Id.ToString("D"), message.Jurisdiction,
                JsonSerializer.Serialize(new { sender = message.Sender, size = message.Size, sha256 = hash, duplicateOf = original?.Id })));
            await db.SaveChangesAsync(cancellationToken);

            if (original is not null)
            {
                return Outcome<Result>.Ok(new Result(message.Id, MessageStatus.Duplicate, original.Id, message.Format, 0, 0, 0, 0, null));
            }

            await processor.ProcessAsync(message, AuditActions.MessageProcessed, cancellationToken);
            return Outcome<Result>.Ok(ToResult(message));
        }
    }

    internal static Result ToResult(ReceivedMessage m) =>
        new(m.Id, m.Status, m.DuplicateOfId, m.Format, m.TravellerCount, m.PnrCount, m.ErrorCount, m.WarningCount, m.Summary);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
