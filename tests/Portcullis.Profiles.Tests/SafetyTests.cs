namespace Portcullis.Profiles.Tests;

/// <summary>Text that tries to reach anything but the catalogue's fields and the language's functions is refused.</summary>
public sealed class SafetyTests
{
    [Theory]
    [InlineData("System.IO.File.Delete(\"/etc/passwd\") and booking.oneWay")]
    [InlineData("booking.payment.type.GetType() = \"x\"")]
    [InlineData("booking.payment.type.Length > 3")]
    [InlineData("Environment.Exit(1)")]
    [InlineData("typeof(string) = \"x\"")]
    [InlineData("any(booking.passengers, p => p.GetHashCode() > 0)")]
    [InlineData("max(booking.passengers) > 1")]
    public void Anything_outside_the_catalogue_and_the_language_is_refused(string condition)
    {
        var check = ProfileBuilder.Check(ProfileBuilder.WithHeader(condition));
        check.Succeeded.ShouldBeFalse();
        check.Errors.ShouldNotBeEmpty();
    }

    [Fact]
    public void A_duplicate_header_and_an_unclosed_text_are_reported()
    {
        ProfileBuilder.Errors(ProfileBuilder.Header + "\nscore 10\nwhen\n  booking.payment.type = \"CASH\n").ShouldBe([
            "7:1: `score` is given twice; keep one of the two lines",
            "9:26: this text has no closing quote; end the text with \" on the same line",
        ]);
    }
}
