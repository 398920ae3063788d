namespace Portcullis.Domain.Auditing;

/// <summary>
/// One line of the append-only audit log. Each entry carries the hash of the one before it, so that
/// changing, removing or reordering any entry breaks the chain from that point on
/// (<see cref="AuditChain"/>). Entries are created by <see cref="AuditChain.Seal"/> only.
/// </summary>
public sealed record AuditEntry
{
    public const int ActionMaxLength = 64;
    public const int NameMaxLength = 256;
    public const int SubjectTypeMaxLength = 64;
    public const int SubjectIdMaxLength = 128;
    public const int AddressMaxLength = 64;
    public const int HashLength = 64;

    /// <summary>1, 2, 3...: a gap means an entry was removed.</summary>
    public long Sequence { get; init; }

    /// <summary>UTC, truncated to microseconds so that every database stores it exactly.</summary>
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>What happened, for example <c>sign-in.failed</c> or <c>person.read</c> (see <see cref="AuditActions"/>).</summary>
    public required string Action { get; init; }

    public Guid? ActorId { get; init; }

    /// <summary>The user name, <c>cli:&lt;os user&gt;</c> for the command line, or <c>anonymous</c>.</summary>
    public required string ActorName { get; init; }

    public string? ActorUnit { get; init; }

    /// <summary>The jurisdiction the entry belongs to (the subject's, else the actor's): an auditor sees their jurisdiction's entries.</summary>
    public string? Jurisdiction { get; init; }

    public string? SubjectType { get; init; }

    public string? SubjectId { get; init; }

    /// <summary>Compact JSON with the facts of the event (changed fields, reasons); never a password.</summary>
    public string? Details { get; init; }

    public string? RemoteAddress { get; init; }

    public required string PreviousHash { get; init; }

    public required string Hash { get; init; }
}
