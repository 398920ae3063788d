using Portcullis.Domain.Passengers;
using Portcullis.Domain.Reference;

namespace Portcullis.Features.Targeting;

/// <summary>
/// The units that target a flight's travellers: at each end of the flight that is one of the
/// programme's airports, its Joint Airport Interdiction Task Force (the passenger unit) when it has
/// one, otherwise every unit there (at Tirana the ACCU is the airport's only inter-agency unit and
/// also works passengers). The same units see the flight (ADR 0009).
/// </summary>
public static class PassengerUnits
{
    public static IReadOnlyList<(Unit Unit, bool AtArrival)> Of(Flight flight)
    {
        var units = new List<(Unit, bool)>();
        Add(flight.ArrivalLocation, atArrival: true);
        Add(flight.DepartureLocation, atArrival: false);
        return units;

        void Add(string? location, bool atArrival)
        {
            if (location is null)
            {
                return;
            }

            var there = ReferenceCatalog.Default.Units.Where(u => string.Equals(u.LocationCode, location, StringComparison.Ordinal)).ToList();
            var passengerUnits = there.Where(u => u.Kind == UnitKind.JointAirportInterdictionTaskForce).ToList();
            units.AddRange((passengerUnits.Count > 0 ? passengerUnits : there).Select(u => (u, atArrival)));
        }
    }
}
