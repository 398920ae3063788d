using System.CommandLine;
using System.Globalization;
using Portcullis.Features.Demo.Traffic;

namespace Portcullis.Commands;

/// <summary><c>portcullis demo traffic</c>: synthetic data for demonstrations and tests. Needs no database.</summary>
internal static class DemoCommand
{
    public static Command Create() => new("demo", "Generate synthetic demonstration data")
    {
        Traffic(),
    };

    private static Command Traffic()
    {
        var output = new Option<string>("--out") { Description = "Folder to write into (a sub-folder per day: yyyy-MM-dd/paxlst, pnrgov, cuscar, xfwb, fwb)", Required = true };
        var date = new Option<string?>("--date") { Description = "Day of the flights, YYYY-MM-DD (default: today)" };
        var flights = new Option<int>("--flights") { Description = "About how many flights", DefaultValueFactory = _ => GenerateTraffic.DefaultFlights };
        var seed = new Option<int>("--seed") { Description = "Seed: the same seed and date give the same bytes", DefaultValueFactory = _ => GenerateTraffic.DefaultSeed };
        var json = CommonOptions.Json();
        var command = new Command("traffic", "Write a day of synthetic API (PAXLST D05B) and PNR (PNRGOV 13.1) files for the region's airports, and its cargo: CUSCAR manifests for Durrës and Bar, XFWB/XFZB and FWB/FHL air waybills for Tirana, Belgrade and Skopje")
        {
            output, date, flights, seed, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            DateOnly? day = null;
            if (parse.GetValue(date) is { } text)
            {
                day = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                    ? parsed
                    : throw new CommandInputException($"--date: '{text}' is not a date (YYYY-MM-DD).");
            }

            var count = parse.GetValue(flights);
            if (count is < 1 or > GenerateTraffic.MaxFlights)
            {
                throw new CommandInputException($"--flights: {count.ToString(CultureInfo.InvariantCulture)} is out of range (1 to {GenerateTraffic.MaxFlights.ToString(CultureInfo.InvariantCulture)}).");
            }

            var handler = new GenerateTraffic.Handler(TimeProvider.System);
            var result = (await handler.HandleAsync(new GenerateTraffic.Command(parse.GetValue(output)!, day, count, parse.GetValue(seed)), cancellationToken))
                .Require("demo traffic");
            var writer = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(writer, new
                {
                    folder = result.Folder,
                    date = result.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    files = result.Files,
                    flights = result.Flights,
                    travellers = result.Travellers,
                    pnrs = result.Pnrs,
                    cargoFiles = result.CargoFiles,
                    vesselCalls = result.VesselCalls,
                    bills = result.Bills,
                    containers = result.Containers,
                    airWaybills = result.AirWaybills,
                    houseWaybills = result.HouseWaybills,
                    bytes = result.Bytes,
                    seconds = Math.Round(result.Elapsed.TotalSeconds, 2),
                });
                return ExitCodes.Success;
            }

            await writer.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Wrote {result.Files} files for {result.Flights} flights on {result.Date:yyyy-MM-dd}: {result.Travellers} travellers, {result.Pnrs} PNRs; cargo: {result.VesselCalls} vessel calls with {result.Bills} bills of lading and {result.Containers} containers, {result.AirWaybills} air waybills with {result.HouseWaybills} house waybills ({result.CargoFiles} files); {result.Bytes} bytes ({result.Bytes / 1048576.0:0.0} MB) in {result.Elapsed.TotalSeconds:0.0} s to {result.Folder}"));
            return ExitCodes.Success;
        });
        return command;
    }
}
