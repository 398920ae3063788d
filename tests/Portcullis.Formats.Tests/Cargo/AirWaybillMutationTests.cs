using System.Globalization;
using Portcullis.Formats.Cargo;
using Portcullis.Formats.CargoImp;
using Portcullis.Formats.CargoXml;

namespace Portcullis.Formats.Tests.Cargo;

/// <summary>
/// Property tests for the air waybill readers, in the manner of <see cref="MutationTests"/>: every XFWB,
/// XFZB, FWB and FHL sample is truncated, has bytes flipped, lines (XML: element lines) deleted and
/// duplicated, garbage and megabyte runs inserted, and stacked mutations; each mutant is read under a
/// watchdog. The reader must never throw nor hang, and must place every diagnostic it gives. Every
/// mutant has its own seed, named on failure; PORTCULLIS_MUTATION_SEED shifts them all.
/// </summary>
public sealed class AirWaybillMutationTests
{
    private static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(60);

    private static readonly int SeedShift = int.TryParse(
        Environment.GetEnvironmentVariable("PORTCULLIS_MUTATION_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var shift) ? shift : 0;

    private static readonly byte[] FlipValues = [(byte)'/', (byte)'<', (byte)'>', (byte)'&', (byte)'-', (byte)'.', 0x00, 0xFF, 0x80, 0xC3, (byte)'\r', (byte)'\n', (byte)' ', (byte)'K', (byte)'L', (byte)'9'];

    private static readonly Lazy<List<Sample>> Samples = new(() =>
        [.. CargoTestData.XmlFiles().Select(f => new Sample(f, CargoTestData.Bytes(f), Xml: true)),
         .. CargoTestData.ImpFiles().Select(f => new Sample(f, CargoTestData.Bytes(f), Xml: false))]);

    [Fact]
    public Task Truncate_AtAnyByte() => ForEachMutant(100_000, 40, (sample, random) =>
    {
        var at = random.Next(0, sample.Significant);
        return ($"truncate at {at}", sample.Bytes[..at], sample.Xml);
    });

    [Fact]
    public Task FlipBytes() => ForEachMutant(200_000, 60, (sample, random) =>
    {
        var bytes = (byte[])sample.Bytes.Clone();
        var flips = new List<string>();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var at = random.Next(bytes.Length);
            bytes[at] = FlipValues[random.Next(FlipValues.Length)];
            flips.Add($"{at}=0x{bytes[at]:X2}");
        }

        return ($"flip {string.Join(',', flips)}", bytes, false);
    });

    [Fact]
    public Task DeleteLine() => ForEachMutant(300_000, 30, (sample, random) =>
    {
        var (start, end) = sample.Lines[random.Next(sample.Lines.Count)];
        return ($"delete line at {start}..{end}", [.. sample.Bytes[..start], .. sample.Bytes[end..]], false);
    });

    [Fact]
    public Task DuplicateLine() => ForEachMutant(400_000, 30, (sample, random) =>
    {
        var (start, end) = sample.Lines[random.Next(sample.Lines.Count)];
        var at = sample.Lines[random.Next(sample.Lines.Count)].Start;
        return ($"copy line {start}..{end} to {at}", Insert(sample.Bytes, at, sample.Bytes[start..end]), false);
    });

    [Fact]
    public Task InsertGarbage() => ForEachMutant(500_000, 20, (sample, random) =>
    {
        var garbage = new byte[random.Next(1, 40)];
        random.NextBytes(garbage);
        var at = random.Next(sample.Bytes.Length + 1);
        return ($"insert {Convert.ToHexString(garbage)} at {at}", Insert(sample.Bytes, at, garbage), false);
    });

    [Fact]
    public Task InsertMegabytes() => ForEachMutant(600_000, 2, (sample, random) =>
    {
        var run = new byte[2 * 1024 * 1024];
        Array.Fill(run, FlipValues[random.Next(FlipValues.Length)]);
        var at = random.Next(sample.Bytes.Length + 1);
        return ($"insert 2 MB of 0x{run[0]:X2} at {at}", Insert(sample.Bytes, at, run), false);
    });

    [Fact]
    public Task RepeatLineThousands() => ForEachMutant(700_000, 2, (sample, random) =>
    {
        var (start, end) = sample.Lines[random.Next(sample.Lines.Count)];
        var line = sample.Bytes[start..end];
        var run = Enumerable.Repeat(line, 5_000).SelectMany(b => b).ToArray();
        return ($"repeat line {start}..{end} 5000 times", Insert(sample.Bytes, end, run), false);
    });

    [Fact]
    public Task Stacked() => ForEachMutant(800_000, 30, (sample, random) =>
    {
        var bytes = sample.Bytes;
        var steps = new List<string>();
        for (var n = random.Next(2, 5); n > 0 && bytes.Length > 1; n--)
        {
            switch (random.Next(4))
            {
                case 0:
                    var at = random.Next(bytes.Length);
                    bytes = bytes[..at];
                    steps.Add($"truncate {at}");
                    break;
                case 1:
                    var from = random.Next(bytes.Length);
                    var to = Math.Min(bytes.Length, from + random.Next(1, 200));
                    bytes = [.. bytes[..from], .. bytes[to..]];
                    steps.Add($"cut {from}..{to}");
                    break;
                case 2:
                    var f = random.Next(bytes.Length);
                    bytes = (byte[])bytes.Clone();
                    bytes[f] = FlipValues[random.Next(FlipValues.Length)];
                    steps.Add($"byte {f}=0x{bytes[f]:X2}");
                    break;
                default:
                    var c = random.Next(bytes.Length);
                    var length = Math.Min(bytes.Length - c, random.Next(1, 300));
                    bytes = Insert(bytes, random.Next(bytes.Length + 1), bytes[c..(c + length)]);
                    steps.Add($"copy {c}+{length}");
                    break;
            }
        }

        return (string.Join("; ", steps), bytes, false);
    });

    private static async Task ForEachMutant(int seedBase, int perFile, Func<Sample, Random, (string What, byte[] Bytes, bool ExpectError)> mutate)
    {
        var samples = Samples.Value;
        Assert.NotEmpty(samples);
        for (var f = 0; f < samples.Count; f++)
        {
            for (var i = 0; i < perFile; i++)
            {
                var seed = seedBase + SeedShift + (f * 1_000) + i;
                var sample = samples[f];
                var (what, bytes, expectError) = mutate(sample, new Random(seed));
                var where = $"{sample.Name}, seed {seed.ToString(CultureInfo.InvariantCulture)}: {what}";
                CargoDocument document;
                try
                {
                    document = await Task.Run(() => Read(sample.Xml, bytes)).WaitAsync(Watchdog);
                }
                catch (TimeoutException)
                {
                    Assert.Fail($"{where}: no answer within {Watchdog}");
                    return;
                }
                catch (Exception e)
                {
                    Assert.Fail($"{where}: threw {e}");
                    return;
                }

                var diagnostics = document.Diagnostics.Concat(document.Messages.SelectMany(m => m.Diagnostics)).ToList();
                var unplaced = diagnostics.Find(d => d.Line is null && d.Field is null && d.Code is not ("cargo.xml-empty" or "cargo.xml-unreadable" or "cargo.imp-unreadable"));
                Assert.True(unplaced is null, $"{where}: unplaced diagnostic {unplaced}");
                Assert.True(!expectError || document.HasErrors, $"{where}: a cut XML file read without an error");
            }
        }
    }

    private static CargoDocument Read(bool xml, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return xml ? CargoXmlReader.Read(stream) : CargoImpReader.Read(stream);
    }

    private static byte[] Insert(byte[] bytes, int at, byte[] insert) => [.. bytes[..at], .. insert, .. bytes[at..]];

    private sealed record Sample(string Name, byte[] Bytes, bool Xml)
    {
        /// <summary>Up to the last byte that is not a line break or space: a cut beyond it changes nothing.</summary>
        public int Significant { get; } = Array.FindLastIndex(Bytes, b => b is not ((byte)'\n' or (byte)'\r' or (byte)' ')) + 1;

        /// <summary>Each line with its line break: for XML, mostly one element per line.</summary>
        public List<(int Start, int End)> Lines { get; } = SplitLines(Bytes);

        private static List<(int Start, int End)> SplitLines(byte[] bytes)
        {
            var lines = new List<(int, int)>();
            var start = 0;
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == '\n')
                {
                    lines.Add((start, i + 1));
                    start = i + 1;
                }
            }

            if (start < bytes.Length)
            {
                lines.Add((start, bytes.Length));
            }

            return lines;
        }
    }
}
