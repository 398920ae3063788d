using System.Text;
using Portcullis.Formats.Watchlists;

namespace Portcullis.Formats.Tests.Watchlists;

public sealed class UnConsolidatedListReaderTests
{
    private const string File = "un-sc-consolidated-2026-02-27.xml";

    private static readonly Lazy<WatchlistDocument> Whole = new(() =>
    {
        using var stream = TestData.Open(File);
        return UnConsolidatedListReader.Read(stream);
    });

    [Fact]
    public void Read_WholeList_CountsWhatTheFileHolds()
    {
        var document = Whole.Value;

        document.Source.ShouldBe("UN-SC");
        document.GeneratedAt.ShouldBe(new DateTimeOffset(2026, 2, 27, 0, 0, 9, 554, TimeSpan.Zero));
        document.Diagnostics.Where(d => d.Severity == Severity.Error).ShouldBeEmpty();
        document.Entries.Count(e => e.Kind == WatchlistSubjectKind.Person).ShouldBe(730);
        document.Entries.Count(e => e.Kind == WatchlistSubjectKind.Organisation).ShouldBe(273);
        document.Entries.ShouldAllBe(e => e.PrimaryName != null);
        var names = document.Entries.SelectMany(e => e.Names).ToList();
        names.Count(n => n.Quality is WatchlistNameQuality.Alias or WatchlistNameQuality.WeakAlias).ShouldBe(2752);
        names.Count(n => n.Quality == WatchlistNameQuality.WeakAlias).ShouldBe(615);
        names.Count(n => n.Quality == WatchlistNameQuality.OriginalScript).ShouldBe(378);
        document.Entries.Sum(e => e.Documents.Count).ShouldBe(454);
        // Only the two nationalities no country code has: "former Soviet Union" and "na".
        document.Diagnostics.Select(d => d.Code).ShouldBe(["watchlist.unknown-country", "watchlist.unknown-country"]);
    }

    [Fact]
    public void Read_Badege_EveryField()
    {
        var badege = Whole.Value.Entries.Single(e => e.ExternalId == "CDi.001");

        badege.Kind.ShouldBe(WatchlistSubjectKind.Person);
        badege.Names.ShouldBe([new WatchlistName("ERIC BADEGE", "ERIC", "BADEGE", WatchlistNameQuality.Primary)]);
        badege.BirthDates.ShouldBe(["1971"]);
        badege.Nationalities.ShouldBe(["CD"]);
        badege.Sex.ShouldBe("M");
        badege.Documents.ShouldBeEmpty();
        badege.Addresses.ShouldBe([new WatchlistAddress(null, null, null, null, "RW", "as of early 2016")]);
        badege.PlacesOfBirth.ShouldBeEmpty();
        badege.Reason.ShouldBe("DRC");
        badege.ListedOn.ShouldBe(new DateOnly(2012, 12, 31));
        badege.Remarks.ShouldNotBeNull().ShouldStartWith("He fled to Rwanda in March 2013");
    }

    [Fact]
    public void Read_Hamdan_PassportWithIssuingCountryAndOriginalScript()
    {
        var hamdan = Whole.Value.Entries.Single(e => e.ExternalId == "QDi.003");

        // Four name parts: the later ones are father's and grandfather's names, not a family name.
        hamdan.PrimaryName.ShouldBe(new WatchlistName("SALIM AHMAD SALIM HAMDAN", null, null, WatchlistNameQuality.Primary));
        hamdan.Names.ShouldContain(new WatchlistName("سالم أحمد سالم حمدان", null, null, WatchlistNameQuality.OriginalScript));
        hamdan.Names.Count.ShouldBe(2); // its one alias element is empty
        hamdan.Documents.ShouldBe([new WatchlistDocumentRef("Passport", "00385937", "YE", null)]);
        hamdan.Nationalities.ShouldBe(["YE"]);
        hamdan.BirthDates.ShouldBe(["1965"]);
        hamdan.PlacesOfBirth.ShouldBe(["Al-Mukalla, Yemen", "AI-Mukala, Yemen"]);
        hamdan.Addresses.ShouldBe([
            new WatchlistAddress("Shari Tunis", "Sana'a", null, null, "YE", "previous address"),
            new WatchlistAddress(null, null, null, null, null, "Located in Yemen since Nov. 2008")]);
        hamdan.Reason.ShouldBe("Al-Qaida");
        hamdan.ListedOn.ShouldBe(new DateOnly(2001, 1, 25));
    }

    [Fact]
    public void Read_BetweenYears_ListsEachYear()
    {
        var xml = List("""
            <INDIVIDUAL><FIRST_NAME>A</FIRST_NAME><SECOND_NAME>B</SECOND_NAME><REFERENCE_NUMBER>X.1</REFERENCE_NUMBER>
              <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1960</FROM_YEAR><TO_YEAR>1962</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>
              <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><NOTE>Nov. 1973 </NOTE></INDIVIDUAL_DATE_OF_BIRTH>
              <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><YEAR>1958</YEAR><NOTE>Sep.</NOTE></INDIVIDUAL_DATE_OF_BIRTH>
              <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1900</FROM_YEAR><TO_YEAR>1990</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>
              <NATIONALITY><VALUE>former Soviet Union</VALUE></NATIONALITY>
            </INDIVIDUAL>
            """);

        var document = Read(xml);

        document.Entries.Single().BirthDates.ShouldBe(["1960", "1961", "1962", "1973-11", "1958-09", "1900", "1990"]);
        document.Entries.Single().Nationalities.ShouldBe(["former Soviet Union"]);
        document.Diagnostics.Select(d => d.Code).ShouldBe(["watchlist.long-range", "watchlist.unknown-country"], ignoreOrder: true);
    }

    [Fact]
    public void Read_TruncatedFile_KeepsEntriesBeforeAndReportsTheLine()
    {
        var bytes = TestData.Bytes(File);
        var cut = bytes[..(bytes.Length / 2)];

        var document = Read(cut);

        document.Entries.Count.ShouldBeInRange(100, 1002);
        var error = document.Diagnostics.Where(d => d.Severity == Severity.Error).ShouldHaveSingleItem();
        error.Severity.ShouldBe(Severity.Error);
        error.Code.ShouldBe("un.xml-invalid");
        error.Line.ShouldNotBeNull().ShouldBeGreaterThan(1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<OTHER_LIST/>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><CONSOLIDATED_LIST>&e;</CONSOLIDATED_LIST>")]
    [InlineData("id,kind\n1,person")]
    public void Read_NotTheList_AnErrorNoException(string text)
    {
        var document = Read(Encoding.UTF8.GetBytes(text));

        document.Entries.ShouldBeEmpty();
        document.Diagnostics.ShouldContain(d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Read_EntryWithoutReference_SkippedWithAnError()
    {
        var document = Read(List("<ENTITY><FIRST_NAME>ACME</FIRST_NAME></ENTITY><ENTITY><FIRST_NAME>B</FIRST_NAME><REFERENCE_NUMBER>QDe.1</REFERENCE_NUMBER></ENTITY>"));

        document.Entries.ShouldHaveSingleItem().ExternalId.ShouldBe("QDe.1");
        document.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("un.no-reference");
    }

    private static byte[] List(string inner) => Encoding.UTF8.GetBytes($"<CONSOLIDATED_LIST><INDIVIDUALS>{inner}</INDIVIDUALS></CONSOLIDATED_LIST>");

    private static WatchlistDocument Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return UnConsolidatedListReader.Read(stream);
    }
}
