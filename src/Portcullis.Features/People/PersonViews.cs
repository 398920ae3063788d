using Portcullis.Domain.People;

namespace Portcullis.Features.People;

/// <summary>A line of the people directory.</summary>
public sealed record PersonSummary(
    Guid Id,
    string UserName,
    string DisplayName,
    string? Unit,
    string? Jurisdiction,
    IReadOnlyList<Role> Roles,
    bool IsDisabled,
    bool IsLockedOut);

/// <summary>A person's record, and what the reader may do with it.</summary>
public sealed record PersonDetails(
    Guid Id,
    string UserName,
    string DisplayName,
    string? Email,
    string? Unit,
    string? Jurisdiction,
    IReadOnlyList<Role> Roles,
    string Language,
    bool IsDisabled,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DisabledAt,
    DateTimeOffset? LockedOutUntil,
    int FailedSignIns,
    bool ReaderMayManage);
