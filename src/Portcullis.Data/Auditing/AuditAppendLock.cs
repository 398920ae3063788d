namespace Portcullis.Data.Auditing;

/// <summary>
/// Serialises audit appends within the process, so that two requests never read the same last
/// entry. Across processes, PostgreSQL's advisory lock does the same (see
/// <see cref="PortcullisDbContext"/>); SQLite's single writer does it by itself.
/// </summary>
internal static class AuditAppendLock
{
    public static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Key of the PostgreSQL advisory lock taken for the length of an audited transaction.</summary>
    public const long PostgresAdvisoryKey = 0x504f5254_41554454; // "PORTAUDT"
}
