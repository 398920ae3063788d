using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Portcullis.Domain.Passengers;
using Portcullis.Features.Passengers;

namespace Portcullis.Commands;

/// <summary>
/// <c>portcullis ingest FILE|FOLDER...</c>: stores and applies message files, as if a sender had
/// posted them: raw bytes first, duplicates recognised, failures quarantined. A progress bar on a
/// terminal, then a summary. Exits 65 when any file was quarantined.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, or folders to read recursively", Arity = ArgumentArity.OneOrMore };
        var jurisdiction = new Option<string?>("--jurisdiction") { Description = "The receiving jurisdiction (AL, BA, XK, ME, MK, RS); by default the flight's" };
        var json = CommonOptions.Json();
        var command = new Command("ingest", "Store and apply PAXLST, PNRGOV or normalized JSON files") { paths, jurisdiction, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var files = Expand(parse.GetValue(paths)!);
            await using var session = CommandSession.Open(parse);
            var counts = new Dictionary<MessageStatus, int>();
            var travellers = 0;
            var pnrs = 0;
            var clock = Stopwatch.StartNew();
            var progress = new ProgressBar(parse.InvocationConfiguration.Error, files.Count);
            var ingested = session.Get<IngestFiles>().IngestAsync(files, "cli:" + Environment.UserName, parse.GetValue(jurisdiction)?.ToUpperInvariant(), cancellationToken);
            await foreach (var (file, outcome) in ingested)
            {
                var result = outcome.Require(file);
                counts[result.Status] = counts.GetValueOrDefault(result.Status) + 1;
                travellers += result.Travellers;
                pnrs += result.Pnrs;
                if (result.Status == MessageStatus.Quarantined)
                {
                    progress.Note($"quarantined: {file} ({result.Errors} errors; see the message log, id {result.Id})");
                }

                progress.Advance();
            }

            progress.Done();
            var quarantined = counts.GetValueOrDefault(MessageStatus.Quarantined);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(session.Output, new
                {
                    files = files.Count,
                    statuses = counts.ToDictionary(c => c.Key.ToString(), c => c.Value, StringComparer.Ordinal),
                    travellers,
                    pnrs,
                    seconds = Math.Round(clock.Elapsed.TotalSeconds, 1),
                });
            }
            else
            {
                var statuses = string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Value.ToString(CultureInfo.InvariantCulture)} {c.Key}"));
                await session.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Ingested {files.Count} files in {clock.Elapsed.TotalSeconds:0.0} s: {statuses}; {travellers} travellers, {pnrs} PNRs."));
            }

            return quarantined > 0 ? ExitCodes.BadInput : ExitCodes.Success;
        });
        return command;
    }

    private static List<string> Expand(string[] paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                throw new CommandInputException($"{path}: no such file or folder");
            }
        }

        return files;
    }

    /// <summary>A one-line bar on a terminal; nothing when standard error is redirected (CI, logs).</summary>
    private sealed class ProgressBar(TextWriter error, int total)
    {
        private readonly bool _visible = !Console.IsErrorRedirected && total > 1;
        private int _done;

        public void Advance()
        {
            _done++;
            if (_visible && (_done == total || _done % 10 == 0))
            {
                var width = 30;
                var filled = total == 0 ? width : _done * width / total;
                error.Write(string.Create(CultureInfo.InvariantCulture, $"\r[{new string('#', filled)}{new string('.', width - filled)}] {_done}/{total}"));
            }
        }

        public void Note(string line)
        {
            if (_visible)
            {
                error.Write("\r");
            }

            error.WriteLine(line);
        }

        public void Done()
        {
            if (_visible)
            {
                error.WriteLine();
            }
        }
    }
}
