using Portcullis.Formats.Passengers;

namespace Portcullis.Features.Targeting.Facts;

/// <summary>Where a traveller's journey starts and ends, and the airports in between (IATA codes).</summary>
internal sealed record Route(string? Origin, string? Destination, IReadOnlyList<string>? Transits, int? Legs)
{
    /// <summary>
    /// The journey of a booking's itinerary, its legs in the order they fly (by UTC departure where
    /// the airport's time zone is known, else as sent). The origin is where the first leg leaves.
    /// The destination is where the last leg lands, except on a trip back to the origin: there it is
    /// the turnaround, the airport of the longest stay between landing and leaving again (with no
    /// times known, the arrival of the middle leg: the first half of the legs go out). Transits are the
    /// other airports the legs touch, each once, in the order first reached; a change of airport on
    /// the way (land at one, leave from another) lists both.
    /// </summary>
    public static Route? FromItinerary(IReadOnlyList<FlightLeg> itinerary)
    {
        var legs = itinerary
            .Where(l => !string.IsNullOrWhiteSpace(l.DepartureAirport) && !string.IsNullOrWhiteSpace(l.ArrivalAirport))
            .Select(l => (From: Code(l.DepartureAirport)!, To: Code(l.ArrivalAirport)!,
                Leaves: AirportLookup.ToUtc(l.DepartureAirport, l.Departure) ?? l.Departure,
                Lands: AirportLookup.ToUtc(l.ArrivalAirport, l.Arrival) ?? l.Arrival))
            .OrderBy(l => l.Leaves ?? DateTime.MaxValue)
            .ToList();
        if (legs.Count == 0)
        {
            return null;
        }

        var origin = legs[0].From;
        string destination;
        if (legs.Count > 1 && string.Equals(legs[^1].To, origin, StringComparison.Ordinal))
        {
            var turnaround = (legs.Count / 2) - 1;
            TimeSpan? longest = null;
            for (var i = 0; i + 1 < legs.Count; i++)
            {
                if ((legs[i].Lands ?? legs[i].Leaves) is { } landed && legs[i + 1].Leaves is { } leaves
                    && (longest is null || leaves - landed > longest))
                {
                    longest = leaves - landed;
                    turnaround = i;
                }
            }

            destination = legs[turnaround].To;
        }
        else
        {
            destination = legs[^1].To;
        }

        var transits = legs.SelectMany(l => new[] { l.From, l.To })
            .Where(a => a != origin && a != destination)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new Route(origin, destination, transits, legs.Count);
    }

    /// <summary>
    /// Without a booking only the traveller's own embarkation and debarkation (else the flight's
    /// airports) are known: whether the trip goes on before or after is not, so transits and legs stay missing.
    /// </summary>
    public static Route FromTraveller(string? embarkation, string? debarkation, string? flightDeparture, string? flightArrival) =>
        new(Code(embarkation) ?? Code(flightDeparture), Code(debarkation) ?? Code(flightArrival), null, null);

    private static string? Code(string? airport) =>
        string.IsNullOrWhiteSpace(airport) ? null : airport.Trim().ToUpperInvariant();
}
