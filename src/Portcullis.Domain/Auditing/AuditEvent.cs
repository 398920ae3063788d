namespace Portcullis.Domain.Auditing;

/// <summary>What a feature asks to be audited; <see cref="AuditChain.Seal"/> turns it into an entry.</summary>
public sealed record AuditEvent(
    string Action,
    Guid? ActorId,
    string ActorName,
    string? ActorUnit,
    string? Jurisdiction,
    string? SubjectType = null,
    string? SubjectId = null,
    string? Details = null,
    string? RemoteAddress = null);
