using System.Globalization;
using Portcullis.Domain.People;

namespace Portcullis.Pages;

/// <summary>
/// How values are written on pages: the same for every language (ISO dates in UTC), so that a
/// time read over the radio from a Tirana screen matches the one on a Skopje screen.
/// </summary>
public static class Display
{
    public static string Utc(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC" : string.Empty;

    public static string UtcSeconds(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The English name of a role: the localisation key of its label.</summary>
    public static string RoleLabel(Role role) => role switch
    {
        Role.Officer => "Officer",
        Role.Targeter => "Targeter",
        Role.UnitHead => "Unit head",
        Role.ProgrammeCoordinator => "Programme coordinator",
        Role.Administrator => "Administrator",
        Role.Auditor => "Auditor",
        _ => role.ToString(),
    };
}
