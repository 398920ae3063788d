using System.Text;
using Portcullis.Formats.Watchlists;

namespace Portcullis.Formats.Tests.Watchlists;

public sealed class NationalListCsvReaderTests
{
    [Fact]
    public void Read_Template_EveryColumn()
    {
        using var stream = TestData.OpenSample("national-list-template.csv");
        var document = NationalListCsvReader.Read(stream, "rs-national");

        document.Source.ShouldBe("rs-national");
        document.Diagnostics.ShouldBeEmpty();
        document.Entries.Select(e => e.Kind).ShouldBe([WatchlistSubjectKind.Person, WatchlistSubjectKind.Person, WatchlistSubjectKind.Organisation, WatchlistSubjectKind.Vessel]);
        var marko = document.Entries[0];
        marko.ExternalId.ShouldBe("RS-2026-0001");
        marko.Names.ShouldBe([
            new WatchlistName("Marko Petrović", "Marko", "Petrović", WatchlistNameQuality.Primary),
            new WatchlistName("Marko Petrovic", null, null, WatchlistNameQuality.Alias),
            new WatchlistName("Marco Petrovich", null, null, WatchlistNameQuality.Alias),
            new WatchlistName("Kum", null, null, WatchlistNameQuality.WeakAlias),
            new WatchlistName("Марко Петровић", null, null, WatchlistNameQuality.OriginalScript)]);
        marko.BirthDates.ShouldBe(["1979-03-14"]);
        marko.PlacesOfBirth.ShouldBe(["Kraljevo, Serbia"]);
        marko.Nationalities.ShouldBe(["RS"]);
        marko.Sex.ShouldBe("M");
        marko.Documents.ShouldBe([new WatchlistDocumentRef("Passport", "012345678", "RS", null)]);
        marko.Addresses.ShouldBe([new WatchlistAddress("Bulevar oslobođenja 1, Novi Sad", null, null, null, null, null)]);
        marko.Reason.ShouldBe("Arrest warrant (smuggling of migrants)");
        marko.ListedOn.ShouldBe(new DateOnly(2026, 1, 15));
        marko.Remarks.ShouldBe("Wanted by the Higher Court in Belgrade; \"armed\" per the warrant");
        document.Entries[1].BirthDates.ShouldBe(["1985", "1986"]);
        document.Entries[1].Nationalities.ShouldBe(["BA", "HR"]);
    }

    [Fact]
    public void Read_LostAndStolen_DocumentsWithoutNames()
    {
        using var stream = TestData.OpenSample("lost-and-stolen-documents.csv");
        var document = NationalListCsvReader.Read(stream);

        document.Diagnostics.ShouldBeEmpty();
        document.Entries.Count.ShouldBe(3);
        document.Entries.ShouldAllBe(e => e.Kind == WatchlistSubjectKind.Document && e.Names.Count == 0);
        document.Entries.Select(e => e.Documents.Single()).ShouldBe([
            new WatchlistDocumentRef("Passport", "BB1234567", "AL", null),
            new WatchlistDocumentRef("Identity card", "P01234567", "XK", null),
            new WatchlistDocumentRef("Passport", "M0765432", "MK", null)]);
        document.Entries[0].Reason.ShouldBe("stolen blank");
    }

    [Fact]
    public void Read_UnknownColumn_AWarningAndTheRestRead()
    {
        var document = Read("id,kind,name,shoe_size\n1,person,A B,44\n");

        document.Entries.ShouldHaveSingleItem();
        var warning = document.Diagnostics.ShouldHaveSingleItem();
        (warning.Severity, warning.Code, warning.Line, warning.Field).ShouldBe((Severity.Warning, "national.unknown-column", 1, "shoe_size"));
    }

    [Fact]
    public void Read_MissingRequiredColumn_AnErrorNamingIt()
    {
        var document = Read("id,name\n1,A B\n");

        document.Entries.ShouldBeEmpty();
        var error = document.Diagnostics.ShouldHaveSingleItem();
        (error.Severity, error.Code, error.Line, error.Field).ShouldBe((Severity.Error, "national.missing-column", 1, "kind"));
    }

    [Fact]
    public void Read_MissingValues_ErrorsWithLineAndColumn()
    {
        var document = Read("id,kind,name,document_number\n,person,A\n2,person,\n3,document,,\n4,spaceship,X\n5,person,OK\n");

        document.Entries.ShouldHaveSingleItem().ExternalId.ShouldBe("5");
        document.Diagnostics.Select(d => (d.Severity, d.Line, d.Field)).ShouldBe([
            (Severity.Error, 2, "id"), (Severity.Error, 3, "name"), (Severity.Error, 4, "document_number"), (Severity.Error, 5, "kind")]);
    }

    [Fact]
    public void Read_BadDate_AnErrorNamingLineColumnAndValue_RowKept()
    {
        var document = Read("id,kind,name,date_of_birth,listed_on,nationality\n1,person,A B,1980-02-30|1981,2026-13-01,Atlantis\n");

        var entry = document.Entries.ShouldHaveSingleItem();
        entry.BirthDates.ShouldBe(["1981"]);
        entry.ListedOn.ShouldBeNull();
        entry.Nationalities.ShouldBe(["Atlantis"]);
        var errors = document.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        errors.Select(d => (d.Code, d.Line, d.Field)).ShouldBe([("national.bad-date", 2, "date_of_birth"), ("national.bad-date", 2, "listed_on")], ignoreOrder: true);
        var birth = errors.Single(d => d.Field == "date_of_birth");
        birth.Message.ShouldContain("1980-02-30");
        birth.ToString().ShouldContain("line 2, date_of_birth");
        document.Diagnostics.ShouldContain(d => d.Severity == Severity.Warning && d.Code == "watchlist.unknown-country");
    }

    [Fact]
    public void Read_Empty_AnError()
    {
        Read("").Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("national.empty");
    }

    private static WatchlistDocument Read(string text) => NationalListCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));
}
