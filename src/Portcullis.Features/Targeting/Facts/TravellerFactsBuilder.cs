using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Passengers;
using Portcullis.Formats.Passengers;
using Portcullis.Profiles.Travellers;

namespace Portcullis.Features.Targeting.Facts;

/// <summary>
/// Flattens what is stored about travellers into the <see cref="TravellerFacts"/> risk profiles are
/// evaluated on: the flight, the booking (PNR) the traveller is linked to, the document, the history
/// and the screening hits. Loads a whole set in four queries, whatever its size (travellers with their flights, their bookings with their passengers, hit counts, earlier trips). Reads as the system,
/// past the scope filter, as screening does (ADR 0009): who may see the results is decided later.
/// A value the data does not give stays null, which a profile never matches.
/// </summary>
public static class TravellerFactsBuilder
{
    /// <summary>The PNR passenger a traveller is linked to, the booking and its read JSON.</summary>
    private sealed record Linked(Booking Booking, BookingPassenger Passenger, Pnr Pnr);

    public static async Task<IReadOnlyDictionary<Guid, TravellerFacts>> BuildAsync(PortcullisDbContext db, IReadOnlyCollection<Guid> travellerIds, CancellationToken ct)
    {
        var ids = travellerIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, TravellerFacts>();
        }

        var travellers = await db.FlightTravellers.IgnoreQueryFilters().AsNoTracking().Include(t => t.Flight)
            .Where(t => ids.Contains(t.Id))
            .ToListAsync(ct);
        var passengerIds = travellers.Where(t => t.BookingPassengerId is not null).Select(t => t.BookingPassengerId!.Value).Distinct().ToList();
        var bookings = passengerIds.Count == 0
            ? []
            : await db.Bookings.IgnoreQueryFilters().AsNoTracking().Include(b => b.Passengers)
                .Where(b => b.Passengers.Any(p => passengerIds.Contains(p.Id)))
                .ToListAsync(ct);
        var hits = await db.ScreeningHits.IgnoreQueryFilters().AsNoTracking()
            .Where(h => ids.Contains(h.TravellerId))
            .GroupBy(h => h.TravellerId)
            .Select(g => new { TravellerId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.TravellerId, x => x.Count, ct);
        var history = await TravelHistory.PreviousTripsAsync(db, travellers, ct);

        // Each PNR's JSON is read once, however many of its passengers are in the set.
        var booked = new Dictionary<Guid, Linked>();
        foreach (var booking in bookings)
        {
            var pnr = StoredDetails.Booking(booking.Details);
            foreach (var passenger in booking.Passengers)
            {
                booked[passenger.Id] = new Linked(booking, passenger, pnr);
            }
        }

        var result = new Dictionary<Guid, TravellerFacts>(travellers.Count);
        foreach (var traveller in travellers)
        {
            var link = traveller.BookingPassengerId is { } id ? booked.GetValueOrDefault(id) : null;
            result[traveller.Id] = Build(traveller, link, hits.GetValueOrDefault(traveller.Id), history.GetValueOrDefault(traveller.Id));
        }

        return result;
    }

    private static TravellerFacts Build(FlightTraveller traveller, Linked? link, int hits, int previousTrips)
    {
        var flight = traveller.Flight!;
        var day = flight.DepartureDate;
        var details = StoredDetails.Traveller(traveller.Details);
        var route = (link is null ? null : Route.FromItinerary(link.Pnr.Itinerary))
            ?? Route.FromTraveller(traveller.Embarkation, traveller.Debarkation, flight.DepartureAirport, flight.ArrivalAirport);
        var (bagCount, bagWeight) = Baggage.Of(details, link?.Pnr, link?.Passenger.Reference);
        var facts = new TravellerFacts
        {
            FlightCarrier = flight.Carrier,
            FlightNumber = flight.Number,
            FlightDepartureAirport = flight.DepartureAirport,
            FlightDepartureCountry = AirportLookup.Country(flight.DepartureAirport),
            FlightArrivalAirport = flight.ArrivalAirport,
            FlightArrivalCountry = AirportLookup.Country(flight.ArrivalAirport),
            FlightScheduledDeparture = AirportLookup.ToUtc(flight.DepartureAirport, flight.Departure),
            FlightScheduledArrival = AirportLookup.ToUtc(flight.ArrivalAirport, flight.Arrival),
            RouteOriginAirport = route.Origin,
            RouteOriginCountry = AirportLookup.Country(route.Origin),
            RouteDestinationAirport = route.Destination,
            RouteDestinationCountry = AirportLookup.Country(route.Destination),
            RouteTransits = route.Transits?.Select(a => new TransitAirport(a, AirportLookup.Country(a))).ToList(),
            RouteLegs = route.Legs,
            DocumentType = Upper(traveller.DocumentType),
            DocumentIssuingCountry = DocumentCountries.Alpha2(traveller.DocumentIssuingCountry),
            DocumentExpiresInDays = traveller.DocumentExpiry is { } expiry ? expiry.DayNumber - day.DayNumber : null,
            BaggageCount = bagCount,
            BaggageTotalWeightKg = bagWeight,
            HistoryPreviousTrips = previousTrips,
            HistoryFirstTimeSeen = previousTrips == 0,

            // Every hit raised on the traveller, reviewed or not: a hit is closed by no status yet.
            WatchlistHits = hits,
            Nationality = DocumentCountries.Alpha2(traveller.Nationality),
            Sex = Upper(traveller.Sex) is "M" or "F" or "X" ? Upper(traveller.Sex) : null,
            Age = AgeOn(traveller.DateOfBirth, day),
        };
        return link is null ? facts : WithBooking(facts, link.Booking, link.Pnr, day);
    }

    private static TravellerFacts WithBooking(TravellerFacts facts, Booking booking, Pnr pnr, DateOnly day)
    {
        var passengers = booking.Passengers
            .OrderBy(p => int.TryParse(p.Reference, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue)
            .ThenBy(p => p.Reference, StringComparer.Ordinal)
            .ToList();

        // PNRGOV gives the creation time without a zone; reservation systems keep it in UTC (GMT),
        // so it is taken as UTC. A sender writing the office's local time puts it off by that offset.
        var created = booking.Created is { } c ? DateTime.SpecifyKind(c, DateTimeKind.Utc) : (DateTime?)null;
        return facts with
        {
            // A locator made up for a PNR that came without one ("?…") is not the booking's.
            BookingRecordLocator = booking.RecordLocator.StartsWith('?') ? null : booking.RecordLocator,
            BookingCreatedAt = created,

            // Calendar days from booking to this flight's local departure day, as the PNR facts count
            // them (Booking.DaysBookingToDeparture is to the first leg, not necessarily this one).
            BookingDaysBeforeDeparture = created is { } at ? day.DayNumber - DateOnly.FromDateTime(at).DayNumber : booking.DaysBookingToDeparture,
            BookingOneWay = booking.TripType switch
            {
                "one-way" => true,
                "return" or "multi-city" => false,
                _ => null,
            },
            BookingPaymentType = BookingFacts.PaymentType(pnr),
            BookingPaymentByThirdParty = BookingFacts.PaidByThirdParty(pnr, passengers),
            BookingPassengers = passengers.Select(p => new BookedPassenger(p.Surname, p.GivenNames, AgeOn(p.DateOfBirth, day))).ToList(),
            BookingTravelAgency = BookingFacts.TravelAgency(pnr),
            BookingContactEmailDomain = BookingFacts.EmailDomain(pnr),
            BookingContactPhoneCountry = BookingFacts.PhoneCountry(pnr),
        };
    }

    /// <summary>Whole years on the day; null without a date of birth or with one after the day.</summary>
    private static int? AgeOn(DateOnly? birth, DateOnly day)
    {
        if (birth is not { } b || b > day)
        {
            return null;
        }

        var age = day.Year - b.Year;
        return (day.Month, day.Day).CompareTo((b.Month, b.Day)) < 0 ? age - 1 : age;
    }

    private static string? Upper(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToUpperInvariant();
}
