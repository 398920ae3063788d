using System.Globalization;
using Portcullis.Formats.Watchlists;

namespace Portcullis.Formats.Tests.Watchlists;

/// <summary>
/// Whatever arrives, a watchlist reader answers with a document and diagnostics, never an exception:
/// each sample is truncated, has bytes flipped (to the characters CSV and XML care about, and to
/// anything), and has stretches cut or copied, under fixed seeds so that a failure can be replayed.
/// </summary>
public sealed class WatchlistMutationTests
{
    private static readonly byte[] FlipValues = [(byte)'"', (byte)',', (byte)'\n', (byte)'\r', (byte)'<', (byte)'>', (byte)'&', (byte)'/', (byte)'\'', (byte)';', 0x00, 0x1A, 0xFF, 0xC3, 0x80];

    /// <summary>The big lists are cut to their first part (whole records or not): the readers see the same shapes, faster.</summary>
    private static readonly Lazy<List<(string Name, byte[] Bytes)>> Samples = new(() =>
    [
        ("un", TestData.Bytes("un-sc-consolidated-2026-02-27.xml")[..200_000]),
        ("ofac-2024", TestData.Bytes("ofac-sdn-2024-05-03.csv")[..200_000]),
        ("ofac-balkans", TestData.Bytes("ofac-sdn-2024-05-03-balkans.csv")),
        ("ofac-2021-alt", TestData.Bytes("ofac-2021-07/watchman_bench_2021-07_alt.csv")[..100_000]),
        ("national", File.ReadAllBytes(Path.Combine(TestData.Samples, "national-list-template.csv"))),
        ("lost-and-stolen", File.ReadAllBytes(Path.Combine(TestData.Samples, "lost-and-stolen-documents.csv"))),
    ]);

    [Fact]
    public void Truncate_AnyByte_NeverThrows()
    {
        ForEachMutant(1_000, 25, (bytes, random) =>
        {
            var at = random.Next(bytes.Length + 1);
            return ($"truncate at {at}", bytes[..at]);
        });
    }

    [Fact]
    public void FlipBytes_NeverThrows()
    {
        ForEachMutant(2_000, 25, (bytes, random) =>
        {
            var copy = (byte[])bytes.Clone();
            var flips = new List<string>();
            for (var n = random.Next(1, 12); n > 0 && copy.Length > 0; n--)
            {
                var at = random.Next(copy.Length);
                copy[at] = random.Next(3) == 0 ? (byte)random.Next(256) : FlipValues[random.Next(FlipValues.Length)];
                flips.Add($"{at}=0x{copy[at]:X2}");
            }

            return ($"flip {string.Join(',', flips)}", copy);
        });
    }

    [Fact]
    public void CutAndCopy_NeverThrows()
    {
        ForEachMutant(3_000, 20, (bytes, random) =>
        {
            var from = random.Next(bytes.Length);
            var to = Math.Min(bytes.Length, from + random.Next(1, 500));
            var at = random.Next(bytes.Length - (to - from) + 1);
            byte[] cut = [.. bytes[..from], .. bytes[to..]];
            byte[] mutant = random.Next(2) == 0 ? cut : [.. cut[..at], .. bytes[from..to], .. bytes[from..to], .. cut[at..]];
            return ($"cut/copy {from}..{to} at {at}", mutant);
        });
    }

    private static void ForEachMutant(int seedBase, int perSample, Func<byte[], Random, (string What, byte[] Bytes)> mutate)
    {
        for (var s = 0; s < Samples.Value.Count; s++)
        {
            var (name, bytes) = Samples.Value[s];
            for (var i = 0; i < perSample; i++)
            {
                var seed = seedBase + (s * 100) + i;
                var (what, mutant) = mutate(bytes, new Random(seed));
                var where = $"{name}, seed {seed.ToString(CultureInfo.InvariantCulture)}: {what}";
                Check(where, () => WatchlistReader.Read(name, new MemoryStream(mutant)));
                Check(where, () => UnConsolidatedListReader.Read(new MemoryStream(mutant)));
                Check(where, () => OfacSdnReader.Read(new MemoryStream(mutant), new MemoryStream(mutant), new MemoryStream(mutant)));
                Check(where, () => NationalListCsvReader.Read(new MemoryStream(mutant)));
            }
        }
    }

    private static void Check(string where, Func<WatchlistDocument> read)
    {
        WatchlistDocument document;
        try
        {
            document = read();
        }
        catch (Exception e)
        {
            Assert.Fail($"{where}: threw {e}");
            return;
        }

        foreach (var d in document.Diagnostics)
        {
            if (string.IsNullOrWhiteSpace(d.Code) || string.IsNullOrWhiteSpace(d.Message) || d.Line < 1)
            {
                Assert.Fail($"{where}: malformed diagnostic {d}");
            }
        }
    }
}
