using System.Text;

namespace Portcullis.Formats.Watchlists;

/// <summary>
/// Reads any watchlist file Portcullis knows, telling the format from the content (not the name): an
/// XML root CONSOLIDATED_LIST is the UN list; a CSV whose first row is OFAC's header or an SDN row is
/// OFAC; a CSV whose header has the template's id and kind columns is a national list.
/// </summary>
public static class WatchlistReader
{
    /// <summary>Enough of a file to see its XML root or its first CSV row.</summary>
    private const int PrefixBytes = 64 * 1024;

    /// <summary>
    /// The format of a file, from its first bytes. A seekable stream is left where it was; one that
    /// cannot seek is consumed (use <see cref="Read"/>, which buffers it). The name is only for messages.
    /// </summary>
    public static WatchlistFormat Detect(string fileName, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var seekable = stream.CanSeek ? stream : Buffer(stream);
        var start = seekable.Position;
        var prefix = new byte[PrefixBytes];
        var length = seekable.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false);
        seekable.Position = start;
        return Detect(prefix.AsSpan(0, length));
    }

    /// <summary>
    /// Reads the file in the format its content shows. An OFAC sdn.csv is read alone: its alt.csv and
    /// add.csv come through <see cref="OfacSdnReader.Read"/>. A national list is named after the file.
    /// </summary>
    public static WatchlistDocument Read(string fileName, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var seekable = stream.CanSeek ? stream : Buffer(stream);
        return Detect(fileName, seekable) switch
        {
            WatchlistFormat.UnConsolidatedList => UnConsolidatedListReader.Read(seekable),
            WatchlistFormat.OfacSdn => OfacSdnReader.Read(seekable),
            WatchlistFormat.NationalListCsv => NationalListCsvReader.Read(seekable, Path.GetFileNameWithoutExtension(fileName) is { Length: > 0 } name ? name : NationalListCsvReader.DefaultSource),
            _ => new WatchlistDocument(fileName, null, [], [new Diagnostic(Severity.Error, "watchlist.unknown-format",
                $"{fileName} is neither the UN consolidated list (XML), an OFAC SDN file nor a CSV in the national list template (header with id and kind)")]),
        };
    }

    private static WatchlistFormat Detect(ReadOnlySpan<byte> prefix)
    {
        var text = Encoding.UTF8.GetString(prefix).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('<'))
        {
            return LooksLikeUnList(text) ? WatchlistFormat.UnConsolidatedList : WatchlistFormat.Unknown;
        }

        // The prefix may cut the file inside a row: only the first record is looked at.
        var first = new CsvRecordReader(new StringReader(text), [], "prefix").Read();
        if (first is null)
        {
            return WatchlistFormat.Unknown;
        }

        var names = first.Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        if (names[0] == "ent_num" || OfacSdnReader.LooksLikeSdnRow(first.Fields))
        {
            return WatchlistFormat.OfacSdn;
        }

        return names.Contains("id") && names.Contains("kind") ? WatchlistFormat.NationalListCsv : WatchlistFormat.Unknown;
    }

    /// <summary>The first element of the XML, past the declaration, comments and processing instructions.</summary>
    private static bool LooksLikeUnList(string text)
    {
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf('<', at);
            if (open < 0 || open + 1 >= text.Length)
            {
                return false;
            }

            if (text[open + 1] is '?' or '!')
            {
                var close = text.IndexOf('>', open);
                if (close < 0)
                {
                    return false;
                }

                at = close + 1;
                continue;
            }

            return text.AsSpan(open + 1).StartsWith("CONSOLIDATED_LIST", StringComparison.Ordinal);
        }

        return false;
    }

    private static MemoryStream Buffer(Stream stream)
    {
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}
