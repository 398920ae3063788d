using System.Globalization;
using System.Text.Json;
using Portcullis.Formats.Edifact;
using Portcullis.Formats.Passengers;

namespace Portcullis.Formats.Tests;

/// <summary>
/// Property tests: every GTAS sample is mutated thousands of times in all (truncated, segments dropped,
/// duplicated, swapped and repeated, bytes flipped, garbage inserted, UNA removed, megabytes without a
/// terminator) and each mutant is parsed under a watchdog. Whatever arrives, the reader must not throw,
/// must not hang, must place every diagnostic it gives, and must say something when the structure broke.
/// PAXLST samples go through the whole <see cref="PassengerDataReader"/>; PNRGOV samples through the
/// EDIFACT layer only (the PNRGOV parser is not covered here).
/// Every mutant has its own seed: a failure names it, the file and the mutation, and
/// PORTCULLIS_MUTATION_SEED shifts all seeds to explore further.
/// </summary>
public sealed class MutationTests
{
    /// <summary>Generous: a mutant takes milliseconds; only a hang comes near this.</summary>
    private static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(60);

    private static readonly int SeedShift = int.TryParse(
        Environment.GetEnvironmentVariable("PORTCULLIS_MUTATION_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var shift) ? shift : 0;

    private static readonly Lazy<List<Sample>> AllSamples = new(LoadSamples);

    private static readonly byte[] FlipValues = [(byte)'\'', (byte)'+', (byte)':', (byte)'?', (byte)'*', (byte)'.', 0x00, 0xFF, 0x80, 0xC3, (byte)'\r', (byte)'\n', (byte)' ', 0x1C, 0x1D, 0x1F, (byte)'U'];

    private static readonly byte[] GarbageStarts = [(byte)'#', (byte)'@', (byte)'~', (byte)'!', (byte)'%', 0xFF, 0xFE, 0x80, 0xC3];

    [Fact]
    public async Task Truncate_AtAnyByte_ReportsAnError()
    {
        await ForEachMutant(seedBase: 1_000_000, perFile: 40, (sample, random) =>
        {
            // A cut inside the trailing line breaks changes nothing: cut before the last significant byte.
            var at = random.Next(0, sample.SignificantLength);
            return new Mutant($"truncate at byte {at} of {sample.Bytes.Length}", sample.Bytes[..at], Expect.Error);
        });
    }

    [Fact]
    public async Task DropSegment_Any_ReportsADiagnostic()
    {
        await ForEachMutant(seedBase: 2_000_000, perFile: 30, (sample, random) =>
        {
            var s = sample.Segments[random.Next(sample.Segments.Count)];
            return new Mutant($"drop segment {s.Tag} at {s.Start}..{s.End}", [.. sample.Bytes[..s.Start], .. sample.Bytes[s.End..]], Expect.Diagnostic);
        });
    }

    [Fact]
    public async Task DuplicateSegment_Anywhere_ReportsADiagnostic()
    {
        await ForEachMutant(seedBase: 3_000_000, perFile: 30, (sample, random) =>
        {
            var s = sample.Segments[random.Next(sample.Segments.Count)];
            var at = sample.Boundary(random);
            var copy = sample.Bytes[s.Start..s.End];
            return new Mutant($"copy segment {s.Tag} at {s.Start}..{s.End} to {at}", Insert(sample.Bytes, at, copy), Expect.Diagnostic);
        });
    }

    [Fact]
    public async Task SwapSegments_Any_NeverThrowsOrHangs()
    {
        await ForEachMutant(seedBase: 4_000_000, perFile: 20, (sample, random) =>
        {
            var i = random.Next(sample.Segments.Count);
            var j = random.Next(sample.Segments.Count);
            var (a, b) = i <= j ? (sample.Segments[i], sample.Segments[j]) : (sample.Segments[j], sample.Segments[i]);
            byte[] bytes = i == j ? sample.Bytes : [
                .. sample.Bytes[..a.Start], .. sample.Bytes[b.Start..b.End], .. sample.Bytes[a.End..b.Start],
                .. sample.Bytes[a.Start..a.End], .. sample.Bytes[b.End..]];
            return new Mutant($"swap segments {a.Tag}@{a.Start} and {b.Tag}@{b.Start}", bytes, Expect.Nothing);
        });
    }

    [Fact]
    public async Task FlipBytes_ToSeparatorsReleaseAndExtremes_NeverThrowsOrHangs()
    {
        await ForEachMutant(seedBase: 5_000_000, perFile: 60, (sample, random) =>
        {
            var bytes = (byte[])sample.Bytes.Clone();
            var flips = new List<string>();
            for (var n = random.Next(1, 9); n > 0 && bytes.Length > 0; n--)
            {
                var at = random.Next(bytes.Length);
                var value = random.Next(3) == 0 ? (byte)random.Next(256) : FlipValues[random.Next(FlipValues.Length)];
                bytes[at] = value;
                flips.Add($"{at}=0x{value:X2}");
            }

            return new Mutant($"flip bytes {string.Join(',', flips)}", bytes, Expect.Nothing);
        });
    }

    [Fact]
    public async Task InsertGarbage_BetweenSegments_ReportsADiagnostic()
    {
        await ForEachMutant(seedBase: 6_000_000, perFile: 20, (sample, random) =>
        {
            var at = sample.Boundary(random);
            var garbage = Garbage(random, GarbageStarts[random.Next(GarbageStarts.Length)]);
            return new Mutant($"insert {garbage.Length} garbage bytes {Convert.ToHexString(garbage)} at {at}", Insert(sample.Bytes, at, garbage), Expect.Diagnostic);
        });
    }

    [Fact]
    public async Task InsertGarbage_Anywhere_NeverThrowsOrHangs()
    {
        await ForEachMutant(seedBase: 7_000_000, perFile: 20, (sample, random) =>
        {
            var at = random.Next(sample.Bytes.Length + 1);
            var garbage = Garbage(random, (byte)random.Next(256));
            return new Mutant($"insert {garbage.Length} garbage bytes {Convert.ToHexString(garbage)} at {at}", Insert(sample.Bytes, at, garbage), Expect.Nothing);
        });
    }

    [Fact]
    public async Task RemoveUna_WithAndWithoutFlips_NeverThrowsOrHangs()
    {
        await ForEachMutant(seedBase: 8_000_000, perFile: 10, (sample, random) =>
        {
            if (sample.Una is not var (start, end))
            {
                return null;
            }

            byte[] bytes = [.. sample.Bytes[..start], .. sample.Bytes[end..]];
            var what = $"remove UNA at {start}..{end}";
            if (random.Next(2) == 0 && bytes.Length > 0)
            {
                var at = random.Next(bytes.Length);
                bytes[at] = FlipValues[random.Next(FlipValues.Length)];
                what += $", then byte {at}=0x{bytes[at]:X2}";
            }

            return new Mutant(what, bytes, Expect.Nothing);
        });
    }

    [Fact]
    public async Task RepeatSegment_ThousandsOfTimes_ReportsADiagnostic()
    {
        await ForEachMutant(seedBase: 9_000_000, perFile: 1, (sample, random) =>
        {
            var s = sample.Segments[random.Next(sample.Segments.Count)];
            var times = random.Next(2_000, 5_000);
            var copy = sample.Bytes[s.Start..s.End];
            var run = new byte[copy.Length * times];
            for (var i = 0; i < times; i++)
            {
                copy.CopyTo(run, i * copy.Length);
            }

            return new Mutant($"repeat segment {s.Tag} at {s.Start} {times} more times", Insert(sample.Bytes, s.End, run), Expect.Diagnostic);
        });
    }

    [Fact]
    public async Task InsertRunWithoutTerminator_TwoMegabytes_ReportsAnError()
    {
        byte[] values = [(byte)'A', 0x00, 0xFF, (byte)'+', (byte)':', (byte)' ', (byte)'\n', (byte)'9'];
        await ForEachMutant(seedBase: 10_000_000, perFile: 1, (sample, random) =>
        {
            if (random.Next(4) != 0)
            {
                return null; // a dozen or so files: each mutant is 2 MB
            }

            var s = sample.Segments[random.Next(sample.Segments.Count)];
            var value = values[random.Next(values.Length)];
            if (value == sample.Delimiters.Terminator || value == sample.Delimiters.Release)
            {
                value = (byte)'A';
            }

            // Inside a segment, so that a run of spaces is not taken for the space between segments.
            var at = s.Start + 1 + random.Next(Math.Max(1, s.End - s.Start - 1));
            var run = new byte[2 * 1024 * 1024];
            Array.Fill(run, value);
            return new Mutant($"insert 2 MB of 0x{value:X2} at {at} inside {s.Tag}", Insert(sample.Bytes, at, run), Expect.Error);
        });
    }

    [Fact]
    public async Task StackedMutations_Random_NeverThrowsOrHangs()
    {
        await ForEachMutant(seedBase: 11_000_000, perFile: 20, (sample, random) =>
        {
            var bytes = sample.Bytes;
            var steps = new List<string>();
            for (var n = random.Next(2, 5); n > 0 && bytes.Length > 1; n--)
            {
                switch (random.Next(5))
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
                        var g = random.Next(bytes.Length + 1);
                        var garbage = Garbage(random, (byte)random.Next(256));
                        bytes = Insert(bytes, g, garbage);
                        steps.Add($"insert {Convert.ToHexString(garbage)} at {g}");
                        break;
                    case 3:
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

            return new Mutant(string.Join("; ", steps), bytes, Expect.Nothing);
        });
    }

    private enum Expect
    {
        Nothing,
        Diagnostic,
        Error,
    }

    private sealed record Mutant(string Description, byte[] Bytes, Expect Expect);

    private readonly record struct SegmentSpan(string Tag, int Start, int End);

    private sealed record Sample(string Name, byte[] Bytes, bool WholePipeline, List<SegmentSpan> Segments, (int Start, int End)? Una, int SignificantLength, EdifactDelimiters Delimiters, List<string> Baseline)
    {
        /// <summary>A place between two segments (or before the first, or after the last).</summary>
        public int Boundary(Random random)
        {
            var i = random.Next(Segments.Count + 1);
            return i == Segments.Count ? Segments[^1].End : Segments[i].Start;
        }
    }

    private static async Task ForEachMutant(int seedBase, int perFile, Func<Sample, Random, Mutant?> mutate)
    {
        var samples = AllSamples.Value;
        var count = 0;
        for (var f = 0; f < samples.Count; f++)
        {
            var sample = samples[f];
            for (var i = 0; i < perFile; i++)
            {
                var seed = seedBase + SeedShift + (f * 1_000) + i;
                var mutant = mutate(sample, new Random(seed));
                if (mutant is null)
                {
                    continue;
                }

                count++;
                var where = $"{sample.Name}, seed {seed.ToString(CultureInfo.InvariantCulture)}: {mutant.Description}";
                await Check(sample, mutant, where);
            }
        }

        count.ShouldBeGreaterThan(0);
    }

    private static async Task Check(Sample sample, Mutant mutant, string where)
    {
        List<Diagnostic> diagnostics;
        try
        {
            diagnostics = await Task.Run(() => Parse(mutant.Bytes, sample.WholePipeline), TestContext.Current.CancellationToken)
                .WaitAsync(Watchdog, TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{where}: no result within {Watchdog.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s (a hang)");
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Assert.Fail($"{where}: threw {e}");
            return;
        }

        foreach (var d in diagnostics)
        {
            var problem = Malformed(d, mutant.Bytes.Length);
            if (problem is not null)
            {
                Assert.Fail($"{where}: {problem}: {d}");
            }
        }

        switch (mutant.Expect)
        {
            case Expect.Error when !diagnostics.Any(d => d.Severity == Severity.Error):
                Assert.Fail($"{where}: no error diagnostic; got [{string.Join(" | ", diagnostics)}]");
                break;
            case Expect.Diagnostic when Summary(diagnostics).SequenceEqual(sample.Baseline, StringComparer.Ordinal):
                // Against the original: a change that repairs a sample's own fault (a duplicate that makes a
                // wrong UNT count right) is noticed too, by the diagnostic that went away.
                Assert.Fail($"{where}: nothing reported that the original did not; got [{string.Join(" | ", diagnostics)}]");
                break;
            default:
                break;
        }
    }

    private static string? Malformed(Diagnostic d, long length)
    {
        if (string.IsNullOrWhiteSpace(d.Code) || string.IsNullOrWhiteSpace(d.Message))
        {
            return "empty code or message";
        }

        if (d.Code == "message.unreadable")
        {
            return "the parser threw inside a message (caught as message.unreadable)";
        }

        if ((d.Tag is not null || d.Segment is not null) && (d.Segment is null || d.Offset is null))
        {
            return "names a segment without its number and offset";
        }

        if (d.Segment < 0 || d.Offset < 0 || d.Offset > length)
        {
            return $"segment number or offset out of range (file of {length.ToString(CultureInfo.InvariantCulture)} bytes)";
        }

        return null;
    }

    private static List<string> Summary(List<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => $"{d.Severity} {d.Code} {d.Message}").Order(StringComparer.Ordinal)];

    private static List<Diagnostic> Parse(byte[] bytes, bool wholePipeline)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        if (wholePipeline)
        {
            var document = PassengerDataReader.ReadDocument(stream, GtasSamples.ReceivedOn);
            return [.. document.Diagnostics, .. document.Messages.SelectMany(m => m.Diagnostics)];
        }

        var reader = new EdifactReader(stream);
        var messages = reader.ReadMessages().ToList();
        return [.. reader.Diagnostics, .. messages.SelectMany(m => m.Diagnostics)];
    }

    private static byte[] Insert(byte[] bytes, int at, byte[] inserted) => [.. bytes[..at], .. inserted, .. bytes[at..]];

    private static byte[] Garbage(Random random, byte first)
    {
        var garbage = new byte[random.Next(1, 65)];
        random.NextBytes(garbage);
        garbage[0] = first;
        return garbage;
    }

    private static List<Sample> LoadSamples()
    {
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(GtasSamples.Folder, "golden-index.json")));
        var samples = new List<Sample>();
        foreach (var name in GtasSamples.MessageFiles())
        {
            var bytes = GtasSamples.Bytes(name);
            var kind = index.RootElement.TryGetProperty(name, out var entry) ? entry.GetProperty("kind").GetString() ?? "" : "";
            var reader = new EdifactSegmentReader(new MemoryStream(bytes, writable: false));
            var segments = new List<SegmentSpan>();
            while (reader.Read() is { } segment)
            {
                segments.Add(new SegmentSpan(segment.Tag, (int)segment.Offset, (int)reader.Position));
            }

            var firstOffset = segments.Count > 0 ? segments[0].Start : bytes.Length;
            var una = bytes.AsSpan(0, firstOffset).IndexOf("UNA"u8);
            var significant = bytes.AsSpan().TrimEnd(" \r\n\t"u8).Length;
            var wholePipeline = !kind.StartsWith("PNRGOV", StringComparison.Ordinal);
            samples.Add(new Sample(
                name, bytes, wholePipeline, segments, una >= 0 ? (una, firstOffset) : null, significant, reader.Delimiters,
                Summary(Parse(bytes, wholePipeline))));
        }

        samples.ShouldNotBeEmpty();
        samples.ShouldAllBe(s => s.Segments.Count > 0);
        return samples;
    }
}
