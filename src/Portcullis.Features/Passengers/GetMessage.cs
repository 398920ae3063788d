using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Passengers;
using Portcullis.Features.Audit;
using Portcullis.Formats;
using Portcullis.Formats.Passengers;

namespace Portcullis.Features.Passengers;

/// <summary>One message of the log: its receipt, status, diagnostics and raw text. Audited: the raw text holds personal data.</summary>
public static class GetMessage
{
    public sealed record Query(Guid Id);

    public sealed record Details(ReceivedMessage Message, IReadOnlyList<Diagnostic> Diagnostics, string RawText, bool RawTruncated);

    /// <summary>The raw text shown on a page: enough to find a diagnostic's offset, not a 50 MB page.</summary>
    public const int RawPreviewBytes = 64 * 1024;

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<Details>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (!PassengerAccess.MayManageMessages(db.Scope))
            {
                return Outcome<Details>.Forbidden("Your role does not include the message log.");
            }

            var message = await db.ReceivedMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == query.Id, cancellationToken);
            if (message is null)
            {
                return Outcome<Details>.NotFound();
            }

            var content = message.Content;
            if (content is null && message.DuplicateOfId is { } original)
            {
                content = await db.ReceivedMessages.AsNoTracking().Where(m => m.Id == original).Select(m => m.Content).FirstOrDefaultAsync(cancellationToken);
            }

            content ??= [];
            db.Audit(AuditEvents.By(db.Scope, AuditActions.MessageRead, "message", message.Id.ToString("D"), message.Jurisdiction));
            await db.SaveChangesAsync(cancellationToken);

            var diagnostics = JsonSerializer.Deserialize<List<Diagnostic>>(message.Diagnostics, PassengerJson.CompactOptions) ?? [];
            var shown = Math.Min(content.Length, RawPreviewBytes);
            var raw = Encoding.UTF8.GetString(content, 0, shown);
            return Outcome<Details>.Ok(new Details(message, diagnostics, raw, shown < content.Length));
        }
    }
}
