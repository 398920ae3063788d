using System.Globalization;

namespace Portcullis.Features.Demo.Traffic.Cargo;

/// <summary>
/// The day's vessel calls at Durrës and Bar and their bills of lading: mostly ordinary trade from repeat
/// shippers to repeat importers, and about one bill in twenty-five made to carry the public risk
/// indicators (South American fruit, fish or scrap via a Mediterranean hub, first-time consignees at a flat,
/// vague or mismatched descriptions, freight collect paid in cash, values far below the norm).
/// </summary>
internal sealed class SeaCargoFactory(DateOnly date, Random random, HashSet<string> containers)
{
    /// <summary>The kinds of indicator bill, taken in turn so a day has each of them.</summary>
    private enum Indicator
    {
        SouthAmericanReefer,
        Vague,
        Mismatched,
        Scrap,
        Undervalued,
    }

    private int _turn;

    public List<VesselCall> Calls()
    {
        containers.Add(CargoDemoNames.ListedContainer);
        var calls = new List<VesselCall>();
        for (var i = 0; i < CargoRoutes.Services.Length; i++)
        {
            calls.Add(Call(CargoRoutes.Services[i], i));
        }

        return calls;
    }

    /// <summary>A bill added after the manifest was sent, and a bill whose weight and seals were corrected: the amendment's content.</summary>
    public (SeaBill Changed, SeaBill Added) Amend(VesselCall call, SeaService service)
    {
        var original = call.Bills[random.Next(call.Bills.Count / 2)];
        var changed = new SeaBill
        {
            Number = original.Number,
            Shipper = original.Shipper,
            Consignee = original.Consignee,
            Notify = original.Notify,
            PortOfLoading = original.PortOfLoading,
            Transshipments = original.Transshipments,
            PortOfDischarge = original.PortOfDischarge,
            PlaceOfDelivery = original.PlaceOfDelivery,
            Collect = original.Collect,
            PaymentMeans = original.PaymentMeans,
            Incoterms = original.Incoterms,
        };
        changed.Goods.AddRange(original.Goods.Select((g, i) => i == 0 ? g with { GrossKg = g.GrossKg + 350 + random.Next(900), Packages = g.Packages + 1 } : g));
        changed.Containers.AddRange(original.Containers.Select((c, i) => i == 0 ? c with { Seals = [.. c.Seals, "ME" + random.Next(100000, 999999).ToString(CultureInfo.InvariantCulture)] } : c));
        var added = Ordinary(call, service, call.Bills.Count + 1);
        return (changed, added);
    }

    /// <summary>One call of the first service (Durrës) with as many bills as asked: the manifest the cargo benchmark ingests.</summary>
    public VesselCall LargeCall(int bills)
    {
        containers.Add(CargoDemoNames.ListedContainer);
        return Call(CargoRoutes.Services[0], 0, bills);
    }

    private VesselCall Call(SeaService service, int index, int? bills = null)
    {
        var arrival = date.ToDateTime(new TimeOnly(service.ArrivalHour, 0)).AddMinutes(random.Next(0, 18) * 10);
        var voyage = service.VoyagePrefix + (100 + (date.DayOfYear * 3 % 900) + index).ToString(CultureInfo.InvariantCulture) + (service.Port == "ALDRZ" ? "E" : "W");
        var call = new VesselCall
        {
            Port = service.Port,
            VesselName = service.VesselName,
            Imo = CargoNumbers.Imo(service.ImoFirstSix),
            CallSign = service.CallSign,
            Carrier = service.Carrier,
            CarrierName = service.CarrierName,
            Voyage = voyage,
            LastPort = service.LastPort,
            NextPort = service.NextPort,
            Arrival = arrival,
            Departure = arrival.AddHours(10 + random.Next(7)),
            Sent = arrival.AddHours(-24 - random.Next(1, 12)).AddMinutes(random.Next(60)),
            Sender = service.Carrier + service.Port[2..] + "AGT",
            Recipient = service.Port[..2] + "CUSTOMS",
            ManifestNumber = $"MAN-{service.Port[2..]}-{date.ToString("yyMMdd", CultureInfo.InvariantCulture)}-{(index + 1).ToString(CultureInfo.InvariantCulture)}",
        };
        var count = bills ?? 60 + random.Next(61);
        var indicators = new HashSet<int>();
        var wanted = Math.Max(2, (int)Math.Round(count * 0.04));
        while (indicators.Count < wanted)
        {
            indicators.Add(random.Next(1, count + 1));
        }

        for (var sequence = 1; sequence <= count; sequence++)
        {
            var bill = index == 0 && sequence == 7 ? Listed(call, sequence)
                : indicators.Contains(sequence) ? Flagged(call, service, sequence, (Indicator)(_turn++ % 5))
                : Ordinary(call, service, sequence);
            call.Bills.Add(bill);
        }

        return call;
    }

    private SeaBill Ordinary(VesselCall call, SeaService service, int sequence)
    {
        var lane = Lane(service);
        var consignee = Consignee(call);
        var bill = NewBill(call, sequence, lane.Shippers[random.Next(lane.Shippers.Length)], consignee, lane.LoadingPorts[random.Next(lane.LoadingPorts.Length)], lane.Transshipment,
            collect: random.NextDouble() < 0.25, paymentMeans: random.NextDouble() < 0.2 ? "42" : null, indicator: null);
        var first = lane.Goods[random.Next(lane.Goods.Length)];
        var second = random.NextDouble() < 0.2 ? lane.Goods[random.Next(lane.Goods.Length)] : first;
        var boxes = random.NextDouble() switch { < 0.65 => 1, < 0.9 => 2, < 0.97 => 3, _ => 4 };
        for (var i = 0; i < boxes; i++)
        {
            var goods = i % 2 == 0 ? first : second;
            Stow(bill, service, goods, goods.Description, goods.HsCode, 1m);
        }

        return bill;
    }

    /// <summary>The fixed bill of the demo watchlist: bananas from Guayaquil via Gioia Tauro in the listed reefer, to the listed importer.</summary>
    private SeaBill Listed(VesselCall call, int sequence)
    {
        var bill = NewBill(call, sequence, CargoParties.FixedFruitExporter, CargoParties.FixedFruitImporter, "ECGYE", "ITGIT", collect: true, paymentMeans: "10", indicator: "south-american-reefer");
        var goods = CargoGoods.Bananas;
        var packages = 1080;
        var kg = packages * goods.KgPerPackage + 410;
        var container = new ShippedContainer(CargoDemoNames.ListedContainer, "45R1", [Seal(call), "EC" + random.Next(100000, 999999).ToString(CultureInfo.InvariantCulture)]);
        bill.Containers.Add(container);
        bill.Goods.Add(new SeaGoods(1, goods.Description, goods.HsCode, packages, goods.PackageType, kg, 58.5m, Math.Round(kg * goods.EurPerKg * 0.1m, 2), "USD", container.Number, "CV/GYE/1-1080"));
        return bill;
    }

    private SeaBill Flagged(VesselCall call, SeaService service, int sequence, Indicator kind)
    {
        var country = call.Port == "ALDRZ" ? (random.Next(4) == 0 ? "XK" : "AL") : (random.Next(3) == 0 ? "RS" : "ME");
        var hub = CargoRoutes.Transshipments.Contains(call.LastPort, StringComparer.Ordinal) ? call.LastPort : CargoRoutes.Transshipments[random.Next(CargoRoutes.Transshipments.Length)];
        switch (kind)
        {
            case Indicator.SouthAmericanReefer:
                {
                    var fish = random.Next(2) == 0;
                    var shipper = fish ? CargoParties.SouthAmericanShippers[1] : CargoParties.SouthAmericanShippers[0];
                    var goods = fish ? (random.Next(2) == 0 ? CargoGoods.Shrimps : CargoGoods.FishFillets) : CargoGoods.Bananas;
                    var bill = NewBill(call, sequence, shipper, CargoParties.FirstTimer(country, random), fish ? "PECLL" : "ECGYE", hub, collect: true, paymentMeans: "10", indicator: "south-american-reefer");
                    Stow(bill, service, goods, goods.Description, goods.HsCode, 0.1m);
                    return bill;
                }

            case Indicator.Scrap:
                {
                    var bill = NewBill(call, sequence, CargoParties.SouthAmericanShippers[2], CargoParties.FirstTimer(country, random), "BRSSZ", hub, collect: true, paymentMeans: "10", indicator: "south-american-scrap");
                    Stow(bill, service, CargoGoods.Scrap, CargoGoods.Scrap.Description, CargoGoods.Scrap.HsCode, 0.12m);
                    return bill;
                }

            case Indicator.Vague:
                {
                    var lane = Lane(service);
                    var goods = lane.Goods[random.Next(lane.Goods.Length)];
                    var bill = NewBill(call, sequence, lane.Shippers[random.Next(lane.Shippers.Length)], CargoParties.FirstTimer(country, random), lane.LoadingPorts[0], lane.Transshipment, collect: true, paymentMeans: "10", indicator: "vague-description");
                    Stow(bill, service, goods, CargoGoods.Vague[random.Next(CargoGoods.Vague.Length)], goods.HsCode, 1m);
                    return bill;
                }

            case Indicator.Mismatched:
                {
                    var lane = Lane(service);
                    var goods = lane.Goods[random.Next(lane.Goods.Length)];
                    var (description, hs) = CargoGoods.Mismatched[random.Next(CargoGoods.Mismatched.Length)];
                    var bill = NewBill(call, sequence, lane.Shippers[random.Next(lane.Shippers.Length)], Consignee(call), lane.LoadingPorts[0], lane.Transshipment, collect: false, paymentMeans: null, indicator: "description-not-hs-chapter");
                    Stow(bill, service, goods, description, hs, 1m);
                    return bill;
                }

            default:
                {
                    var lane = Lane(service);
                    var goods = lane.Goods[random.Next(lane.Goods.Length)];
                    var bill = NewBill(call, sequence, lane.Shippers[random.Next(lane.Shippers.Length)], CargoParties.FirstTimer(country, random), lane.LoadingPorts[0], lane.Transshipment, collect: true, paymentMeans: "10", indicator: "undervalued");
                    Stow(bill, service, goods, goods.Description, goods.HsCode, 0.06m);
                    return bill;
                }
        }
    }

    private SeaBill NewBill(VesselCall call, int sequence, Company shipper, Company consignee, string loading, string? transshipment, bool collect, string? paymentMeans, string? indicator) => new()
    {
        Number = call.Carrier + call.Voyage + sequence.ToString("000", CultureInfo.InvariantCulture),
        Shipper = shipper,
        Consignee = consignee,
        Notify = random.Next(2) == 0 ? (call.Port == "ALDRZ" ? CargoParties.DurresBroker : CargoParties.BarBroker) : null,
        PortOfLoading = loading,
        Transshipments = transshipment is null || transshipment == loading ? [] : [transshipment],
        PortOfDischarge = call.Port,
        PlaceOfDelivery = CargoParties.PlaceOfDelivery(consignee),
        Collect = collect,
        PaymentMeans = paymentMeans,
        Incoterms = collect ? (random.Next(2) == 0 ? "FOB" : "EXW") : (random.Next(2) == 0 ? "CIF" : "CFR"),
        Indicator = indicator,
    };

    /// <summary>One container of the goods, filled as such goods fill one; <paramref name="valueFactor"/> below 1 declares less than they are worth.</summary>
    private void Stow(SeaBill bill, SeaService service, Commodity goods, string description, string hsCode, decimal valueFactor)
    {
        var dense = goods.EurPerKg < 1m && !goods.Reefer;
        var sizeType = goods.Reefer ? "45R1" : dense ? "22G1" : random.Next(3) switch { 0 => "22G1", 1 => "42G1", _ => "45G1" };
        var twenty = sizeType.StartsWith('2');
        var payload = dense ? 18000 + random.Next(6000) : goods.EurPerKg > 5m ? 5000 + random.Next(7000) : 9000 + random.Next(12000);
        var packages = Math.Max(1, payload / goods.KgPerPackage);
        var kg = Math.Round(packages * goods.KgPerPackage * (decimal)(0.96 + (random.NextDouble() * 0.08)), 0);
        var volume = Math.Round((twenty ? 33m : 67m) * (decimal)(0.55 + (random.NextDouble() * 0.4)), 1);
        var owner = service.OwnerCodes[random.Next(service.OwnerCodes.Length)];
        var number = CargoNumbers.Container(owner, random, containers);
        var seals = new List<string> { Seal(bill.Number) };
        if (random.Next(3) == 0)
        {
            seals.Add(bill.Shipper.Country + random.Next(100000, 999999).ToString(CultureInfo.InvariantCulture));
        }

        var container = new ShippedContainer(number, sizeType, seals);
        bill.Containers.Add(container);
        var currency = bill.Shipper.Country is "CN" or "EC" or "PE" or "BR" ? "USD" : "EUR";
        var value = Math.Round(kg * goods.EurPerKg * valueFactor * (decimal)(0.85 + (random.NextDouble() * 0.4)) * (currency == "USD" ? 1.08m : 1m), 2);
        var sequence = bill.Goods.Count + 1;
        var marks = $"{bill.Consignee.Name.Split(' ')[0]}/{bill.Consignee.City}/{sequence.ToString(CultureInfo.InvariantCulture)}";
        bill.Goods.Add(new SeaGoods(sequence, description, hsCode, packages, goods.PackageType, kg, volume, value, currency, number, marks));
    }

    private string Seal(VesselCall call) => call.Carrier[..2] + random.Next(1000000, 9999999).ToString(CultureInfo.InvariantCulture);

    private string Seal(string billNumber) => billNumber[..2] + random.Next(1000000, 9999999).ToString(CultureInfo.InvariantCulture);

    private SeaLane Lane(SeaService service)
    {
        var roll = random.NextDouble() * service.Lanes.Sum(l => l.Weight);
        foreach (var lane in service.Lanes)
        {
            roll -= lane.Weight;
            if (roll < 0)
            {
                return lane;
            }
        }

        return service.Lanes[^1];
    }

    private Company Consignee(VesselCall call)
    {
        var pool = call.Port == "ALDRZ" ? CargoParties.DurresConsignees : CargoParties.BarConsignees;

        // A few importers take most of the boxes, as in any port: the first of the pool more often.
        var index = Math.Min(pool.Length - 1, (int)(Math.Pow(random.NextDouble(), 1.6) * pool.Length));
        return pool[index];
    }
}
