using Portcullis.Domain.Passengers;

namespace Portcullis.Features.Passengers;

/// <summary>
/// Finds, for each API traveller of a flight, the PNR passenger who is the same person: by document
/// number when both have one, else by surname, first given name and date of birth, else by surname
/// and first given name when that pair is unique on the flight. Never two travellers to one passenger.
/// </summary>
internal static class TravellerLinker
{
    public static Dictionary<Guid, Guid> Link(IReadOnlyList<FlightTraveller> travellers, IReadOnlyList<BookingPassenger> passengers)
    {
        var links = new Dictionary<Guid, Guid>();
        var taken = new HashSet<Guid>();

        void Pass(Func<FlightTraveller, string?> travellerKey, Func<BookingPassenger, string?> passengerKey)
        {
            var candidates = passengers.Where(p => !taken.Contains(p.Id))
                .Select(p => (Key: passengerKey(p), Passenger: p))
                .Where(x => !string.IsNullOrEmpty(x.Key))
                .GroupBy(x => x.Key!, StringComparer.Ordinal)
                .Where(g => g.Count() == 1)
                .ToDictionary(g => g.Key, g => g.Single().Passenger, StringComparer.Ordinal);
            foreach (var traveller in travellers.Where(t => !links.ContainsKey(t.Id)))
            {
                var key = travellerKey(traveller);
                if (!string.IsNullOrEmpty(key) && candidates.TryGetValue(key, out var passenger) && taken.Add(passenger.Id))
                {
                    links[traveller.Id] = passenger.Id;
                }
            }
        }

        Pass(t => TravellerKey.Fold(t.DocumentNumber), p => TravellerKey.Fold(p.DocumentNumber));
        Pass(t => WithBirth(t.Surname, t.GivenNames, t.DateOfBirth), p => WithBirth(p.Surname, p.GivenNames, p.DateOfBirth));
        Pass(t => Name(t.Surname, t.GivenNames), p => Name(p.Surname, p.GivenNames));
        return links;
    }

    private static string? WithBirth(string? surname, string? givenNames, DateOnly? birth) =>
        birth is null || Name(surname, givenNames) is not { } name ? null : name + "|" + birth.Value.DayNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Name(string? surname, string? givenNames)
    {
        var s = TravellerKey.Fold(surname);
        var g = TravellerKey.Fold(givenNames).Split(' ')[0];
        return s.Length == 0 ? null : s + "|" + g;
    }
}
