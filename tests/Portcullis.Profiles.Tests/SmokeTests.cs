using Portcullis.Profiles.Travellers;

namespace Portcullis.Profiles.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void The_issue_example_compiles_and_matches_a_courier()
    {
        var profile = ProfileBuilder.Compile("""
            profile "Last-minute one-way booking paid in cash"
            rationale "Couriers are booked late, one way, and pay cash (UNODC AIRCOP indicator)."
            owner RS-ACCU-BELGRADE
            valid 2026-12-01 to 2027-06-01
            hit cap 50 per day
            score 40
            when
              booking.daysBeforeDeparture <= 2
              and booking.oneWay
              and booking.payment.type in ["CASH", "CA"]
              and route.origin.country in list "source-countries"
              and count(booking.passengers) = 1
            """);
        var courier = new TravellerFacts
        {
            BookingDaysBeforeDeparture = 1,
            BookingOneWay = true,
            BookingPaymentType = "cash",
            RouteOriginCountry = "CO",
            BookingPassengers = [new BookedPassenger("DOE", "JOHN", 30)],
        };
        profile.Matches(courier).ShouldBeTrue();
        profile.Matches(courier with { BookingOneWay = null }).ShouldBeFalse();
        profile.Matches(new TravellerFacts()).ShouldBeFalse();
        var explanation = profile.Explain(courier);
        explanation.Matched.ShouldBeTrue();
        explanation.Conditions.Count.ShouldBe(5);
    }
}
