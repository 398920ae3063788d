using Portcullis.Profiles.Catalogue;
using static Portcullis.Profiles.Catalogue.FieldCategory;

namespace Portcullis.Profiles.Travellers;

/// <summary>
/// The fields a traveller profile may test. Deliberately absent: race or ethnic origin, religion,
/// political opinion, health and sexual life (special categories of personal data); a test keeps it so.
/// </summary>
public static class TravellerCatalogue
{
    public static FieldCatalogue<BookedPassenger> Passengers { get; } = new FieldCatalogue<BookedPassenger>("passengers")
        .Text("surname", Booking, "Passenger's surname as booked.", p => p.Surname)
        .Text("givenNames", Booking, "Passenger's given names as booked.", p => p.GivenNames)
        .Number("age", Personal, "Passenger's age in whole years, when the booking gives it.", p => p.Age);

    public static FieldCatalogue<TransitAirport> Transits { get; } = new FieldCatalogue<TransitAirport>("transit airports")
        .Text("airport", Travel, "IATA code of the transit airport.", t => t.Airport)
        .Text("country", Travel, "ISO 3166 alpha-2 code of the transit airport's country.", t => t.Country);

    public static FieldCatalogue<TravellerFacts> Fields { get; } = new FieldCatalogue<TravellerFacts>("travellers")
        .Text("flight.carrier", Travel, "IATA code of the operating airline, e.g. JU.", t => t.FlightCarrier)
        .Text("flight.number", Travel, "Flight number without the carrier, e.g. 512.", t => t.FlightNumber)
        .Text("flight.departure.airport", Travel, "IATA code of the airport this flight leaves from.", t => t.FlightDepartureAirport)
        .Text("flight.departure.country", Travel, "ISO alpha-2 country this flight leaves from.", t => t.FlightDepartureCountry)
        .Text("flight.arrival.airport", Travel, "IATA code of the airport this flight lands at.", t => t.FlightArrivalAirport)
        .Text("flight.arrival.country", Travel, "ISO alpha-2 country this flight lands in.", t => t.FlightArrivalCountry)
        .DateTime("flight.scheduledDeparture", Travel, "Scheduled departure (UTC).", t => t.FlightScheduledDeparture)
        .DateTime("flight.scheduledArrival", Travel, "Scheduled arrival (UTC).", t => t.FlightScheduledArrival)
        .Text("route.origin.airport", Travel, "IATA code of where the whole itinerary starts.", t => t.RouteOriginAirport)
        .Text("route.origin.country", Travel, "ISO alpha-2 country where the itinerary starts.", t => t.RouteOriginCountry)
        .Text("route.destination.airport", Travel, "IATA code of where the itinerary ends.", t => t.RouteDestinationAirport)
        .Text("route.destination.country", Travel, "ISO alpha-2 country where the itinerary ends.", t => t.RouteDestinationCountry)
        .Collection("route.transits", Travel, "Airports passed through between origin and destination.", t => t.RouteTransits, Transits)
        .Number("route.legs", Travel, "Number of flights in the itinerary.", t => t.RouteLegs)
        .Text("booking.recordLocator", Booking, "The booking's record locator (PNR).", t => t.BookingRecordLocator)
        .DateTime("booking.createdAt", Booking, "When the booking was made (UTC).", t => t.BookingCreatedAt)
        .Number("booking.daysBeforeDeparture", Booking, "Whole days from booking to scheduled departure.", t => t.BookingDaysBeforeDeparture)
        .Boolean("booking.oneWay", Booking, "Whether the booking has no return flight.", t => t.BookingOneWay)
        .Text("booking.payment.type", Payment, "Form of payment code: CASH, CA (cash), CC (card), INV (invoice)...", t => t.BookingPaymentType)
        .Boolean("booking.payment.byThirdParty", Payment, "Whether someone not travelling paid.", t => t.BookingPaymentByThirdParty)
        .Collection("booking.passengers", Booking, "Everyone named on the booking, the traveller included.", t => t.BookingPassengers, Passengers)
        .Text("booking.travelAgency", Booking, "Name or IATA number of the agency that made the booking.", t => t.BookingTravelAgency)
        .Text("booking.contact.emailDomain", Booking, "Domain of the booking's contact e-mail address.", t => t.BookingContactEmailDomain)
        .Text("booking.contact.phoneCountry", Booking, "ISO alpha-2 country of the booking's contact telephone.", t => t.BookingContactPhoneCountry)
        .Text("document.type", Document, "Travel document type: P (passport), I (identity card)...", t => t.DocumentType)
        .Text("document.issuingCountry", Document, "ISO alpha-2 country that issued the travel document.", t => t.DocumentIssuingCountry)
        .Number("document.expiresInDays", Document, "Days from departure to the document's expiry.", t => t.DocumentExpiresInDays)
        .Number("baggage.count", Baggage, "Checked bags.", t => t.BaggageCount)
        .Number("baggage.totalWeight", Baggage, "Total weight of the checked bags in kilograms.", t => t.BaggageTotalWeightKg)
        .Number("history.previousTrips", History, "Trips through the region's ports recorded before this one.", t => t.HistoryPreviousTrips)
        .Boolean("history.firstTimeSeen", History, "Whether this traveller has never been recorded before.", t => t.HistoryFirstTimeSeen)
        .Number("watchlist.hits", Watchlist, "Watchlist hits raised on this traveller, reviewed or not (screening runs before the profiles).", t => t.WatchlistHits)
        .Text("nationality", Personal, "ISO alpha-2 nationality from the travel document.", t => t.Nationality)
        .Text("sex", Personal, "Sex as on the travel document: F, M or X.", t => t.Sex)
        .Number("age", Personal, "Age in whole years on the day of departure.", t => t.Age);
}
