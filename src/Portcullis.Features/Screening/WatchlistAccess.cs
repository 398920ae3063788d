using Portcullis.Data.Scoping;
using Portcullis.Domain.People;

namespace Portcullis.Features.Screening;

/// <summary>Who may do what with watchlists and hits, beyond the scope filter that decides which rows they see.</summary>
public static class WatchlistAccess
{
    /// <summary>Lists, their versions and entries: the unit staff who act on hits, and administrators. Not auditors or coordinators.</summary>
    public static bool MayRead(AccessScope scope) =>
        IsCommandLine(scope)
        || scope.Has(Role.Officer) || scope.Has(Role.Targeter) || scope.Has(Role.UnitHead) || scope.Has(Role.Administrator);

    /// <summary>Creating lists and importing versions: targeters, administrators and the command line.</summary>
    public static bool MayManage(AccessScope scope) =>
        IsCommandLine(scope) || scope.Has(Role.Targeter) || scope.Has(Role.Administrator);

    /// <summary>A new version of an existing list comes from the list's own jurisdiction; those it is shared with only read it.</summary>
    public static bool MayImportInto(AccessScope scope, string ownerJurisdiction) =>
        scope.Level == ScopeLevel.Everything || string.Equals(scope.Jurisdiction?.Value, ownerJurisdiction, StringComparison.Ordinal);

    private static bool IsCommandLine(AccessScope scope) => scope.Level == ScopeLevel.Everything && !scope.IsSignedIn;
}
