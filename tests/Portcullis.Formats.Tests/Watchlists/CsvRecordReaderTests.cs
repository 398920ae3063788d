using Portcullis.Formats.Watchlists;

namespace Portcullis.Formats.Tests.Watchlists;

public sealed class CsvRecordReaderTests
{
    [Fact]
    public void Read_Rfc4180_QuotesCommasLineBreaksAndDoubledQuotes()
    {
        var (records, diagnostics) = Read("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",,x\n\nlast");

        records.Select(r => r.Fields).ShouldBe([["a", "b, c", "say \"hi\""], ["two\r\nlines", "", "x"], ["last"]]);
        records.Select(r => r.Line).ShouldBe([1, 2, 5]);
        diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Read_StrayQuotesAndTextAfterQuotes_KeptWithAWarning()
    {
        var (records, diagnostics) = Read("a\"b,\"c\"d,e\n");

        records.ShouldHaveSingleItem().Fields.ShouldBe(["a\"b", "cd", "e"]);
        diagnostics.ShouldHaveSingleItem().Code.ShouldBe("csv.stray-quote"); // one warning per record
    }

    [Fact]
    public void Read_EndOfFileMark_Skipped()
    {
        var (records, _) = Read("1,2\r\n\u001A");

        records.ShouldHaveSingleItem().Fields.ShouldBe(["1", "2"]);
    }

    [Fact]
    public void Read_UnterminatedQuote_DamagedRecordAndAnError()
    {
        var (records, diagnostics) = Read("1,2\n3,\"open\nmore\n");

        records[1].Damaged.ShouldBeTrue();
        var error = diagnostics.ShouldHaveSingleItem();
        (error.Severity, error.Code, error.Line).ShouldBe((Severity.Error, "csv.unterminated-quote", 2));
    }

    private static (List<CsvRecord> Records, List<Diagnostic> Diagnostics) Read(string text)
    {
        var diagnostics = new List<Diagnostic>();
        var records = new CsvRecordReader(new StringReader(text), diagnostics, "test.csv").ReadAll().ToList();
        return (records, diagnostics);
    }
}
