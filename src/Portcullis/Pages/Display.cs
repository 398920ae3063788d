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

    /// <summary>An airline's local time, as sent: "2026-11-28 14:05".</summary>
    public static string LocalTime(DateTime? value) =>
        value?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>The label key of a PNR trip type (the keys are in the resource files).</summary>
    public static string TripType(string type) => type switch
    {
        "one-way" => "one-way",
        "return" => "return",
        "multi-city" => "multi-city",
        _ => type,
    };

    /// <summary>The label key of a traveller role.</summary>
    public static string TravellerRole(string role) => role switch
    {
        "passenger" => "Passenger",
        "crew" => "Crew member",
        "in-transit-passenger" => "Passenger in transit",
        "in-transit-crew" => "Crew member in transit",
        _ => role,
    };

    /// <summary>The label key of a message status.</summary>
    public static string MessageStatus(Domain.Passengers.MessageStatus status) => status switch
    {
        Domain.Passengers.MessageStatus.Received => "received",
        Domain.Passengers.MessageStatus.Processed => "processed",
        Domain.Passengers.MessageStatus.ProcessedWithWarnings => "processed with warnings",
        Domain.Passengers.MessageStatus.Quarantined => "quarantined",
        Domain.Passengers.MessageStatus.Duplicate => "duplicate",
        _ => status.ToString(),
    };

    public static string Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

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
