using Portcullis.Features.Passengers;
using Portcullis.Hosting;

namespace Portcullis.Api;

/// <summary>Flights, their passengers and crew, and travellers, for the people of the units that see them.</summary>
internal static class FlightsApi
{
    public static void MapFlights(this RouteGroupBuilder api)
    {
        var flights = api.MapGroup("/flights").WithTags("Flights").RequireAuthorization(Policies.PassengerData);
        flights.MapGet("/", async (DateOnly? day, ListFlights.Direction? direction, string? airport, string? flight, ListFlights.Handler handler, CancellationToken ct) =>
            ApiResults.From(await handler.HandleAsync(new ListFlights.Query(day, direction ?? ListFlights.Direction.All, airport, flight), ct)));
        flights.MapGet("/{id:guid}", async (Guid id, GetFlight.Handler handler, CancellationToken ct) =>
            ApiResults.From(await handler.HandleAsync(new GetFlight.Query(id), ct)));
        api.MapGet("/travellers/{id:guid}", async (Guid id, GetTraveller.Handler handler, CancellationToken ct) =>
            ApiResults.From(await handler.HandleAsync(new GetTraveller.Query(id), ct), d => new
            {
                id = d.Row.Id,
                flight = new { d.Flight.Id, d.Flight.Carrier, d.Flight.Number, d.Flight.DepartureDate },
                api = d.Api,
                apiMessage = d.ApiFrom.MessageId,
                booking = d.Booking is null ? null : new { d.Booking.Id, pnr = d.Booking.Pnr, passengerReference = d.Booking.PassengerReference, message = d.Booking.From.MessageId },
            })).WithTags("Flights").RequireAuthorization(Policies.PassengerData);
    }
}
