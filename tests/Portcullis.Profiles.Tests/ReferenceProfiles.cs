using Portcullis.Profiles.Travellers;

namespace Portcullis.Profiles.Tests;

/// <summary>
/// The ten sample profiles written by hand in C#, with the language's rules spelled out (missing is
/// never selected, text ignores case, all over nothing is false), as the oracle for the compiler.
/// </summary>
internal static class ReferenceProfiles
{
    private static readonly string[] SourceCountries = ["CO", "PE", "BO", "EC"];
    private static readonly string[] Hubs = ["IST", "DXB", "DOH"];
    private static readonly string[] FreeMail = ["gmail.com", "yahoo.com", "outlook.com", "mail.ru"];

    public static IReadOnlyDictionary<string, Func<TravellerFacts, bool>> ByFile { get; } = new Dictionary<string, Func<TravellerFacts, bool>>(StringComparer.Ordinal)
    {
        ["01-last-minute-cash.profile"] = t =>
            t.BookingDaysBeforeDeparture <= 2 && t.BookingOneWay == true && In(t.BookingPaymentType, "CASH", "CA")
            && In(t.RouteOriginCountry, SourceCountries) && t.BookingPassengers is { Count: 1 },
        ["02-no-bags-long-trip.profile"] = t =>
            In(t.RouteOriginCountry, SourceCountries) && t.RouteLegs >= 2 && t.BaggageCount == 0 && t.BookingPaymentByThirdParty == false,
        ["03-third-party-first-timer.profile"] = t =>
            t.BookingPaymentByThirdParty == true && t.HistoryFirstTimeSeen == true && t.BookingOneWay == true,
        ["04-free-mail-foreign-phone.profile"] = t =>
            In(t.BookingContactEmailDomain, FreeMail) && t.BookingContactPhoneCountry is { } phone && t.FlightArrivalCountry is { } arrival
            && !string.Equals(phone, arrival, StringComparison.OrdinalIgnoreCase) && t.BookingDaysBeforeDeparture <= 3,
        ["05-expiring-document.profile"] = t =>
            t.DocumentExpiresInDays < 30 && t.BookingOneWay == true && In(t.RouteDestinationCountry, "RS", "BA", "ME", "AL", "MK", "XK"),
        ["06-unaccompanied-minors.profile"] = t =>
            t.BookingPassengers is { Count: > 0 } passengers && passengers.Any(p => p.Age < 16) && passengers.All(p => p.Age < 18)
            && t.BookingPaymentByThirdParty == true,
        ["07-hub-transit-late-booking.profile"] = t =>
            t.RouteTransits is { } transits && transits.Any(x => In(x.Airport, Hubs))
            && t.FlightScheduledDeparture - t.BookingCreatedAt < TimeSpan.FromHours(36),
        ["08-heavy-single-bag.profile"] = t =>
            t.BaggageCount == 1 && t.BaggageTotalWeightKg >= 30 && t.BookingOneWay != true /* `not` of a missing value holds */
            && t.RouteLegs >= 2 && t.RouteLegs <= 4,
        ["09-agency-cash-group.profile"] = t =>
            t.BookingTravelAgency is { } agency && agency.StartsWith("sunny", StringComparison.OrdinalIgnoreCase)
            && In(t.BookingPaymentType, "CASH", "CA") && t.BookingPassengers is { Count: >= 3 },
        ["10-watchlist-or-foreign-document.profile"] = t =>
            t.FlightScheduledDeparture >= new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc)
            && t.FlightScheduledDeparture <= new DateTime(2027, 3, 1, 0, 0, 0, DateTimeKind.Utc)
            && (t.WatchlistHits > 0
                || (t.DocumentIssuingCountry is { } issuer && t.Nationality is { } nationality
                    && !string.Equals(issuer, nationality, StringComparison.OrdinalIgnoreCase) && In(t.RouteOriginCountry, SourceCountries))),
    };

    private static bool In(string? value, params string[] set) =>
        value is not null && set.Contains(value, StringComparer.OrdinalIgnoreCase);
}
