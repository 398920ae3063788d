using System.Globalization;

namespace Portcullis.Features.Demo.Traffic.Cargo;

/// <summary>
/// A day of synthetic cargo for the region, in the formats Portcullis reads: CUSCAR D95B manifests of the
/// vessel calls at Durrës and Bar (and one late amendment), XFWB/XFZB air waybills and, for the carriers
/// that still send text, FWB/FHL, for Tirana, Belgrade and Skopje. Its own random generator, seeded from
/// the day's seed, so that adding or changing cargo never moves a byte of the passenger files.
/// </summary>
public sealed class CargoGenerator
{
    /// <summary>Which call gets the amendment: the first Bar call, as feeders re-send there when late boxes are added at Piraeus.</summary>
    private const int AmendedCall = 2;

    private readonly DateOnly _date;
    private readonly Random _random;

    public CargoGenerator(DateOnly date, int seed)
    {
        _date = date;
        _random = new Random(unchecked((seed * 7919) + 6346));
    }

    public int VesselCalls { get; private set; }

    /// <summary>Bills of lading, each counted once (an amended bill is the same bill; a late one is new).</summary>
    public int Bills { get; private set; }

    public int Containers { get; private set; }

    /// <summary>Master air waybills.</summary>
    public int AirWaybills { get; private set; }

    public int HouseWaybills { get; private set; }

    public int Files { get; private set; }

    /// <summary>The day's vessel calls and waybills, as generated: for tests and a future demo watchlist.</summary>
    public List<VesselCall> Calls { get; } = [];

    public List<AirWaybill> Waybills { get; } = [];

    /// <summary>One CUSCAR manifest of a vessel call at Durrës with <paramref name="bills"/> bills of lading, about one in twenty-five carrying an indicator.</summary>
    public byte[] LargeManifest(int bills)
    {
        var call = new SeaCargoFactory(_date, _random, new HashSet<string>(StringComparer.Ordinal)).LargeCall(bills);
        Calls.Add(call);
        return CuscarWriter.Original(call, "BENCH00001");
    }

    public IEnumerable<GeneratedFile> Generate()
    {
        var folder = _date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var containers = new HashSet<string>(StringComparer.Ordinal);
        var sea = new SeaCargoFactory(_date, _random, containers);
        Calls.AddRange(sea.Calls());
        var bills = new HashSet<string>(StringComparer.Ordinal);
        var reference = 0;
        for (var i = 0; i < Calls.Count; i++)
        {
            var call = Calls[i];
            VesselCalls++;
            bills.UnionWith(call.Bills.Select(b => b.Number));
            var name = $"{folder}/cuscar/{call.Port}-{call.Carrier}-{call.Voyage}";
            yield return File(name + ".edi", CuscarWriter.Original(call, "CUS" + (++reference).ToString("00000", CultureInfo.InvariantCulture)));
            if (i == AmendedCall)
            {
                var (changed, added) = sea.Amend(call, CargoRoutes.Services[i]);
                bills.Add(added.Number);
                containers.UnionWith(added.Containers.Select(c => c.Number));
                yield return File(name + "-amendment.edi", CuscarWriter.Amendment(call, [changed, added], call.Arrival.AddHours(-3).AddMinutes(-_random.Next(60)), "CUS" + (++reference).ToString("00000", CultureInfo.InvariantCulture)));
            }
        }

        Bills = bills.Count;
        Containers = containers.Count;

        Waybills.AddRange(new AirCargoFactory(_date, _random, new HashSet<string>(StringComparer.Ordinal)).Waybills());
        foreach (var waybill in Waybills)
        {
            AirWaybills++;
            HouseWaybills += waybill.Houses.Count;
            if (waybill.CargoImp)
            {
                yield return File($"{folder}/fwb/{waybill.Number}-fwb.txt", CargoImpWriter.Fwb(waybill));
                if (waybill.Houses.Count > 0)
                {
                    yield return File($"{folder}/fwb/{waybill.Number}-fhl.txt", CargoImpWriter.Fhl(waybill));
                }

                continue;
            }

            yield return File($"{folder}/xfwb/{waybill.Number}.xml", CargoXmlWriter.Master(waybill));
            foreach (var house in waybill.Houses)
            {
                yield return File($"{folder}/xfwb/{waybill.Number}-{house.Number}.xml", CargoXmlWriter.House(waybill, house));
            }
        }
    }

    private GeneratedFile File(string path, byte[] content)
    {
        Files++;
        return new GeneratedFile(path, content);
    }
}
