using Portcullis.Profiles.Checking;
using Portcullis.Profiles.Compiling;
using Portcullis.Profiles.Travellers;

namespace Portcullis.Profiles.Tests;

/// <summary>
/// A set compiles its profiles in parts of a few profiles each (more than one part here). Every
/// profile must answer exactly as it does alone, including profiles that write the same condition
/// with different variable names and profiles that name a list with different values for each.
/// </summary>
public sealed class ProfileSetTests
{
    private static readonly string[] Conditions =
    [
        "any(route.transits, x => x.airport in list \"hub-airports\") and booking.oneWay",
        "any(route.transits, t => t.airport in list \"hub-airports\") and not booking.oneWay",
        "any(route.transits, x => x.airport in list \"hub-airports\") or booking.daysBeforeDeparture <= 1",
        "not any(route.transits, x => x.airport in list \"hub-airports\") and booking.payment.byThirdParty",
        "all(booking.passengers, p => p.age < 18) and booking.oneWay",
        "all(booking.passengers, q => q.age < 18) or booking.payment.type = \"INV\"",
        "any(booking.passengers, p => p.age < 18) and count(booking.passengers) >= 2",
        "any(booking.passengers, p => p.age < 18) and booking.payment.type in [\"CASH\", \"CA\"]",
        "route.origin.country in list \"source-countries\" and booking.oneWay",
        "route.origin.country not in list \"source-countries\" and booking.daysBeforeDeparture <= 2",
        "booking.contact.emailDomain in list \"free-mail-domains\" and baggage.count = 0",
        "flight.scheduledDeparture - booking.createdAt < 36 hours and route.legs >= 2",
        "flight.scheduledDeparture between 2026-12-01 and 2027-03-01 and watchlist.hits > 0",
        "baggage.totalWeight >= 30 and baggage.count = 1",
        "document.expiresInDays < 30 or history.previousTrips = 0",
        "any(route.transits, x => x.country = \"TR\") and route.destination.country in [\"RS\", \"BA\"]",
        "any(route.transits, y => y.country = \"TR\") and booking.oneWay = false",
        "booking.travelAgency starts with \"sunny\" and count(booking.passengers, p => p.age >= 18) = 1",
        "any(route.transits, x => x.airport in list \"hub-airports\") and history.firstTimeSeen",
        "all(route.transits, x => x.airport in list \"hub-airports\") and count(route.transits) >= 2",
        "any(route.transits, x => x.airport in list \"hub-airports\") and any(booking.passengers, p => p.age < 18)",
        "booking.payment.type = \"cash\" and all(booking.passengers, p => p.age < 18)",
        "any(route.transits, x => x.airport in list \"hub-airports\") and booking.payment.type != \"CC\"",
    ];

    // The same list name with other values: a profile checked against these must not share.
    private static readonly ReferenceLists OtherHubs = new(new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        ["hub-airports"] = new HashSet<string>(["MAD", "AMS"], StringComparer.Ordinal),
    });

    private static CheckedProfile<TravellerFacts> Check(string condition, IReferenceLists lists)
    {
        var check = ProfileChecker.Check(ProfileText.Parse(ProfileBuilder.WithHeader(condition)), TravellerCatalogue.Fields, lists);
        check.Errors.ShouldBeEmpty();
        return check.Profile!;
    }

    [Fact]
    public void Every_profile_of_the_set_answers_as_it_does_alone()
    {
        var profiles = Conditions.Select(c => Check(c, ProfileBuilder.Lists))
            .Append(Check(Conditions[0], OtherHubs))
            .Append(Check(Conditions[2], OtherHubs))
            .ToList();
        var alone = profiles.Select(p => p.Compile()).ToList();
        var set = CompiledProfileSet<TravellerFacts>.Compile(profiles);
        var results = new bool[profiles.Count];
        var hits = new int[profiles.Count];

        foreach (var traveller in GeneratedTravellers.Make(600, seed: 20261128).Append(Traveller.Complete).Append(Traveller.Empty))
        {
            set.Evaluate(traveller, results);
            for (var i = 0; i < profiles.Count; i++)
            {
                results[i].ShouldBe(alone[i].Matches(traveller), $"profile {i} on {traveller.BookingRecordLocator}");
                hits[i] += results[i] ? 1 : 0;
            }
        }

        // The other list selects other travellers: each profile of the set keeps its own copy of a list.
        hits[^2].ShouldNotBe(hits[0]);
        hits[^1].ShouldNotBe(hits[2]);
    }
}
