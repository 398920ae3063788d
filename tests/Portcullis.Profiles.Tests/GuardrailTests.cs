namespace Portcullis.Profiles.Tests;

public sealed class GuardrailTests
{
    [Theory]
    [InlineData("nationality = \"AL\"")]
    [InlineData("nationality in [\"AL\", \"XK\"] and sex = \"M\" and age between 18 and 30")]
    [InlineData("not (age > 40) or sex = \"F\"")]
    [InlineData("any(booking.passengers, p => p.age < 18) and nationality = \"RS\"")]
    public void A_profile_of_who_people_are_is_refused(string condition) =>
        ProfileBuilder.ConditionErrors(condition).ShouldBe([
            "7:1: the condition uses only personal characteristics (nationality, sex, age): selecting people for who they are is not allowed; "
            + "add a criterion on behaviour, travel, booking, payment, documents, baggage, history or goods that the rationale explains",
        ]);

    [Theory]
    [InlineData("nationality = \"AL\" and booking.payment.type = \"CASH\"")]
    [InlineData("age < 25 and route.origin.country in list \"source-countries\"")]
    [InlineData("sex = \"M\" and baggage.count = 0")]
    public void Personal_fields_may_narrow_a_profile_with_other_criteria(string condition) =>
        ProfileBuilder.ConditionErrors(condition).ShouldBeEmpty();

    [Fact]
    public void A_condition_that_tests_no_field_is_refused() =>
        ProfileBuilder.ConditionErrors("1 = 1").ShouldBe([
            "7:1: the condition tests no field, so it would select everyone; "
            + "add a criterion on behaviour, travel, booking, payment, documents, baggage, history or goods",
        ]);

    [Theory]
    [InlineData("rationale", "the profile has no rationale: every profile must say why its conditions indicate risk; add `rationale \"...\"` before `when`")]
    [InlineData("owner", "the profile has no owner: every profile must name the unit accountable for it; add `owner RS-ACCU-BELGRADE` before `when`")]
    [InlineData("valid", "the profile has no validity period: every profile must expire; add `valid 2026-12-01 to 2027-06-01` before `when`")]
    [InlineData("hit cap", "the profile has no hit cap: every profile must limit how many it selects; add `hit cap 50 per day` before `when`")]
    [InlineData("score", "the profile has no score; add `score 40` before `when`")]
    public void Every_profile_is_accountable(string header, string expected)
    {
        var lines = ProfileBuilder.WithHeader("booking.oneWay").Split('\n').Where(l => !l.StartsWith(header, StringComparison.Ordinal));
        ProfileBuilder.Errors(string.Join('\n', lines)).ShouldBe(["6:1: " + expected]);
    }
}
