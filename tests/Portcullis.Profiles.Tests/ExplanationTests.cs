using Portcullis.Profiles.Compiling;

namespace Portcullis.Profiles.Tests;

public sealed class ExplanationTests
{
    [Fact]
    public void Each_condition_is_listed_with_the_values_that_satisfied_it()
    {
        var profile = ProfileBuilder.CompileCondition("""
            booking.daysBeforeDeparture <= 2
              and booking.oneWay
              and booking.payment.type in ["CASH", "CA"]
              and route.origin.country in list "source-countries"
              and count(booking.passengers) = 1
              and flight.scheduledDeparture - booking.createdAt < 2 days
              and any(route.transits, t => t.airport in list "hub-airports")
            """);
        var explanation = profile.Explain(Traveller.Complete);
        explanation.Matched.ShouldBeTrue();
        explanation.Conditions.Select(Line).ShouldBe([
            "booking.daysBeforeDeparture <= 2: held; booking.daysBeforeDeparture [booking.daysBeforeDeparture] = 1",
            "booking.oneWay: held; booking.oneWay [booking.oneWay] = yes",
            "booking.payment.type in [\"CASH\", \"CA\"]: held; booking.payment.type [booking.payment.type] = \"CASH\"",
            "route.origin.country in list \"source-countries\": held; route.origin.country [route.origin.country] = \"CO\"",
            "count(booking.passengers) = 1: held; count(booking.passengers) = 1",
            "flight.scheduledDeparture - booking.createdAt < 2 days: held; flight.scheduledDeparture - booking.createdAt = 1 day 8 hours 15 minutes",
            "any(route.transits, t => t.airport in list \"hub-airports\"): held; "
                + "count(route.transits, t => t.airport in list \"hub-airports\") = 1; count(route.transits) = 2; "
                + "t.airport [t.airport] = \"IST\"",
        ]);
    }

    [Fact]
    public void An_all_that_failed_shows_the_first_element_that_did_not_hold_and_one_that_held_shows_none()
    {
        var failed = ProfileBuilder.CompileCondition("all(route.transits, t => t.airport in list \"hub-airports\")").Explain(Traveller.Complete);
        var held = ProfileBuilder.CompileCondition("all(route.transits, t => t.airport != \"XXX\")").Explain(Traveller.Complete);
        var none = ProfileBuilder.CompileCondition("any(route.transits, t => t.airport = \"XXX\")").Explain(Traveller.Complete);

        failed.Conditions.Select(Line).ShouldHaveSingleItem().ShouldEndWith("; t.airport (the first that did not hold) [t.airport] = \"MAD\"");
        held.Conditions.Single().Values.ShouldNotContain(v => v.Field == "t.airport");
        none.Conditions.Single().Values.ShouldNotContain(v => v.Field == "t.airport");
    }

    private static string Line(ConditionExplanation condition) =>
        $"{condition.Condition}: {(condition.Held ? "held" : "did not hold")}; "
        + string.Join("; ", condition.Values.Select(v => v.Field is null ? $"{v.Expression} = {v.Value}" : $"{v.Expression} [{v.Field}] = {v.Value}"));

    [Fact]
    public void Conditions_that_did_not_hold_and_missing_values_are_shown_as_such()
    {
        var profile = ProfileBuilder.CompileCondition("booking.oneWay or not (baggage.count > 0)");
        var explanation = profile.Explain(Traveller.Empty);
        explanation.Matched.ShouldBeTrue();
        explanation.Conditions.Select(c => (c.Condition, c.Held, c.Values.Single().Value)).ShouldBe([
            ("booking.oneWay", false, "missing"),
            ("baggage.count > 0", false, "missing"),
        ]);
    }

    [Fact]
    public void Matching_and_explaining_agree()
    {
        foreach (var file in ReferenceProfiles.ByFile.Keys)
        {
            var profile = ProfileBuilder.Compile(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", file)));
            foreach (var traveller in GeneratedTravellers.Make(100, seed: 7))
            {
                profile.Explain(traveller).Matched.ShouldBe(profile.Matches(traveller));
            }
        }
    }
}
