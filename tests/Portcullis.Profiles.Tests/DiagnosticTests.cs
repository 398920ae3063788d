namespace Portcullis.Profiles.Tests;

/// <summary>Mistakes a targeter makes, each with the exact line:column, problem and suggestion it must get back.</summary>
public sealed class DiagnosticTests
{
    [Theory]
    [InlineData("booking.daysBefore <= 2",
        "8:3: unknown field `booking.daysBefore`; did you mean `booking.daysBeforeDeparture`?")]
    [InlineData("booking.onewya",
        "8:3: unknown field `booking.onewya`; did you mean `booking.oneWay`?")]
    [InlineData("any(booking.passengers, p => p.agee < 18)",
        "8:32: passengers have no field `agee`; did you mean `p.age`?")]
    [InlineData("booking.oneWay = \"yes\"",
        "8:20: `booking.oneWay` is a yes/no field and cannot be compared with text; compare it with true or use it alone")]
    [InlineData("booking.daysBeforeDeparture = \"2\"",
        "8:33: `booking.daysBeforeDeparture` is a number field and cannot be compared with text; compare it with a number, e.g. `booking.daysBeforeDeparture = 2`")]
    [InlineData("booking.daysBeforeDeparture and booking.oneWay",
        "8:3: `booking.daysBeforeDeparture` is a number, not a condition, so `and` cannot use it; compare it, e.g. `booking.daysBeforeDeparture <= 2`")]
    [InlineData("route.origin.country in list \"source-contries\"",
        "8:32: there is no reference list \"source-contries\"; did you mean \"source-countries\"?")]
    [InlineData("flight.scheduledDeparture < 2026-02-30",
        "8:31: `2026-02-30` is not a valid date; write dates as YYYY-MM-DD (e.g. 2026-12-01) and times as YYYY-MM-DDTHH:MM (e.g. 2026-12-01T06:30)")]
    [InlineData("booking.payment.type < \"CASH\" and booking.oneWay",
        "8:24: text has no order, so `<` cannot compare it; use =, !=, in, starts with, ends with or contains")]
    [InlineData("booking.passengers = 1",
        "8:3: `booking.passengers` is a collection; use any(...), all(...) or count(...)")]
    [InlineData("booking.daysBeforeDeparture <= 2 booking.oneWay",
        "8:36: unexpected `booking.oneWay` after a complete condition; join conditions with `and` or `or`")]
    [InlineData("(booking.oneWay and route.legs > 1",
        "8:37: expected `)`; close the parenthesis opened at 8:3")]
    [InlineData("booking.payment.type in [\"CASH\", 2]",
        "8:36: `booking.payment.type` is a text field and cannot be compared with a number; compare it with text, e.g. `booking.payment.type = \"CASH\"`")]
    [InlineData("age between 18 and \"30\" and booking.oneWay",
        "8:22: `age` is a number field and cannot be compared with text; compare it with a number, e.g. `age <= 2`")]
    [InlineData("booking.createdAt + booking.createdAt > 2026-12-01",
        "8:21: cannot add a date and time to a date and time; numbers add to numbers; a date or time plus or minus a duration is a date or time; two dates or times subtract to a duration")]
    [InlineData("booking.contact.emailDomain ends with 3 and booking.oneWay",
        "8:41: `3` is a number; `ends with` needs text; write the text in double quotes, e.g. \"@mail.\"")]
    public void A_mistake_in_the_condition_is_reported_precisely(string condition, string expected) =>
        ProfileBuilder.ConditionErrors(condition).ShouldBe([expected]);

    [Fact]
    public void An_unknown_header_suggests_the_closest_one()
    {
        var text = ProfileBuilder.WithHeader("booking.oneWay").Replace("rationale", "rationel", StringComparison.Ordinal);
        ProfileBuilder.Errors(text).ShouldBe([
            "2:1: unknown header `rationel`; did you mean `rationale`? Headers are profile, subject, rationale, owner, valid, hit cap, score; the condition starts after `when`",
            "7:1: the profile has no rationale: every profile must say why its conditions indicate risk; add `rationale \"...\"` before `when`",
        ]);
    }

    [Fact]
    public void A_profile_without_when_says_so()
    {
        ProfileBuilder.Errors(ProfileBuilder.Header + "\n  booking.oneWay\n").ShouldBe([
            "7:3: unknown header `booking.oneWay`; if this is the condition, write `when` on the line before it",
            "8:1: the profile has no `when`; after the header lines write `when` followed by the condition, e.g. `when booking.oneWay`",
        ]);
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused()
    {
        var text = ProfileBuilder.WithHeader("booking.oneWay").Replace("to 2027-06-01", "to 2026-06-01", StringComparison.Ordinal);
        ProfileBuilder.Errors(text).ShouldBe(["4:21: the period ends before it starts; the second date must be after the first"]);
    }

    [Fact]
    public void Errors_come_in_text_order_one_per_mistake()
    {
        var errors = ProfileBuilder.ConditionErrors("booking.onewya\n  and booking.daysBefore <= 2\n  and route.legz > 1");
        errors.Select(e => e[..e.IndexOf(' ', StringComparison.Ordinal)]).ShouldBe(["8:3:", "9:7:", "10:7:"]);
    }
}
