using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Passengers;

namespace Portcullis.Features.Passengers;

/// <summary>Reads a stored message again (after a fix to the reader or the reference data) and applies it; applying is idempotent.</summary>
public static class ReprocessMessage
{
    public sealed record Command(Guid Id);

    public sealed class Handler(PortcullisDbContext db, MessageProcessor processor)
    {
        public async Task<Outcome<IngestMessage.Result>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            if (!PassengerAccess.MayManageMessages(db.Scope))
            {
                return Outcome<IngestMessage.Result>.Forbidden("Your role does not include the message log.");
            }

            var message = await db.ReceivedMessages.FirstOrDefaultAsync(m => m.Id == command.Id, cancellationToken);
            if (message is null)
            {
                return Outcome<IngestMessage.Result>.NotFound();
            }

            if (message.Status == MessageStatus.Duplicate)
            {
                return Outcome<IngestMessage.Result>.Invalid("id", "duplicate", "A duplicate is not applied; reprocess the original.");
            }

            await processor.ProcessAsync(message, AuditActions.MessageReprocessed, cancellationToken);
            return Outcome<IngestMessage.Result>.Ok(IngestMessage.ToResult(message));
        }
    }
}
