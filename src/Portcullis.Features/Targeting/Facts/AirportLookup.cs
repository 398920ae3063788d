using System.Collections.Concurrent;
using Portcullis.Domain.Reference;

namespace Portcullis.Features.Targeting.Facts;

/// <summary>
/// The country and UTC times of the airports passenger data names: the world table (ADR 0013), then
/// the programme's own airports for the few the table does not know (Kraljevo opened after it was made).
/// </summary>
internal static class AirportLookup
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Zones = new(StringComparer.Ordinal);

    /// <summary>ISO alpha-2 country of an IATA airport code, or null when neither table knows it.</summary>
    public static string? Country(string? iata) =>
        Airports.Default.Country(iata) ?? Programme(iata)?.Jurisdiction.Value;

    /// <summary>
    /// A local time at an airport as UTC, or null when the airport's time zone is unknown (to the
    /// table, or to the time zone database of the machine): a missing time is never matched by a
    /// profile, a guessed one could be. A time in the hour skipped when clocks go forward is read
    /// with the offset before the change; one in the hour repeated when they go back, as standard time.
    /// </summary>
    public static DateTime? ToUtc(string? iata, DateTime? local)
    {
        if (local is null || Zone(iata) is not { } zone)
        {
            return null;
        }

        var time = DateTime.SpecifyKind(local.Value, DateTimeKind.Unspecified);
        var offset = zone.IsInvalidTime(time) ? zone.GetUtcOffset(time.AddHours(-1)) : zone.GetUtcOffset(time);
        return DateTime.SpecifyKind(time - offset, DateTimeKind.Utc);
    }

    private static TimeZoneInfo? Zone(string? iata)
    {
        var id = Airports.Default.Find(iata)?.TimeZone ?? Programme(iata)?.TimeZone;
        return id is null ? null : Zones.GetOrAdd(id, static name => TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) ? zone : null);
    }

    private static Location? Programme(string? iata) =>
        string.IsNullOrWhiteSpace(iata) ? null : ReferenceCatalog.Default.FindAirport(iata.Trim().ToUpperInvariant());
}
