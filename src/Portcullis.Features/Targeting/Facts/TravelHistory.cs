using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Passengers;
using Portcullis.Features.Passengers;

namespace Portcullis.Features.Targeting.Facts;

/// <summary>
/// How many earlier flights each traveller was recorded on. The same person is the same travel
/// document (number and issuing country) when the traveller has one, else the same surname, given
/// names and date of birth; names and numbers are folded (<see cref="TravellerKey.Fold"/>). Earlier
/// means departing before this flight (UTC where the airport's zone is known); each flight counts
/// once, however many rows the person has on it.
/// </summary>
internal static class TravelHistory
{
    private sealed record Candidate(Guid FlightId, string? Surname, string? GivenNames, DateOnly? DateOfBirth,
        string? DocumentNumber, string? DocumentIssuingCountry, DateOnly DepartureDate, DateTime? Departure, string? DepartureAirport);

    public static async Task<Dictionary<Guid, int>> PreviousTripsAsync(PortcullisDbContext db, IReadOnlyList<FlightTraveller> travellers, CancellationToken ct)
    {
        // The database narrows by document number or date of birth (both indexed or selective); the
        // folding that SQL cannot do portably is done here on what it returns.
        var numbers = travellers.Where(HasDocument)
            .SelectMany(t => new[] { t.DocumentNumber!.Trim(), t.DocumentNumber.Trim().ToUpperInvariant() })
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var births = travellers.Where(t => !HasDocument(t) && t.DateOfBirth is not null && !string.IsNullOrWhiteSpace(t.Surname))
            .Select(t => t.DateOfBirth!.Value)
            .Distinct()
            .ToList();
        if (numbers.Count == 0 && births.Count == 0)
        {
            return travellers.ToDictionary(t => t.Id, _ => 0);
        }

        // A flight that left earlier in UTC may carry a later local date across the date line: a day's margin.
        var latest = travellers.Max(t => t.Flight!.DepartureDate).AddDays(1);
        var candidates = await db.FlightTravellers.IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.Flight!.DepartureDate <= latest
                && ((t.DocumentNumber != null && numbers.Contains(t.DocumentNumber))
                    || (t.DateOfBirth != null && births.Contains(t.DateOfBirth.Value))))
            .Select(t => new Candidate(t.FlightId, t.Surname, t.GivenNames, t.DateOfBirth, t.DocumentNumber, t.DocumentIssuingCountry,
                t.Flight!.DepartureDate, t.Flight.Departure, t.Flight.DepartureAirport))
            .ToListAsync(ct);
        var byIdentity = candidates
            .SelectMany(c => new[] { DocumentIdentity(c.DocumentNumber, c.DocumentIssuingCountry), NameIdentity(c.Surname, c.GivenNames, c.DateOfBirth) }
                .OfType<string>()
                .Select(identity => (Identity: identity, Candidate: c)))
            .ToLookup(x => x.Identity, x => x.Candidate, StringComparer.Ordinal);

        var result = new Dictionary<Guid, int>(travellers.Count);
        foreach (var traveller in travellers)
        {
            var identity = HasDocument(traveller)
                ? DocumentIdentity(traveller.DocumentNumber, traveller.DocumentIssuingCountry)
                : NameIdentity(traveller.Surname, traveller.GivenNames, traveller.DateOfBirth);
            var flight = traveller.Flight!;
            var departs = Instant(flight.DepartureDate, flight.Departure, flight.DepartureAirport);
            result[traveller.Id] = identity is null ? 0 : byIdentity[identity]
                .Where(c => c.FlightId != traveller.FlightId && Instant(c.DepartureDate, c.Departure, c.DepartureAirport) < departs)
                .Select(c => c.FlightId)
                .Distinct()
                .Count();
        }

        return result;
    }

    private static bool HasDocument(FlightTraveller t) => !string.IsNullOrWhiteSpace(t.DocumentNumber);

    private static string? DocumentIdentity(string? number, string? issuingCountry)
    {
        var folded = TravellerKey.Fold(number);
        return folded.Length == 0 ? null : "doc|" + folded + "|" + (DocumentCountries.Alpha2(issuingCountry) ?? TravellerKey.Fold(issuingCountry));
    }

    private static string? NameIdentity(string? surname, string? givenNames, DateOnly? birth)
    {
        var folded = TravellerKey.Fold(surname);
        return folded.Length == 0 || birth is null
            ? null
            : "name|" + folded + "|" + TravellerKey.Fold(givenNames) + "|" + birth.Value.DayNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static DateTime Instant(DateOnly date, DateTime? departure, string? airport) =>
        AirportLookup.ToUtc(airport, departure) ?? departure ?? date.ToDateTime(TimeOnly.MinValue);
}
