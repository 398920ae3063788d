using Portcullis.Profiles.Travellers;

namespace Portcullis.Profiles.Tests;

/// <summary>
/// What each operator means, on the complete sample traveller and on one with nothing known. Each
/// condition carries a non-personal criterion only where the guardrail needs one.
/// </summary>
public sealed class SemanticsTests
{
    private static bool On(TravellerFacts traveller, string condition) => ProfileBuilder.CompileCondition(condition).Matches(traveller);

    [Theory]
    [InlineData("booking.daysBeforeDeparture = 1", true)]
    [InlineData("booking.daysBeforeDeparture != 1", false)]
    [InlineData("booking.daysBeforeDeparture < 2", true)]
    [InlineData("booking.daysBeforeDeparture <= 1", true)]
    [InlineData("booking.daysBeforeDeparture > 1", false)]
    [InlineData("booking.daysBeforeDeparture >= 1", true)]
    [InlineData("baggage.totalWeight = 23.50", true)]
    [InlineData("baggage.totalWeight + 1.5 = 25", true)]
    [InlineData("baggage.totalWeight - baggage.count > 22", true)]
    [InlineData("booking.payment.type = \"cash\"", true)]
    [InlineData("booking.payment.type != \"CC\"", true)]
    [InlineData("booking.oneWay", true)]
    [InlineData("booking.oneWay = false", false)]
    [InlineData("booking.payment.byThirdParty", false)]
    [InlineData("not booking.payment.byThirdParty", true)]
    [InlineData("booking.oneWay and booking.payment.byThirdParty", false)]
    [InlineData("booking.oneWay or booking.payment.byThirdParty", true)]
    [InlineData("booking.payment.type in [\"CA\", \"CASH\"]", true)]
    [InlineData("booking.payment.type not in [\"CA\", \"CASH\"]", false)]
    [InlineData("route.legs in [2, 3]", true)]
    [InlineData("route.origin.country in list \"source-countries\"", true)]
    [InlineData("route.origin.country not in list \"source-countries\"", false)]
    [InlineData("booking.contact.emailDomain in list \"free-mail-domains\"", true)]
    [InlineData("booking.travelAgency starts with \"sunny\"", true)]
    [InlineData("booking.travelAgency ends with \"TOURS\"", true)]
    [InlineData("booking.travelAgency contains \"ny t\"", true)]
    [InlineData("booking.travelAgency contains \"travel\"", false)]
    [InlineData("document.expiresInDays between 30 and 40", true)]
    [InlineData("document.expiresInDays between 41 and 90", false)]
    [InlineData("flight.carrier = flight.carrier", true)]
    public void Operators_on_a_known_traveller(string condition, bool expected) => On(Traveller.Complete, condition).ShouldBe(expected);

    // Missing data never selects: every comparison with a missing value is false, whatever the operator.
    [Theory]
    [InlineData("booking.daysBeforeDeparture = 1")]
    [InlineData("booking.daysBeforeDeparture != 1")]
    [InlineData("booking.daysBeforeDeparture < 2")]
    [InlineData("booking.daysBeforeDeparture >= 0")]
    [InlineData("booking.daysBeforeDeparture + 1 > 0")]
    [InlineData("booking.payment.type = \"CASH\"")]
    [InlineData("booking.payment.type != \"CASH\"")]
    [InlineData("booking.oneWay")]
    [InlineData("booking.oneWay = false")]
    [InlineData("booking.oneWay != true")]
    [InlineData("booking.payment.type in [\"CASH\"]")]
    [InlineData("booking.payment.type not in [\"CASH\"]")]
    [InlineData("route.origin.country not in list \"source-countries\"")]
    [InlineData("booking.travelAgency contains \"a\"")]
    [InlineData("document.expiresInDays between 0 and 1000")]
    [InlineData("flight.scheduledDeparture - booking.createdAt < 300 days")]
    [InlineData("any(booking.passengers, p => p.surname != \"ZZZ\")")]
    [InlineData("all(booking.passengers, p => p.surname != \"ZZZ\")")]
    [InlineData("count(booking.passengers) = 0")]
    [InlineData("count(booking.passengers) != 1")]
    public void A_missing_value_makes_the_comparison_false(string condition) => On(Traveller.Empty, condition).ShouldBeFalse();

    [Fact]
    public void Not_negates_the_comparison_so_not_of_a_missing_value_holds()
    {
        // Documented: `not` turns a false comparison true, missing data included; `!=` and `not in` do not.
        On(Traveller.Empty, "not booking.oneWay").ShouldBeTrue();
        On(Traveller.Empty, "booking.oneWay != true").ShouldBeFalse();
    }

    [Fact]
    public void Any_all_and_count_range_over_the_elements()
    {
        var family = Traveller.Complete with
        {
            BookingPassengers = [new("PETROVIC", "MARKO", 34), new("PETROVIC", "ANA", 8), new("PETROVIC", "LUKA", null)],
        };
        On(family, "any(booking.passengers, p => p.age < 18) and booking.oneWay").ShouldBeTrue();
        On(family, "all(booking.passengers, p => p.surname = \"petrovic\")").ShouldBeTrue();
        On(family, "all(booking.passengers, p => p.age >= 0) and booking.oneWay").ShouldBeFalse();
        On(family, "count(booking.passengers) = 3").ShouldBeTrue();
        On(family, "count(booking.passengers, p => p.age < 18) = 1 and booking.oneWay").ShouldBeTrue();
        On(family, "count(booking.passengers, p => p.givenNames starts with \"L\" and booking.oneWay) = 1").ShouldBeTrue();
        On(family, "any(route.transits, t => t.airport in list \"hub-airports\")").ShouldBeTrue();
        On(family, "all(route.transits, t => t.country != \"CO\")").ShouldBeTrue();
        On(family, "any(booking.passengers, p => any(route.transits, t => t.country = \"ES\") and p.age < 10)").ShouldBeTrue();
    }

    [Fact]
    public void All_over_an_empty_collection_is_false()
    {
        var alone = Traveller.Complete with { RouteTransits = [] };
        On(alone, "all(route.transits, t => t.country = \"TR\")").ShouldBeFalse();
        On(alone, "count(route.transits) = 0").ShouldBeTrue();
        On(alone, "any(route.transits, t => t.country = \"TR\")").ShouldBeFalse();
    }

    [Theory]
    [InlineData("flight.scheduledDeparture - booking.createdAt < 2 days", true)]
    [InlineData("flight.scheduledDeparture - booking.createdAt = 1 day + 8 hours + 15 minutes", true)]
    [InlineData("flight.scheduledArrival - flight.scheduledDeparture = 90 minutes", true)]
    [InlineData("booking.createdAt + 36 hours > flight.scheduledDeparture", true)]
    [InlineData("booking.createdAt + 1 day > flight.scheduledDeparture", false)]
    [InlineData("flight.scheduledDeparture - 2 days < booking.createdAt", true)]
    [InlineData("flight.scheduledDeparture >= 2026-12-10", true)]
    [InlineData("flight.scheduledDeparture < 2026-12-10T06:31", true)]
    [InlineData("flight.scheduledDeparture between 2026-12-01 and 2026-12-31", true)]
    [InlineData("flight.scheduledDeparture - 2026-12-01 = 9 days + 390 minutes", true)]
    [InlineData("2026-12-10 - 2026-12-01 = 9 days and booking.oneWay", true)]
    [InlineData("2026-12-01 + 36 hours = 2026-12-02 and booking.oneWay", true)]
    [InlineData("2026-12-01 + 2 weeks = 2026-12-15 and booking.oneWay", true)]
    [InlineData("3 days + 2026-12-01 = 2026-12-04 and booking.oneWay", true)]
    [InlineData("2026-12-01 - 1 day = 2026-11-30 and booking.oneWay", true)]
    [InlineData("flight.scheduledDeparture in [2026-12-10T06:30, 2026-12-11T06:30]", true)]
    [InlineData("booking.createdAt in [2026-12-08]", false)]
    public void Dates_times_and_durations(string condition, bool expected) => On(Traveller.Complete, condition).ShouldBe(expected);
}
