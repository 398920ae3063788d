using System.Diagnostics;
using System.Globalization;

namespace Portcullis.Features.Demo.Traffic;

/// <summary>
/// <c>portcullis demo traffic</c>: writes a day of synthetic API (PAXLST) and PNR (PNRGOV) files, one
/// file per message, under <c>OUT/yyyy-MM-dd/paxlst</c> and <c>OUT/yyyy-MM-dd/pnrgov</c>; and the day's
/// cargo: CUSCAR sea manifests under <c>cuscar</c>, Cargo-XML air waybills (XFWB, XFZB) under <c>xfwb</c>
/// and Cargo-IMP ones (FWB, FHL) under <c>fwb</c>.
/// </summary>
public static class GenerateTraffic
{
    public const int DefaultFlights = 300;

    public const int DefaultSeed = 1913;

    public const int MaxFlights = 5000;

    /// <param name="Date">The day of the flights; by default today, from the time provider.</param>
    public sealed record Command(string OutputFolder, DateOnly? Date = null, int Flights = DefaultFlights, int Seed = DefaultSeed);

    /// <param name="CargoFiles">Of <paramref name="Files"/>, the cargo files.</param>
    /// <param name="Bills">Bills of lading on the vessel calls' manifests, each once.</param>
    /// <param name="AirWaybills">Master air waybills; <paramref name="HouseWaybills"/> the houses of the consolidations among them.</param>
    public sealed record Result(
        string Folder,
        DateOnly Date,
        int Files,
        int Flights,
        int Travellers,
        int Pnrs,
        long Bytes,
        TimeSpan Elapsed,
        int CargoFiles = 0,
        int VesselCalls = 0,
        int Bills = 0,
        int Containers = 0,
        int AirWaybills = 0,
        int HouseWaybills = 0);

    public sealed class Handler(TimeProvider time)
    {
        public async Task<Outcome<Result>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(command.OutputFolder))
            {
                return Outcome<Result>.Invalid("--out", "required", "the output folder is required");
            }

            if (command.Flights is < 1 or > MaxFlights)
            {
                return Outcome<Result>.Invalid("--flights", "range", $"the number of flights must be between 1 and {MaxFlights.ToString(CultureInfo.InvariantCulture)}");
            }

            var date = command.Date ?? DateOnly.FromDateTime(time.GetLocalNow().DateTime);
            var started = time.GetTimestamp();
            var generator = new TrafficGenerator(date, command.Seed);
            var root = Path.GetFullPath(command.OutputFolder);
            int files = 0;
            long bytes = 0;
            var created = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in generator.Generate(command.Flights))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var path = Path.Combine(root, file.Path.Replace('/', Path.DirectorySeparatorChar));
                var folder = Path.GetDirectoryName(path)!;
                if (created.Add(folder))
                {
                    Directory.CreateDirectory(folder);
                }

                await File.WriteAllBytesAsync(path, file.Content, cancellationToken);
                files++;
                bytes += file.Content.Length;
            }

            var cargo = generator.Cargo!;
            Debug.Assert(files == (generator.Flights * 4) + cargo.Files, "four files per flight, then the cargo files");
            return Outcome<Result>.Ok(new Result(
                Path.Combine(root, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                date, files, generator.Flights, generator.Travellers, generator.Pnrs, bytes, time.GetElapsedTime(started),
                cargo.Files, cargo.VesselCalls, cargo.Bills, cargo.Containers, cargo.AirWaybills, cargo.HouseWaybills));
        }
    }
}
