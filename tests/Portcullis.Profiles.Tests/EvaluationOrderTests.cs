using Portcullis.Profiles.Travellers;

namespace Portcullis.Profiles.Tests;

/// <summary>
/// The compiler evaluates the parts of an <c>and</c> or <c>or</c> chain cheapest first. The answers
/// must be those of the conditions as written, missing values and <c>not</c> included, and a part
/// that could throw must not be moved ahead of one that, as written, spares it.
/// </summary>
public sealed class EvaluationOrderTests
{
    private static bool On(TravellerFacts traveller, string condition) => ProfileBuilder.CompileCondition(condition).Matches(traveller);

    private static bool InSet(TravellerFacts traveller, string condition)
    {
        var profile = ProfileBuilder.Check(ProfileBuilder.WithHeader(condition)).Profile!;
        var set = Compiling.CompiledProfileSet<TravellerFacts>.Compile([profile]);
        var results = new bool[1];
        set.Evaluate(traveller, results);
        return results[0];
    }

    // Expensive parts written first, cheap ones (often missing on the empty traveller) last.
    [Theory]
    [InlineData("any(route.transits, x => x.airport in list \"hub-airports\") and booking.oneWay", true, false)]
    [InlineData("any(route.transits, x => x.airport in list \"hub-airports\") and not booking.oneWay", false, false)]
    [InlineData("any(route.transits, x => x.airport = \"ZZZ\") or not booking.payment.byThirdParty", true, true)]
    [InlineData("route.origin.country in list \"source-countries\" and booking.daysBeforeDeparture != 1", false, false)]
    [InlineData("route.origin.country not in list \"source-countries\" or not booking.oneWay", false, true)]
    [InlineData("all(booking.passengers, p => p.age > 18) and (booking.oneWay or baggage.count = 0) and not history.firstTimeSeen", false, false)]
    [InlineData("not (booking.contact.emailDomain in list \"free-mail-domains\" and booking.oneWay) and baggage.count >= 0", false, false)]
    [InlineData("(booking.travelAgency contains \"sunny\" or booking.oneWay = false) and (baggage.count = 1 or route.legs = 9)", true, false)]
    public void Reordered_chains_give_the_written_answer(string condition, bool complete, bool empty)
    {
        On(Traveller.Complete, condition).ShouldBe(complete);
        On(Traveller.Empty, condition).ShouldBe(empty);
        InSet(Traveller.Complete, condition).ShouldBe(complete);
        InSet(Traveller.Empty, condition).ShouldBe(empty);
    }

    [Fact]
    public void Arithmetic_that_could_throw_keeps_the_written_order()
    {
        // Three days before the first day of the calendar does not exist: evaluated, the subtraction
        // throws. As written, the `any` is false first and the subtraction is never reached.
        var early = Traveller.Complete with { FlightScheduledDeparture = DateTime.MinValue.AddDays(1) };
        const string condition = "any(booking.passengers, p => p.age < 0) and flight.scheduledDeparture - 3 days < 2026-01-01";

        On(early, condition).ShouldBeFalse();
        InSet(early, condition).ShouldBeFalse();
        // The same subtraction alone does throw, so the test above proves the order was kept.
        Should.Throw<ArgumentOutOfRangeException>(() => On(early, "flight.scheduledDeparture - 3 days < 2026-01-01"));
    }

    [Fact]
    public void Explanations_list_the_conditions_as_written()
    {
        var profile = ProfileBuilder.CompileCondition("any(route.transits, x => x.airport in list \"hub-airports\") and booking.oneWay");
        profile.Explain(Traveller.Complete).Conditions.Select(c => c.Condition)
            .ShouldBe(["any(route.transits, x => x.airport in list \"hub-airports\")", "booking.oneWay"]);
    }
}
