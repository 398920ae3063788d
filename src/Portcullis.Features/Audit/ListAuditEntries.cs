using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;

namespace Portcullis.Features.Audit;

/// <summary>
/// The audit log, newest first, filtered, a page at a time (keyset on the sequence, so a page is as
/// fast at entry 10 million as at entry 10). Auditors see their jurisdiction, administrators all.
/// Reading the log is itself audited.
/// </summary>
public static class ListAuditEntries
{
    public const int MaxPageSize = 500;

    private const string LikeEscape = "\\";

    public sealed record Query(
        string? Action = null,
        string? Actor = null,
        string? SubjectId = null,
        DateTimeOffset? From = null,
        DateTimeOffset? To = null,
        long? Before = null,
        int PageSize = 50);

    /// <param name="NextBefore">Pass as <c>Before</c> for the next (older) page; null on the last page.</param>
    public sealed record Result(IReadOnlyList<AuditEntry> Entries, long? NextBefore);

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Outcome<Result>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var scope = db.Scope;
            if (!AuditAccess.MayRead(scope))
            {
                return Outcome<Result>.Forbidden("The audit log is for auditors and administrators.");
            }

            var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
            var entries = db.AuditEntries.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.Action))
            {
                entries = entries.Where(e => e.Action == query.Action.Trim());
            }

            if (!string.IsNullOrWhiteSpace(query.Actor))
            {
                var actor = EscapeLike(query.Actor.Trim().ToLowerInvariant()) + "%";
                entries = entries.Where(e => EF.Functions.Like(e.ActorName, actor, LikeEscape));
            }

            if (!string.IsNullOrWhiteSpace(query.SubjectId))
            {
                entries = entries.Where(e => e.SubjectId == query.SubjectId.Trim());
            }

            if (query.From is { } from)
            {
                entries = entries.Where(e => e.OccurredAt >= from.ToUniversalTime());
            }

            if (query.To is { } to)
            {
                entries = entries.Where(e => e.OccurredAt < to.ToUniversalTime());
            }

            if (query.Before is { } before)
            {
                entries = entries.Where(e => e.Sequence < before);
            }

            var page = await entries.OrderByDescending(e => e.Sequence).Take(size + 1).ToListAsync(cancellationToken);
            var hasMore = page.Count > size;
            if (hasMore)
            {
                page.RemoveAt(page.Count - 1);
            }

            db.Audit(AuditEvents.By(scope, AuditActions.AuditLogRead, details: JsonSerializer.Serialize(query with { PageSize = size })));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<Result>.Ok(new Result(page, hasMore ? page[^1].Sequence : null));
        }

        private static string EscapeLike(string text) =>
            text.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
                .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
                .Replace("_", LikeEscape + "_", StringComparison.Ordinal);
    }
}
