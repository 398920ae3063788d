using Portcullis.Features.Audit;
using Portcullis.Hosting;

namespace Portcullis.Api;

/// <summary>The audit log for auditors (their jurisdiction) and administrators.</summary>
internal static class AuditApi
{
    public static void MapAudit(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit log").RequireAuthorization(Policies.Audit);

        audit.MapGet("/", async (
            string? action,
            string? actor,
            string? subject,
            DateTimeOffset? from,
            DateTimeOffset? to,
            long? before,
            int? pageSize,
            ListAuditEntries.Handler handler,
            CancellationToken ct) =>
            ApiResults.From(await handler.HandleAsync(new ListAuditEntries.Query(action, actor, subject, from, to, before, pageSize ?? 50), ct)))
            .WithName("ListAuditEntries").WithSummary("Newest first; pass nextBefore as before for the next page.");

        audit.MapGet("/verify", async (VerifyAuditChain.Handler handler, CancellationToken ct) =>
            ApiResults.From(await handler.HandleAsync(ct)))
            .WithName("VerifyAuditChain").WithSummary("Recomputes the hash chain and names the first broken entry.");
    }
}
