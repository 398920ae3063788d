using Portcullis.Features.Screening;

namespace Portcullis.Features.Tests.Screening;

public sealed class ScreenNamesTests
{
    [Fact]
    public void Names_file_is_screened_against_real_lists_with_documents_and_dates()
    {
        var index = ScreenNames.BuildIndex(
        [
            RepositoryFolders.TestData("watchlists", "un-sc-consolidated-2026-02-27.xml"),
            RepositoryFolders.TestData("watchlists", "ofac-sdn-2024-05-03-balkans.csv"),
        ]);
        var csv = "id,name,dateOfBirth,nationality,documentNumber\n1,Radoslav Brđanin,,,\n2,Xhevat Ademi,1962-12-08,,\n3,Xhevat Ademi,1990-01-01,,\n4,Anna Maria Eriksson,,,\n5,,,,ob 0243318\n";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));

        var hits = ScreenNames.Screen(index, ScreenNames.ReadRows(stream, "names.csv"));

        hits.Select(h => h.RowId).Distinct().ShouldBe(["1", "2", "5"]);
        hits.Single(h => h.RowId == "1").Result.Entry.Id.ShouldBe("7665");
        hits.Single(h => h.RowId == "2").Result.Explanation.Evidence.ShouldContain(e => e.Effect > 0);
        hits.Single(h => h.RowId == "5").List.ShouldBe("un-sc-consolidated-2026-02-27.xml");
    }

    [Fact]
    public void A_bad_date_names_the_line_and_the_column()
    {
        using var stream = new MemoryStream("id,name,dateOfBirth\n1,Ana,1962-13-01\n"u8.ToArray());

        var error = Should.Throw<InvalidDataException>(() => ScreenNames.ReadRows(stream, "names.csv"));

        error.Message.ShouldContain("line 2, dateOfBirth");
    }
}
