using Portcullis.Data.Scoping;
using Portcullis.Domain.People;

namespace Portcullis.Features.Audit;

/// <summary>The audit log is read by auditors (their jurisdiction), administrators and the machine's operator.</summary>
internal static class AuditAccess
{
    public static bool MayRead(AccessScope reader) =>
        reader.Has(Role.Auditor)
        || reader.Has(Role.Administrator)
        || (reader.Level == ScopeLevel.Everything && !reader.IsSignedIn);
}
