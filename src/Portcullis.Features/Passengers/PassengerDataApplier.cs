using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Passengers;
using Portcullis.Domain.Reference;
using Portcullis.Formats;
using Portcullis.Formats.Passengers;

namespace Portcullis.Features.Passengers;

/// <summary>
/// Turns normalized messages into flights, travellers and bookings. Idempotent: a flight is found by
/// carrier, number and departure date; a traveller by <see cref="TravellerKey"/> within the flight; a
/// booking by record locator within the flight. It writes as the system, past the scope filter: a
/// sender's message about a flight is applied whoever is allowed to look at that flight afterwards.
/// </summary>
internal sealed class PassengerDataApplier(PortcullisDbContext db, TimeProvider time)
{
    /// <summary>What applying did: the jurisdiction it was for, its problems, and the travellers it wrote (to be screened).</summary>
    public sealed record Applied(string? Jurisdiction, List<Diagnostic> Problems, IReadOnlyCollection<Guid> TravellerIds);

    private readonly Dictionary<(string, string, DateOnly), Flight> _flights = [];
    private readonly HashSet<Guid> _travellers = [];

    public async Task<Applied> ApplyAsync(ReceivedMessage source, IReadOnlyList<PassengerMessage> messages, CancellationToken cancellationToken)
    {
        var problems = new List<Diagnostic>();
        string? jurisdiction = null;
        var touched = new HashSet<Flight>();
        foreach (var message in messages)
        {
            var leg = message.Flight ?? message.Pnrs.SelectMany(p => p.Itinerary).FirstOrDefault();
            if (leg is null || string.IsNullOrEmpty(leg.Carrier) || string.IsNullOrEmpty(leg.Number) || (leg.Departure ?? leg.Arrival) is null)
            {
                problems.Add(new Diagnostic(Severity.Error, "store.no-flight",
                    $"message {message.Reference} does not say which flight (carrier, number and date) it is about; its {message.Travellers.Count + message.Pnrs.Count} travellers and PNRs are kept only in the message"));
                continue;
            }

            var flight = await FlightAsync(leg, message, cancellationToken);
            touched.Add(flight);
            jurisdiction ??= flight.ArrivalJurisdiction ?? flight.DepartureJurisdiction;
            if (message.Type == "PAXLST")
            {
                await ApplyTravellersAsync(source, flight, message, cancellationToken);
            }
            else
            {
                await ApplyPnrsAsync(source, flight, message, problems, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var flight in touched)
        {
            await LinkAndCountAsync(flight, cancellationToken);
        }

        return new Applied(jurisdiction, problems, _travellers);
    }

    private async Task<Flight> FlightAsync(FlightLeg leg, PassengerMessage message, CancellationToken cancellationToken)
    {
        var carrier = leg.Carrier!.Trim().ToUpperInvariant();
        var number = leg.Number!.Trim().TrimStart('0').ToUpperInvariant();
        var date = DateOnly.FromDateTime((leg.Departure ?? leg.Arrival)!.Value);
        var key = (carrier, number, date);
        if (!_flights.TryGetValue(key, out var flight))
        {
            flight = await db.Flights.IgnoreQueryFilters()
                .FirstOrDefaultAsync(f => f.Carrier == carrier && f.Number == number && f.DepartureDate == date, cancellationToken);
            if (flight is null)
            {
                flight = new Flight { Id = Guid.CreateVersion7(), Carrier = carrier, Number = number, DepartureDate = date, FirstSeenAt = time.GetUtcNow() };
                db.Flights.Add(flight);
            }

            _flights[key] = flight;
        }

        // API lists are authoritative for the leg they report; a PNR push only fills what is missing.
        var authoritative = message.Type == "PAXLST";
        flight.DepartureAirport = Pick(flight.DepartureAirport, leg.DepartureAirport, authoritative);
        flight.ArrivalAirport = Pick(flight.ArrivalAirport, leg.ArrivalAirport, authoritative);
        flight.Departure = authoritative ? leg.Departure ?? flight.Departure : flight.Departure ?? leg.Departure;
        flight.Arrival = authoritative ? leg.Arrival ?? flight.Arrival : flight.Arrival ?? leg.Arrival;
        var from = ReferenceCatalog.Default.FindAirport(flight.DepartureAirport);
        var to = ReferenceCatalog.Default.FindAirport(flight.ArrivalAirport);
        flight.DepartureLocation = from?.Code;
        flight.DepartureJurisdiction = from?.Jurisdiction.Value;
        flight.ArrivalLocation = to?.Code;
        flight.ArrivalJurisdiction = to?.Jurisdiction.Value;
        flight.UpdatedAt = time.GetUtcNow();
        return flight;
    }

    private static string? Pick(string? current, string? offered, bool authoritative) =>
        string.IsNullOrEmpty(offered) ? current : authoritative || current is null ? offered : current;

    private async Task ApplyTravellersAsync(ReceivedMessage source, Flight flight, PassengerMessage message, CancellationToken cancellationToken)
    {
        var existing = await db.FlightTravellers.IgnoreQueryFilters()
            .Where(t => t.FlightId == flight.Id)
            .ToDictionaryAsync(t => t.Key, StringComparer.Ordinal, cancellationToken);
        foreach (var traveller in message.Travellers)
        {
            var key = TravellerKey.Of(traveller);
            if (!existing.TryGetValue(key, out var row))
            {
                row = new FlightTraveller { Id = Guid.CreateVersion7(), FlightId = flight.Id, Key = key };
                db.FlightTravellers.Add(row);
                existing[key] = row;
            }

            var document = traveller.Documents.FirstOrDefault(d => d.Number is not null) ?? traveller.Documents.FirstOrDefault();
            _travellers.Add(row.Id);
            row.MessageId = source.Id;
            row.Role = traveller.Role;
            row.Surname = Clip(traveller.Surname, FlightTraveller.NameMaxLength);
            row.GivenNames = Clip(traveller.GivenNames, FlightTraveller.NameMaxLength);
            row.Sex = Clip(traveller.Sex, 3);
            row.DateOfBirth = traveller.DateOfBirth;
            row.Nationality = Clip(traveller.Nationality, 3);
            row.DocumentType = Clip(document?.Type, 5);
            row.DocumentNumber = Clip(document?.Number, 40);
            row.DocumentIssuingCountry = Clip(document?.IssuingCountry, 3);
            row.DocumentExpiry = document?.Expiry;
            row.Embarkation = Clip(traveller.Places?.Embarkation, 5);
            row.Debarkation = Clip(traveller.Places?.Debarkation, 5);
            row.BookingReference = Clip(traveller.References.FirstOrDefault(r => r.Type == "booking")?.Value, Booking.LocatorMaxLength);
            row.Seat = Clip(traveller.References.FirstOrDefault(r => r.Type == "seat")?.Value, 8);
            row.Incomplete = traveller.Incomplete;
            row.Details = JsonSerializer.Serialize(traveller, PassengerJson.CompactOptions);
            row.UpdatedAt = time.GetUtcNow();
        }
    }

    private async Task ApplyPnrsAsync(ReceivedMessage source, Flight flight, PassengerMessage message, List<Diagnostic> problems, CancellationToken cancellationToken)
    {
        var existing = await db.Bookings.IgnoreQueryFilters().Include(b => b.Passengers)
            .Where(b => b.FlightId == flight.Id)
            .ToDictionaryAsync(b => b.RecordLocator, StringComparer.Ordinal, cancellationToken);
        var index = 0;
        foreach (var pnr in message.Pnrs)
        {
            index++;
            var locator = Clip(pnr.RecordLocator?.Trim(), Booking.LocatorMaxLength);
            if (string.IsNullOrEmpty(locator))
            {
                // Kept under a locator made from the message, so the booking is not lost.
                locator = "?" + source.Id.ToString("N")[..8] + "-" + index.ToString(CultureInfo.InvariantCulture);
                problems.Add(new Diagnostic(Severity.Warning, "store.no-locator", $"PNR {index.ToString(CultureInfo.InvariantCulture)} of message {message.Reference} has no record locator; stored as {locator}"));
            }

            if (!existing.TryGetValue(locator, out var booking))
            {
                booking = new Booking { Id = Guid.CreateVersion7(), FlightId = flight.Id, RecordLocator = locator };
                db.Bookings.Add(booking);
                existing[locator] = booking;
            }

            booking.MessageId = source.Id;
            booking.System = Clip(pnr.System, 10);
            booking.Created = pnr.Created;
            booking.LastChanged = pnr.LastChanged;
            booking.PassengerCount = pnr.Passengers.Count;
            booking.DaysBookingToDeparture = pnr.Facts?.DaysBookingToDeparture;
            booking.TripType = Clip(pnr.Facts?.TripType, 12);
            booking.LengthOfStayDays = pnr.Facts?.LengthOfStayDays;
            booking.Details = JsonSerializer.Serialize(pnr, PassengerJson.CompactOptions);
            booking.UpdatedAt = time.GetUtcNow();
            db.BookingPassengers.RemoveRange(booking.Passengers);
            booking.Passengers.Clear();
            foreach (var passenger in pnr.Passengers)
            {
                var document = passenger.Documents.FirstOrDefault(d => d.Number is not null);
                // Added through the set, not the navigation: EF takes a child found through a
                // navigation with its key already set for an existing row, and would update it.
                db.BookingPassengers.Add(new BookingPassenger
                {
                    Id = Guid.CreateVersion7(),
                    BookingId = booking.Id,
                    Booking = booking,
                    Reference = Clip(passenger.Reference, 10),
                    Surname = Clip(passenger.Surname, FlightTraveller.NameMaxLength),
                    GivenNames = Clip(passenger.GivenNames, FlightTraveller.NameMaxLength),
                    Type = Clip(passenger.Type, 10) ?? "adult",
                    DateOfBirth = passenger.DateOfBirth,
                    DocumentNumber = Clip(document?.Number, 40),
                });
            }
        }
    }

    /// <summary>
    /// Links each API traveller to the PNR passenger of the same person, and refreshes the flight's
    /// counts. A traveller whose link changed is among the travellers the message wrote.
    /// </summary>
    private async Task LinkAndCountAsync(Flight flight, CancellationToken cancellationToken)
    {
        var travellers = await db.FlightTravellers.IgnoreQueryFilters().Where(t => t.FlightId == flight.Id).ToListAsync(cancellationToken);
        var passengers = await db.BookingPassengers.IgnoreQueryFilters().Where(p => p.Booking!.FlightId == flight.Id).ToListAsync(cancellationToken);
        var links = TravellerLinker.Link(travellers, passengers);
        foreach (var traveller in travellers)
        {
            var linked = links.TryGetValue(traveller.Id, out var passengerId) ? passengerId : (Guid?)null;
            if (linked != traveller.BookingPassengerId)
            {
                // A PNR that arrives (or changes) after the passenger list changes what is known about
                // the traveller: screen and target them again with the booking.
                traveller.BookingPassengerId = linked;
                _travellers.Add(traveller.Id);
            }
        }

        flight.PassengerCount = travellers.Count(t => Traveller.IsPassengerRole(t.Role));
        flight.CrewCount = travellers.Count - flight.PassengerCount;
        flight.BookingCount = await db.Bookings.IgnoreQueryFilters().CountAsync(b => b.FlightId == flight.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Clip(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
