using System.Text;
using Portcullis.Formats.Watchlists;

namespace Portcullis.Formats.Tests.Watchlists;

public sealed class WatchlistReaderTests
{
    [Theory]
    [InlineData("un-sc-consolidated-2026-02-27.xml", WatchlistFormat.UnConsolidatedList)]
    [InlineData("ofac-sdn-2024-05-03.csv", WatchlistFormat.OfacSdn)]
    [InlineData("ofac-sdn-2024-05-03-balkans.csv", WatchlistFormat.OfacSdn)]
    [InlineData("ofac-2021-07/watchman_bench_2021-07_sdn.csv", WatchlistFormat.OfacSdn)]
    public void Detect_RealLists_ByContent(string file, WatchlistFormat format)
    {
        using var stream = TestData.Open(file);

        WatchlistReader.Detect("renamed.bin", stream).ShouldBe(format);
        stream.Position.ShouldBe(0);
    }

    [Theory]
    [InlineData("national-list-template.csv")]
    [InlineData("lost-and-stolen-documents.csv")]
    public void Read_TemplateSamples_AsNationalLists(string file)
    {
        using var stream = TestData.OpenSample(file);

        var document = WatchlistReader.Read(file, stream);

        document.Source.ShouldBe(Path.GetFileNameWithoutExtension(file));
        document.Entries.ShouldNotBeEmpty();
        document.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Read_BalkansThroughNonSeekableStream_ReadsAll()
    {
        using var file = TestData.Open("ofac-sdn-2024-05-03-balkans.csv");
        using var stream = new ForwardOnlyStream(file);

        WatchlistReader.Read("balkans.csv", stream).Entries.Count.ShouldBe(210);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><body/></html>")]
    [InlineData("name,date\nx,y\n")]
    [InlineData("\u00FF\u00FE garbage")]
    public void Read_Unknown_AnErrorNoException(string text)
    {
        var document = WatchlistReader.Read("mystery.dat", new MemoryStream(Encoding.UTF8.GetBytes(text)));

        document.Entries.ShouldBeEmpty();
        document.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("watchlist.unknown-format");
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
