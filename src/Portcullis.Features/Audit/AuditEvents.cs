using Portcullis.Data.Scoping;
using Portcullis.Domain.Auditing;

namespace Portcullis.Features.Audit;

/// <summary>Builds audit events from the scope of whoever is acting, so every handler records the same facts.</summary>
public static class AuditEvents
{
    public static AuditEvent By(
        AccessScope actor,
        string action,
        string? subjectType = null,
        string? subjectId = null,
        string? subjectJurisdiction = null,
        string? details = null) =>
        new(
            action,
            actor.PersonId,
            actor.ActorName,
            actor.Unit?.Value,
            subjectJurisdiction ?? actor.Jurisdiction?.Value,
            subjectType,
            subjectId,
            details,
            actor.RemoteAddress);
}
