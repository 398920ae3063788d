using Portcullis.Matching.Screening;

namespace Portcullis.Matching.Tests.Names;

/// <summary>The spellings of one name that the region's systems produce all match, and different names do not.</summary>
public sealed class RegionalSpellingTests
{
    [Theory]
    [InlineData("Đorđe Petrović", "DJORDJE PETROVIC")]
    [InlineData("Đorđe Petrović", "DORDE PETROVIC")]
    [InlineData("DJORDJE PETROVIC", "DORDE PETROVIC")]
    [InlineData("Xhevdet Ademi", "Dževdet Ademi")]
    [InlineData("Xhevdet Ademi", "DZHEVDET ADEMI")]
    [InlineData("Ljubomir Šćekić", "LJUBOMIR SCEKIC")]
    [InlineData("Gjorgji Kjosevski", "Ǵorǵi Ḱosevski")]
    [InlineData("Gjorgji Kjosevski", "GJORGJI KJOSEVSKI")]
    [InlineData("Ѓорѓи Ќосевски", "Gjorgji Kjosevski")]
    [InlineData("Ђорђе Петровић", "DJORDJE PETROVIC")]
    [InlineData("Gjorgje Petrović", "Đorđe Petrović")]
    [InlineData("Arbër Çela", "ARBER CELA")]
    [InlineData("Žarko Šarić", "ZHARKO SHARIC")]
    [InlineData("Mehmet Yılmaz", "MEHMET YILMAZ")]
    [InlineData("İsmail Özdemir", "ISMAIL OZDEMIR")]
    [InlineData("BRDJANIN, Radoslav", "Radoslav Brđanin")]
    [InlineData("PETROVIC, Djordje", "Djordje Petrovic")]
    public void Spellings_of_one_name_match(string a, string b)
    {
        var result = MatchScorer.Score(new ScreeningQuery(a, SubjectKind.Person), Entry(b));

        result.IsMatch.ShouldBeTrue($"{a} / {b}: {result.Score}");
        result.Score.ShouldBeGreaterThanOrEqualTo(0.95f);
    }

    [Theory]
    [InlineData("Mohammed Al-Tikriti", "Muhammad Tikriti")]
    [InlineData("Mohamed el Tikriti", "MUHAMMAD AL-TIKRITI")]
    [InlineData("Abdul Rahman Yasin", "Abd al-Rahman Yassin")]
    [InlineData("Abdulrahman Yasin", "Abd al-Rahman Yasin")]
    [InlineData("Osama bin Laden", "Usama ben Laden")]
    [InlineData("Youssef Hussein", "Yusuf Husayn")]
    public void Arabic_romanisation_variants_match(string a, string b)
    {
        var result = MatchScorer.Score(new ScreeningQuery(a, SubjectKind.Person), Entry(b));

        result.IsMatch.ShouldBeTrue($"{a} / {b}: {result.Score}");
    }

    [Theory]
    [InlineData("Đorđe Petrović", "Đorđe Pavlović")]
    [InlineData("Marko Petrović", "Milan Petrović")]
    [InlineData("Bassirou Diomaye Sarr", "Bassirou Diomaye Faye")]
    [InlineData("JAMAL MUSTAFA ABDALLAH SULTAN AL-DULAIMI", "JAMAL MUSTAFA ABDALLAH SULTAN AL-TIKRITI")]
    [InlineData("Olga Barynova", "Oleg Baranov")]
    public void Different_people_do_not_match(string a, string b)
    {
        var result = MatchScorer.Score(new ScreeningQuery(a, SubjectKind.Person), Entry(b));

        result.IsMatch.ShouldBeFalse($"{a} / {b}: {result.Score}");
    }

    [Theory]
    [InlineData("Eurotrans D.O.O.", "EUROTRANS DOO")]
    [InlineData("Eurotrans d.o.o. Beograd", "Eurotrans doo Beograd")]
    [InlineData("Tirana Trading SH.P.K.", "TIRANA TRADING SHPK")]
    [InlineData("Tirana Trading Sh.p.k.", "Tirana Trading LLC")]
    [InlineData("Vardar Logistika DOOEL", "VARDAR LOGISTIKA DOO")]
    [InlineData("Siemens Aktiengesellschaft", "Siemens AG")]
    [InlineData("OAO Gazprom", "Open Joint Stock Company Gazprom")]
    [InlineData("Društvo sa ograničenom odgovornošću Eurotrans", "Eurotrans d.o.o.")]
    public void Legal_forms_do_not_decide_an_organisation_match(string a, string b)
    {
        var result = MatchScorer.Score(new ScreeningQuery(a, SubjectKind.Organisation), Entry(b, SubjectKind.Organisation));

        result.IsMatch.ShouldBeTrue($"{a} / {b}: {result.Score}");
    }

    [Fact]
    public void Date_of_birth_in_another_decade_clears_an_exact_name()
    {
        var entry = Entry("Đorđe Petrović") with { BirthDates = [new(1962, 12, 8)] };

        var sameDate = MatchScorer.Score(new ScreeningQuery("DJORDJE PETROVIC", SubjectKind.Person, new(1962, 12, 8)), entry);
        var otherDecade = MatchScorer.Score(new ScreeningQuery("DJORDJE PETROVIC", SubjectKind.Person, new(1990, 1, 1)), entry);

        sameDate.IsMatch.ShouldBeTrue();
        sameDate.Explanation.Evidence.ShouldContain(e => e.Effect > 0);
        otherDecade.IsMatch.ShouldBeFalse();
        otherDecade.Explanation.Evidence.ShouldContain(e => e.Effect < 0 && e.Detail.Contains("1990", StringComparison.Ordinal));
    }

    [Fact]
    public void The_explanation_names_the_aligned_parts_and_how()
    {
        var result = MatchScorer.Score(new ScreeningQuery("PETROVIC, Djordje", SubjectKind.Person), Entry("Đorđe Petrović"));

        result.Explanation.Aligned.Count.ShouldBe(2);
        result.Explanation.Aligned.ShouldContain(a => a.QueryText == "petrovic" && a.EntryText == "petrovic");
        result.Explanation.Aligned.ShouldContain(a => a.QueryText == "djordje" && a.EntryText == "djordje");
        result.Explanation.UnmatchedQueryParts.ShouldBeEmpty();
    }

    private static ScreeningEntry Entry(string name, SubjectKind kind = SubjectKind.Person) => new("E1", kind, [name], [], []);
}
