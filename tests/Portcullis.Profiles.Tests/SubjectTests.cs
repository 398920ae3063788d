using Portcullis.Profiles.Checking;
using Portcullis.Profiles.Consignments;

namespace Portcullis.Profiles.Tests;

/// <summary>The <c>subject</c> line: which catalogue a profile is checked against, and what it selects.</summary>
public sealed class SubjectTests
{
    private static string Text(string subjectLine, string condition) => $"""
        profile "Cover load from a source country"
        {subjectLine}
        rationale "Cocaine travels in fruit from South America (WCO/UNODC CCP)."
        owner AL-PCU-DURRES
        valid 2026-01-01 to 2027-01-01
        hit cap 20 per day
        score 60
        when
          {condition}
        """;

    [Fact]
    public void A_consignment_profile_is_checked_against_the_consignment_catalogue_and_selects_what_it_says()
    {
        var check = SubjectCheck.Of(Text("subject consignments", "route.origin.country = \"EC\" and any(goods, g => g.hs.chapter = \"08\")"), ReferenceLists.None);

        check.Errors.ShouldBeEmpty();
        check.Subject.ShouldBe(ProfileHeader.Consignments);
        var compiled = check.Consignments!.Profile!.Compile();
        compiled.Matches(new ConsignmentFacts { RouteOriginCountry = "EC", Goods = [new GoodsFacts { HsChapter = "08" }] }).ShouldBeTrue();
        compiled.Matches(new ConsignmentFacts { RouteOriginCountry = "EC", Goods = [new GoodsFacts { HsChapter = "61" }] }).ShouldBeFalse();
    }

    [Fact]
    public void Without_a_subject_line_a_profile_selects_travellers_and_a_traveller_field_is_unknown_to_consignments()
    {
        SubjectCheck.Of(Text("", "booking.oneWay"), ReferenceLists.None).Subject.ShouldBe(ProfileHeader.Travellers);

        var errors = SubjectCheck.Of(Text("subject consignments", "booking.oneWay"), ReferenceLists.None).Errors.Select(e => e.ToString());

        errors.ShouldContain(e => e.StartsWith("9:3: unknown field `booking.oneWay`", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_subject_says_which_are_known()
    {
        var errors = SubjectCheck.Of(Text("subject containers", "booking.oneWay"), ReferenceLists.None).Errors.Select(e => e.ToString());

        errors.ShouldContain("2:9: `subject` takes what the profile selects: travellers or consignments (not `containers`); e.g. subject consignments");
    }

    [Fact]
    public void The_formatter_keeps_the_subject()
    {
        var parsed = ProfileText.Parse(Text("subject consignments", "payment.cash"));

        ProfileText.Format(parsed).ShouldContain("\nsubject consignments\n");
    }
}
