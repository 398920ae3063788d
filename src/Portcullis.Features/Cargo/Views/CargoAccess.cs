using Portcullis.Data.Scoping;
using Portcullis.Domain.People;

namespace Portcullis.Features.Cargo.Views;

/// <summary>
/// Who may read cargo (vessel calls, cargo flights, consignments, parties, containers), beyond the scope
/// filter that keeps each unit to its port and each auditor to their jurisdiction.
/// </summary>
public static class CargoAccess
{
    /// <summary>
    /// The unit's officers, targeters and head, who target the cargo; auditors, who check what was read
    /// and why; administrators; the command line. Not coordinators: a manifest names companies and people.
    /// </summary>
    public static bool MayView(AccessScope scope) =>
        scope.Level == ScopeLevel.Everything && !scope.IsSignedIn
        || scope.Has(Role.Officer) || scope.Has(Role.Targeter) || scope.Has(Role.UnitHead)
        || scope.Has(Role.Auditor) || scope.Has(Role.Administrator);

    public const string Refusal = "Your role does not include cargo data.";
}
