namespace Portcullis.Profiles.Tests;

public sealed class RoundTripTests
{
    [Theory]
    [InlineData("a = 1 and b != 2 or not (c < 3)")]
    [InlineData("a and (b or c)")]
    [InlineData("(a or b) and c")]
    [InlineData("a or (b or c)")]
    [InlineData("a and (b and c)")]
    [InlineData("not (a and b)")]
    [InlineData("(a = b) = true")]
    [InlineData("a - (b - c) = 1")]
    [InlineData("a - -5 >= -2.50")]
    [InlineData("x not in [\"A\", \"B \\\"q\\\" \\\\\"] and y in [2026-12-01, 2026-12-02T06:30] or z in [1 day, 2 hours, 90 minutes, 1 week]")]
    [InlineData("x not in list \"source-countries\" and x in list \"hubs\"")]
    [InlineData("x starts with \"a\" and x ends with \"b\" and x contains \"c\"")]
    [InlineData("a between 1 and 2 + 3")]
    [InlineData("t - 2026-12-01T06:30:15 < 3 days")]
    [InlineData("any(c, x => x.a and (x.b or x.c)) or all(c, x => not x.a) or count(c) = count(c, x => x.a)")]
    public void Parse_format_parse_gives_the_same_tree(string condition)
    {
        var parsed = ProfileText.Parse(ProfileBuilder.WithHeader(condition));
        parsed.Diagnostics.ShouldBeEmpty();
        var formatted = ProfileText.Format(parsed);
        var again = ProfileText.Parse(formatted);
        again.Diagnostics.ShouldBeEmpty();
        SyntaxDump.Of(again.Condition).ShouldBe(SyntaxDump.Of(parsed.Condition));
        ProfileText.Format(again).ShouldBe(formatted);
    }

    [Fact]
    public void The_canonical_layout_puts_one_condition_per_line()
    {
        var parsed = ProfileText.Parse(ProfileBuilder.WithHeader("booking.oneWay and   (route.legs>1 or baggage.count=0)   # why\n and age<30"));
        ProfileText.Format(parsed).ShouldBe(ProfileBuilder.Header.Replace("\r\n", "\n", StringComparison.Ordinal) + """

            when
              booking.oneWay
              and (route.legs > 1 or baggage.count = 0)
              and age < 30

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
