using Portcullis.Formats.Passengers;

namespace Portcullis.Formats.Pnrgov;

/// <summary>The facts targeters use, computed from a read PNR: see <see cref="PnrFacts"/>.</summary>
internal static class PnrFactsCalculator
{
    public static PnrFacts Compute(Pnr pnr)
    {
        var facts = new PnrFacts { CoTravellers = Math.Max(0, pnr.Passengers.Count - 1) };
        var legs = pnr.Itinerary
            .Where(l => l.DepartureAirport is not null && l.ArrivalAirport is not null)
            .OrderBy(l => l.Departure ?? DateTime.MaxValue)
            .ToList();
        if (legs.Count == 0)
        {
            return facts;
        }

        var first = legs[0];
        if (pnr.Created is { } created && first.Departure is { } departure)
        {
            facts.DaysBookingToDeparture = (departure.Date - created.Date).Days;
        }

        var origin = first.DepartureAirport;
        var returnsHome = legs.Any(l => string.Equals(l.ArrivalAirport, origin, StringComparison.Ordinal));
        if (!returnsHome)
        {
            facts.TripType = "one-way";
            return facts;
        }

        if (string.Equals(legs[^1].ArrivalAirport, origin, StringComparison.Ordinal))
        {
            facts.TripType = "return";
            facts.LengthOfStayDays = LongestStop(legs);
        }
        else
        {
            facts.TripType = "multi-city";
        }

        return facts;
    }

    /// <summary>
    /// The turnaround is where the traveller stays longest between arriving and leaving again: the gap
    /// between legs, in whole days. Connections of a few hours count as zero.
    /// </summary>
    private static int? LongestStop(List<FlightLeg> legs)
    {
        int? longest = null;
        for (var i = 0; i + 1 < legs.Count; i++)
        {
            var arrived = legs[i].Arrival ?? legs[i].Departure;
            var leaves = legs[i + 1].Departure;
            if (arrived is null || leaves is null)
            {
                continue;
            }

            var days = (leaves.Value.Date - arrived.Value.Date).Days;
            if (longest is null || days > longest)
            {
                longest = days;
            }
        }

        return longest;
    }
}
