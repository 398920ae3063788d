using System.Globalization;
using Portcullis.Formats.Edifact;

namespace Portcullis.Formats.Tests.Cargo;

/// <summary>
/// Property tests over the CUSCAR samples, as <see cref="MutationTests"/> does for PAXLST: each sample is
/// truncated, has bytes flipped, segments dropped or duplicated, and each mutant is read under a watchdog.
/// Whatever arrives, the reader must not throw, must not hang, and must place every diagnostic it gives.
/// Seeds are fixed: a failure names the file, the seed and the mutation.
/// </summary>
public sealed class CuscarMutationTests
{
    private static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(60);

    private static readonly byte[] FlipValues = [(byte)'\'', (byte)'+', (byte)':', (byte)'?', (byte)'.', (byte)',', 0x00, 0xFF, 0x80, 0xC3, (byte)'\n', (byte)' ', (byte)'9', (byte)'A'];

    private static readonly Lazy<List<Sample>> Samples = new(Load);

    [Fact]
    public async Task Truncate_AtAnyByte_ReportsAnError()
    {
        await ForEachMutant(seedBase: 21_000_000, perFile: 60, (sample, random) =>
        {
            var at = random.Next(0, sample.SignificantLength);
            return new Mutant($"truncate at byte {at}", sample.Bytes[..at], ExpectError: true);
        });
    }

    [Fact]
    public async Task FlipBytes_Random_NeverThrowsOrHangs()
    {
        await ForEachMutant(seedBase: 22_000_000, perFile: 150, (sample, random) =>
        {
            var bytes = (byte[])sample.Bytes.Clone();
            var flips = new List<string>();
            for (var n = random.Next(1, 9); n > 0; n--)
            {
                var at = random.Next(bytes.Length);
                bytes[at] = random.Next(3) == 0 ? (byte)random.Next(256) : FlipValues[random.Next(FlipValues.Length)];
                flips.Add($"{at}=0x{bytes[at]:X2}");
            }

            return new Mutant($"flip {string.Join(',', flips)}", bytes, ExpectError: false);
        });
    }

    [Fact]
    public async Task DropSegment_Any_NeverThrowsOrHangs()
    {
        await ForEachMutant(seedBase: 23_000_000, perFile: 60, (sample, random) =>
        {
            var s = sample.Segments[random.Next(sample.Segments.Count)];
            return new Mutant($"drop {s.Tag} at {s.Start}", [.. sample.Bytes[..s.Start], .. sample.Bytes[s.End..]], ExpectError: false);
        });
    }

    [Fact]
    public async Task DuplicateSegment_Anywhere_NeverThrowsOrHangs()
    {
        await ForEachMutant(seedBase: 24_000_000, perFile: 60, (sample, random) =>
        {
            var s = sample.Segments[random.Next(sample.Segments.Count)];
            var i = random.Next(sample.Segments.Count + 1);
            var at = i == sample.Segments.Count ? sample.Segments[^1].End : sample.Segments[i].Start;
            var times = random.Next(1, random.Next(2) == 0 ? 3 : 500);
            var copy = sample.Bytes[s.Start..s.End];
            var run = Enumerable.Repeat(copy, times).SelectMany(b => b).ToArray();
            return new Mutant($"copy {s.Tag} at {s.Start} {times} times to {at}", [.. sample.Bytes[..at], .. run, .. sample.Bytes[at..]], ExpectError: false);
        });
    }

    private sealed record Mutant(string Description, byte[] Bytes, bool ExpectError);

    private readonly record struct SegmentSpan(string Tag, int Start, int End);

    private sealed record Sample(string Name, byte[] Bytes, List<SegmentSpan> Segments, int SignificantLength);

    private static async Task ForEachMutant(int seedBase, int perFile, Func<Sample, Random, Mutant> mutate)
    {
        var samples = Samples.Value;
        for (var f = 0; f < samples.Count; f++)
        {
            for (var i = 0; i < perFile; i++)
            {
                var seed = seedBase + (f * 1_000) + i;
                var mutant = mutate(samples[f], new Random(seed));
                await Check(mutant, $"{samples[f].Name}, seed {seed.ToString(CultureInfo.InvariantCulture)}: {mutant.Description}");
            }
        }
    }

    private static async Task Check(Mutant mutant, string where)
    {
        List<Diagnostic> diagnostics;
        try
        {
            diagnostics = await Task.Run(() => Parse(mutant.Bytes), TestContext.Current.CancellationToken)
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
            if (d.Code == "message.unreadable" || string.IsNullOrWhiteSpace(d.Message) ||
                ((d.Tag is not null || d.Segment is not null) && (d.Segment is null || d.Offset is null)) ||
                d.Offset < 0 || d.Offset > mutant.Bytes.Length)
            {
                Assert.Fail($"{where}: malformed or caught diagnostic: {d}");
            }
        }

        if (mutant.ExpectError && !diagnostics.Any(d => d.Severity == Severity.Error))
        {
            Assert.Fail($"{where}: no error; got [{string.Join(" | ", diagnostics)}]");
        }
    }

    private static List<Diagnostic> Parse(byte[] bytes)
    {
        var document = CuscarSamples.Read(bytes);

        // Serializing touches every property: a value the reader left half-built would show here.
        _ = Portcullis.Formats.Cargo.CargoJson.Write(document);
        return [.. document.Diagnostics, .. document.Messages.SelectMany(m => m.Diagnostics)];
    }

    private static List<Sample> Load()
    {
        var samples = new List<Sample>();
        foreach (var name in CuscarSamples.Files())
        {
            var bytes = CuscarSamples.Bytes(name);
            var reader = new EdifactSegmentReader(new MemoryStream(bytes, writable: false));
            var segments = new List<SegmentSpan>();
            while (reader.Read() is { } segment)
            {
                segments.Add(new SegmentSpan(segment.Tag, (int)segment.Offset, (int)reader.Position));
            }

            samples.Add(new Sample(name, bytes, segments, bytes.AsSpan().TrimEnd(" \r\n\t"u8).Length));
        }

        samples.Count.ShouldBeGreaterThanOrEqualTo(4);
        return samples;
    }
}
