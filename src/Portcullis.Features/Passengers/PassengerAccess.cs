using Portcullis.Data.Scoping;
using Portcullis.Domain.People;

namespace Portcullis.Features.Passengers;

/// <summary>Who may do what with passenger data, beyond the scope filter that decides which rows they see.</summary>
public static class PassengerAccess
{
    /// <summary>Flights, travellers and bookings: the unit's officers, targeters and head. Not coordinators or auditors: no personal data for them.</summary>
    public static bool MayView(AccessScope scope) =>
        scope.Level == ScopeLevel.Everything && !scope.IsSignedIn
        || scope.Has(Role.Officer) || scope.Has(Role.Targeter) || scope.Has(Role.UnitHead) || scope.Has(Role.Administrator);

    /// <summary>The message log and reprocessing: targeters, unit heads, administrators and the command line.</summary>
    public static bool MayManageMessages(AccessScope scope) =>
        scope.Level == ScopeLevel.Everything && !scope.IsSignedIn
        || scope.Has(Role.Targeter) || scope.Has(Role.UnitHead) || scope.Has(Role.Administrator);

    /// <summary>Submitting messages: machine senders (API keys) and the command line; people do not type in manifests.</summary>
    public static bool MayReceive(AccessScope scope) => !scope.IsSignedIn && scope.Level != ScopeLevel.Nothing;
}
