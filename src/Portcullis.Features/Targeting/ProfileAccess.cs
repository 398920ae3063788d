using Portcullis.Data.Scoping;
using Portcullis.Domain.People;
using Portcullis.Domain.Reference;

namespace Portcullis.Features.Targeting;

/// <summary>
/// Who may do what with profiles and targets, beyond the scope filter that keeps each unit to its own.
/// Targeters write and submit; unit heads approve what others wrote, suspend, resume and retire;
/// officers work the queue. The command line acts for a unit it names.
/// </summary>
public static class ProfileAccess
{
    /// <summary>Profiles and their figures: the unit's officers, targeters and head.</summary>
    public static bool MayRead(AccessScope scope) =>
        IsCommandLine(scope) || scope.Has(Role.Officer) || scope.Has(Role.Targeter) || scope.Has(Role.UnitHead);

    /// <summary>Writing versions, shadow runs and submitting: targeters and unit heads.</summary>
    public static bool MayWrite(AccessScope scope) => IsCommandLine(scope) || scope.Has(Role.Targeter) || scope.Has(Role.UnitHead);

    /// <summary>Approving, suspending, resuming and retiring: unit heads only, never the command line (four eyes need two people).</summary>
    public static bool MayDecide(AccessScope scope) => scope.IsSignedIn && scope.Has(Role.UnitHead);

    /// <summary>Working targets: officers and unit heads (targeters write the profiles that raise them).</summary>
    public static bool MayWorkTargets(AccessScope scope) => scope.IsSignedIn && (scope.Has(Role.Officer) || scope.Has(Role.UnitHead));

    /// <summary>The unit's lanes and random rate: its head.</summary>
    public static bool MayConfigure(AccessScope scope) => IsCommandLine(scope) || (scope.IsSignedIn && scope.Has(Role.UnitHead));

    /// <summary>
    /// The unit acted for: a person's own unit, or on the command line the unit it names. Null when
    /// there is none (a person without a unit, or the command line without --unit, or an unknown code).
    /// </summary>
    public static Unit? UnitOf(AccessScope scope, string? named = null)
    {
        if (scope.IsSignedIn || !IsCommandLine(scope))
        {
            return scope.Unit is { } own ? ReferenceCatalog.Default.FindUnit(own) : null;
        }

        return UnitCode.TryParse(named, out var code) ? ReferenceCatalog.Default.FindUnit(code) : null;
    }

    /// <summary>The answer when <see cref="UnitOf"/> found no unit: on the command line, --unit is missing or unknown.</summary>
    public static Outcome<T> NoUnit<T>() =>
        Outcome<T>.Invalid("--unit", "unit", "name one of the programme's units, e.g. --unit RS-ACCU-BELGRADE");

    private static bool IsCommandLine(AccessScope scope) => scope.Level == ScopeLevel.Everything && !scope.IsSignedIn;
}
