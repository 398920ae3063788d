namespace Portcullis.Profiles.Tests;

public sealed class ParsingTests
{
    private static string Tree(string condition)
    {
        var parsed = ProfileText.Parse(ProfileBuilder.WithHeader(condition));
        parsed.Diagnostics.ShouldBeEmpty();
        return SyntaxDump.Of(parsed.Condition);
    }

    [Theory]
    [InlineData("booking.oneWay", "booking.oneWay")]
    [InlineData("a = 1 and b != 2", "(And (Equal a 1) (NotEqual b 2))")]
    [InlineData("a < 1 or b <= 2 or c > 3", "(Or (Or (Less a 1) (LessOrEqual b 2)) (Greater c 3))")]
    [InlineData("a >= 1.5 and not b", "(And (GreaterOrEqual a 1.5) (Not b))")]
    [InlineData("a or b and c", "(Or a (And b c))")]
    [InlineData("(a or b) and c", "(And (Or a b) c)")]
    [InlineData("not not a", "(Not (Not a))")]
    [InlineData("x in [\"CASH\", \"CA\"]", "(In x ['CASH' 'CA'])")]
    [InlineData("x not in [1, 2.5]", "(NotIn x [1 2.5])")]
    [InlineData("x in list \"source-countries\"", "(InList x 'source-countries')")]
    [InlineData("x not in list \"hubs\"", "(NotInList x 'hubs')")]
    [InlineData("x starts with \"JU\"", "(StartsWith x 'JU')")]
    [InlineData("x ends with \".ru\"", "(EndsWith x '.ru')")]
    [InlineData("x contains \"mail\"", "(Contains x 'mail')")]
    [InlineData("age between 18 and 30 and b", "(And (Between age 18 30) b)")]
    [InlineData("d = 2026-12-01", "(Equal d 2026-12-01)")]
    [InlineData("t < 2026-12-01T06:30", "(Less t 2026-12-01T06:30:00)")]
    [InlineData("a - b <= 3 days", "(LessOrEqual (Subtract a b) 3Days)")]
    [InlineData("a + 12 hours > b", "(Greater (Add a 12Hours) b)")]
    [InlineData("a - 1 - 2 = -3", "(Equal (Subtract (Subtract a 1) 2) -3)")]
    [InlineData("d = 1 day + 2 weeks - 30 minutes", "(Equal d (Subtract (Add 1Days 2Weeks) 30Minutes))")]
    [InlineData("t = true or f = false", "(Or (Equal t true) (Equal f false))")]
    [InlineData("s = \"say \\\"hi\\\"\"", "(Equal s 'say \"hi\"')")]
    [InlineData("any(booking.passengers, p => p.age < 18)", "(Any booking.passengers p (Less p.age 18))")]
    [InlineData("all(route.transits, t => t.country in [\"TR\"])", "(All route.transits t (In t.country ['TR']))")]
    [InlineData("count(booking.passengers) = 1", "(Equal (Count booking.passengers) 1)")]
    [InlineData("count(booking.passengers, p => p.age < 18) >= 2", "(GreaterOrEqual (Count booking.passengers p (Less p.age 18)) 2)")]
    public void Every_construct_parses_to_its_tree(string condition, string expected) => Tree(condition).ShouldBe(expected);

    [Fact]
    public void Layout_and_comments_do_not_matter()
    {
        var spread = Tree("""
            # late bookings
            booking.daysBeforeDeparture <= 2   # two days or less
              and
                booking.oneWay
            """);
        spread.ShouldBe(Tree("booking.daysBeforeDeparture <= 2 and booking.oneWay"));
    }

    [Fact]
    public void The_header_is_read()
    {
        var parsed = ProfileText.Parse(ProfileBuilder.WithHeader("booking.oneWay"));
        var header = parsed.Header;
        header.Name.ShouldBe("Test");
        header.Rationale.ShouldBe("Because.");
        header.Owner.ShouldBe("RS-ACCU-BELGRADE");
        header.ValidFrom.ShouldBe(new DateOnly(2026, 12, 1));
        header.ValidTo.ShouldBe(new DateOnly(2027, 6, 1));
        header.HitCap.ShouldBe(new HitCap(50, HitCapPeriod.Day));
        header.Score.ShouldBe(40);
        parsed.WhenAt.ShouldBe(new Syntax.SourcePosition(7, 1));
    }

    [Fact]
    public void Positions_are_lines_and_columns_of_the_text()
    {
        var parsed = ProfileText.Parse(ProfileBuilder.WithHeader("booking.oneWay\n  and route.legs > 1"));
        var and = (Syntax.LogicalSyntax)parsed.Condition!;
        and.Left.At.ShouldBe(new Syntax.SourcePosition(8, 3));
        and.At.ShouldBe(new Syntax.SourcePosition(9, 3));
        // A binary node sits at its operator; its operands at their own first characters.
        and.Right.At.ShouldBe(new Syntax.SourcePosition(9, 18));
        ((Syntax.ComparisonSyntax)and.Right).Left.At.ShouldBe(new Syntax.SourcePosition(9, 7));
    }

    [Fact]
    public void Windows_line_endings_are_read_like_unix_ones()
    {
        var parsed = ProfileText.Parse(ProfileBuilder.WithHeader("booking.oneWay").Replace("\n", "\r\n", StringComparison.Ordinal));
        parsed.Diagnostics.ShouldBeEmpty();
        parsed.Header.Owner.ShouldBe("RS-ACCU-BELGRADE");
        parsed.Header.Score.ShouldBe(40);
    }
}
