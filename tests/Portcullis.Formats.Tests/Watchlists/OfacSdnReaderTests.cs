using System.Text;
using Portcullis.Formats.Watchlists;

namespace Portcullis.Formats.Tests.Watchlists;

public sealed class OfacSdnReaderTests
{
    private const string Bench = "ofac-2021-07/watchman_bench_2021-07_";

    private static readonly Lazy<WatchlistDocument> Full2024 = new(() =>
    {
        using var sdn = TestData.Open("ofac-sdn-2024-05-03.csv");
        return OfacSdnReader.Read(sdn);
    });

    private static readonly Lazy<WatchlistDocument> Bench2021 = new(() =>
    {
        using var sdn = TestData.Open(Bench + "sdn.csv");
        using var alt = TestData.Open(Bench + "alt.csv");
        using var add = TestData.Open(Bench + "add.csv");
        return OfacSdnReader.Read(sdn, alt, add);
    });

    [Fact]
    public void Read_Full2024List_CountsEveryRecordByKind()
    {
        var document = Full2024.Value;

        document.Source.ShouldBe("OFAC-SDN");
        document.Diagnostics.Where(d => d.Severity == Severity.Error).ShouldBeEmpty();
        document.Entries.Count.ShouldBe(14_965);
        document.Entries.Count(e => e.Kind == WatchlistSubjectKind.Person).ShouldBe(6_854);
        document.Entries.Count(e => e.Kind == WatchlistSubjectKind.Organisation).ShouldBe(6_884);
        document.Entries.Count(e => e.Kind == WatchlistSubjectKind.Vessel).ShouldBe(851);
        document.Entries.Count(e => e.Kind == WatchlistSubjectKind.Aircraft).ShouldBe(376);
        document.Entries.Select(e => e.ExternalId).Distinct(StringComparer.Ordinal).Count().ShouldBe(14_965);
    }

    [Fact]
    public void Read_BalkansWithHeaderRow_AdemiEveryField()
    {
        using var stream = TestData.Open("ofac-sdn-2024-05-03-balkans.csv");
        var document = OfacSdnReader.Read(stream);

        document.Entries.Count.ShouldBe(210);
        document.Diagnostics.Where(d => d.Severity == Severity.Error).ShouldBeEmpty();
        var ademi = document.Entries.Single(e => e.ExternalId == "7647");
        ademi.Kind.ShouldBe(WatchlistSubjectKind.Person);
        ademi.Names.ShouldBe([new WatchlistName("Xhevat ADEMI", "Xhevat", "ADEMI", WatchlistNameQuality.Primary)]);
        ademi.BirthDates.ShouldBe(["1962-12-08"]);
        ademi.PlacesOfBirth.ShouldBe(["Tetovo, Macedonia"]);
        ademi.Nationalities.ShouldBeEmpty();
        ademi.Documents.ShouldBeEmpty();
        ademi.Reason.ShouldBe("BALKANS");
        ademi.Remarks.ShouldBeNull();
        var army = document.Entries.Single(e => e.ExternalId == "7649");
        army.Kind.ShouldBe(WatchlistSubjectKind.Organisation);
        army.Names.ShouldBe([
            new WatchlistName("ALBANIAN NATIONAL ARMY", null, null, WatchlistNameQuality.Primary),
            new WatchlistName("ANA", null, null, WatchlistNameQuality.WeakAlias)]);
    }

    [Fact]
    public void Read_BenchWithAliasesAndAddresses_JoinsThemOnEntNum()
    {
        var document = Bench2021.Value;

        document.Diagnostics.Where(d => d.Severity == Severity.Error).ShouldBeEmpty();
        document.Entries.Count.ShouldBe(8_976);
        document.Entries.SelectMany(e => e.Names).Count(n => n.Quality == WatchlistNameQuality.Alias).ShouldBe(11_910);
        // add.csv's rows that say anything: many are "-0-" throughout.
        document.Entries.Sum(e => e.Addresses.Count).ShouldBe(11_440);

        var bank = document.Entries.Single(e => e.ExternalId == "306");
        bank.Names.Select(n => (n.FullName, n.Quality)).ShouldBe([
            ("BANCO NACIONAL DE CUBA", WatchlistNameQuality.Primary),
            ("NATIONAL BANK OF CUBA", WatchlistNameQuality.Alias),
            ("BNC", WatchlistNameQuality.WeakAlias)]);
        bank.Addresses[0].ShouldBe(new WatchlistAddress("Zweierstrasse 35", "Zurich CH-8022", null, null, "CH", null));
        bank.Addresses.Select(a => a.Country).ShouldBe(["CH", "ES", "JP", "PA"]);
        bank.Reason.ShouldBe("CUBA");
    }

    [Fact]
    public void Read_Kolbayev_AliasesPassportsAndRemarks()
    {
        var kolbayev = Bench2021.Value.Entries.Single(e => e.ExternalId == "12625");

        kolbayev.PrimaryName.ShouldBe(new WatchlistName("Kamchybek Asanbekovich KOLBAYEV", "Kamchybek Asanbekovich", "KOLBAYEV", WatchlistNameQuality.Primary));
        kolbayev.Names.ShouldContain(new WatchlistName("Kamchibek KOLBAEV", "Kamchibek", "KOLBAEV", WatchlistNameQuality.Alias));
        kolbayev.Names.Count(n => n.Quality == WatchlistNameQuality.Alias).ShouldBe(8);
        kolbayev.Names.Where(n => n.Quality == WatchlistNameQuality.WeakAlias).Select(n => n.FullName).ShouldBe(["KAMCHI BISHKEKSKIY", "KOLYA-KYRGYZ"]);
        kolbayev.BirthDates.ShouldBe(["1974-08-03", "1973-01-01"]);
        kolbayev.PlacesOfBirth.ShouldBe(["Cholpon-Ata, Kyrgyzstan"]);
        kolbayev.Nationalities.ShouldBe(["KG"]);
        kolbayev.Sex.ShouldBe("M");
        kolbayev.Documents.ShouldBe([
            new WatchlistDocumentRef("Passport", "AC2499982", "KG", null),
            new WatchlistDocumentRef("Passport", "AC732709", "KG", null)]);
        kolbayev.Reason.ShouldBe("SDNTK, TCO");
        kolbayev.Remarks.ShouldBe("Identification Number 20308197410028 (Kyrgyzstan); alt. Identification Number 1002001 (Kyrgyzstan); Linked To: THIEVES-IN-LAW.");
    }

    [Theory]
    [InlineData("DOB 08 Dec 1962", new[] { "1962-12-08" })]
    [InlineData("DOB 1965", new[] { "1965" })]
    [InlineData("DOB circa 1970", new[] { "1970" })]
    [InlineData("DOB Dec 1962", new[] { "1962-12" })]
    [InlineData("DOB 1960 to 1962", new[] { "1960", "1961", "1962" })]
    [InlineData("DOB 01 Jan 1960 to 31 Dec 1961", new[] { "1960", "1961" })]
    [InlineData("DOB circa 1970-1972", new[] { "1970", "1971", "1972" })]
    [InlineData("DOB 1965; alt. DOB 02 Feb 1966", new[] { "1965", "1966-02-02" })]
    public void Read_BirthDateRemarks_PartialDates(string remarks, string[] dates)
    {
        Person(remarks).BirthDates.ShouldBe(dates);
    }

    [Fact]
    public void Read_FactRemarks_GoToTheirFields()
    {
        var person = Person("nationality Iran; alt. citizen Russia; Gender Female; Passport A1234567 (Iran) issued 01 Jan 2010 expires 01 Jan 2020; "
            + "National ID No. 123-456 (Korea, North); f.k.a. 'OLD NAME; WITH SEMICOLON'; Linked To: SOME BANK; DOB 31 Feb 1960.");

        person.Nationalities.ShouldBe(["IR", "RU"]);
        person.Sex.ShouldBe("F");
        person.Documents.ShouldBe([
            new WatchlistDocumentRef("Passport", "A1234567", "IR", "issued 01 Jan 2010 expires 01 Jan 2020"),
            new WatchlistDocumentRef("National ID", "123-456", "KP", null)]);
        person.Names[1].ShouldBe(new WatchlistName("OLD NAME; WITH SEMICOLON", null, null, WatchlistNameQuality.WeakAlias));
        person.Remarks.ShouldBe("Linked To: SOME BANK; DOB 31 Feb 1960.");
    }

    [Fact]
    public void Read_MalformedLines_ReportedWithTheirLineAndSkipped()
    {
        var csv = "1,\"GOOD, One\",individual,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n"
            + "2,\"SHORT\",-0- \n"
            + "3,\"BAD TYPE\",spaceship,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n"
            + "5,\"AFTER\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n";
        var alt = "1,10,\"aka\",\"ONE, Good\",-0- \n99,11,\"aka\",\"ORPHAN\",-0- \n";

        var document = OfacSdnReader.Read(Stream(csv), Stream(alt));

        document.Entries.Select(e => e.ExternalId).ShouldBe(["1", "5"]);
        document.Entries[0].Names.Select(n => n.FullName).ShouldBe(["One GOOD", "Good ONE"]);
        document.Diagnostics.Select(d => (d.Severity, d.Code, d.Line)).ShouldBe([
            (Severity.Error, "ofac.columns", 2),
            (Severity.Error, "ofac.unknown-type", 3),
            (Severity.Warning, "ofac.orphan", 2),
        ]);
    }

    [Fact]
    public void Read_QuoteNeverClosed_AnErrorOnTheLineItOpened()
    {
        var document = OfacSdnReader.Read(Stream("1,\"A\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n2,\"B\n3,C\n"));

        document.Entries.ShouldHaveSingleItem().ExternalId.ShouldBe("1");
        var error = document.Diagnostics.ShouldHaveSingleItem();
        (error.Severity, error.Code, error.Line).ShouldBe((Severity.Error, "csv.unterminated-quote", 2));
    }

    private static WatchlistEntry Person(string remarks)
    {
        var quoted = remarks.Replace("\"", "\"\"", StringComparison.Ordinal);
        var document = OfacSdnReader.Read(Stream($"1,\"DOE, John\",individual,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"{quoted}\"\n"));
        return document.Entries.ShouldHaveSingleItem();
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
