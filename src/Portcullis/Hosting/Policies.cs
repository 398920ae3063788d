using Microsoft.AspNetCore.Authorization;
using Portcullis.Domain.People;

namespace Portcullis.Hosting;

/// <summary>
/// Which roles reach which part of the application. These gate the door; the scope filter and the
/// handlers decide what is visible and allowed behind it.
/// </summary>
public static class Policies
{
    /// <summary>The people directory: unit staff, auditors, administrators (not coordinators: no personal data).</summary>
    public const string People = "people";

    /// <summary>Adding and changing people: unit heads (their unit) and administrators.</summary>
    public const string ManagePeople = "manage-people";

    /// <summary>The audit log: auditors (their jurisdiction) and administrators.</summary>
    public const string Audit = "audit";

    /// <summary>Flights, travellers and bookings: the unit's officers, targeters and head, and administrators.</summary>
    public const string PassengerData = "passenger-data";

    /// <summary>The message log and reprocessing: targeters, unit heads and administrators.</summary>
    public const string Messages = "messages";

    /// <summary>Watchlists, their versions and entries: officers, targeters, unit heads and administrators.</summary>
    public const string Watchlists = "watchlists";

    /// <summary>Creating lists and importing versions: targeters and administrators.</summary>
    public const string ManageWatchlists = "manage-watchlists";

    /// <summary>Profiles, the work queue and the effectiveness figures: the unit's officers, targeters and head.</summary>
    public const string Targeting = "targeting";

    /// <summary>Vessel calls, cargo flights, consignments, parties and containers: the unit's officers, targeters and head, auditors and administrators.</summary>
    public const string CargoData = "cargo-data";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Targeting, p => p.RequireRole(Names(Role.Officer, Role.Targeter, Role.UnitHead)));
        options.AddPolicy(Watchlists, p => p.RequireRole(Names(Role.Officer, Role.Targeter, Role.UnitHead, Role.Administrator)));
        options.AddPolicy(ManageWatchlists, p => p.RequireRole(Names(Role.Targeter, Role.Administrator)));
        options.AddPolicy(PassengerData, p => p.RequireRole(Names(Role.Officer, Role.Targeter, Role.UnitHead, Role.Administrator)));
        options.AddPolicy(CargoData, p => p.RequireRole(Names(Role.Officer, Role.Targeter, Role.UnitHead, Role.Auditor, Role.Administrator)));
        options.AddPolicy(Messages, p => p.RequireRole(Names(Role.Targeter, Role.UnitHead, Role.Administrator)));
        options.AddPolicy(People, p => p.RequireRole(Names(Role.Officer, Role.Targeter, Role.UnitHead, Role.Auditor, Role.Administrator)));
        options.AddPolicy(ManagePeople, p => p.RequireRole(Names(Role.UnitHead, Role.Administrator)));
        options.AddPolicy(Audit, p => p.RequireRole(Names(Role.Auditor, Role.Administrator)));

        // Everything needs a signed-in person unless it says otherwise ([AllowAnonymous]).
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }

    private static string[] Names(params Role[] roles) => roles.Select(RoleRules.Name).ToArray();
}
