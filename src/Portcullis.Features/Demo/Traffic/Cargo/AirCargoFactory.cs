using System.Globalization;

namespace Portcullis.Features.Demo.Traffic.Cargo;

/// <summary>
/// The day's air waybills into Tirana, Belgrade and Skopje: masters on the day's flights from the hubs
/// (some via Istanbul for the Gulf carriers), a third of them consolidations with house waybills, some
/// sent as Cargo-IMP text. About one consignment in twenty-five carries a risk indicator: a light house
/// of very high value, a vague description, phones declared far below their worth.
/// </summary>
internal sealed class AirCargoFactory(DateOnly date, Random random, HashSet<string> numbers)
{
    public static readonly string[] Airports = ["TIA", "BEG", "SKP"];

    private enum Indicator
    {
        LightAndValuable,
        Vague,
        Undervalued,
    }

    private static readonly string[] FarOrigins = ["PVG", "HKG", "BOM"];

    private int _turn;
    private int _houseSerial = 1;

    public List<AirWaybill> Waybills()
    {
        var result = new List<AirWaybill>();
        foreach (var airport in Airports)
        {
            var count = airport switch { "BEG" => 20 + random.Next(7), "TIA" => 14 + random.Next(5), _ => 12 + random.Next(5) };
            var flagged = new HashSet<int>();
            while (flagged.Count < Math.Max(1, (int)Math.Round(count * 0.06)))
            {
                flagged.Add(random.Next(count));
            }

            for (var i = 0; i < count; i++)
            {
                var forced = airport == "BEG" && i == 2;
                Indicator? kind = forced ? Indicator.LightAndValuable : flagged.Contains(i) ? (Indicator)(_turn++ % 3) : null;
                result.Add(Waybill(airport, kind, forced));
            }
        }

        return result;
    }

    private AirWaybill Waybill(string airport, Indicator? indicator, bool fixedParty)
    {
        var carrier = PickCarrier();
        var legs = Legs(carrier, airport);
        var origin = legs[0].From;
        var shippers = AirParties.Shippers(origin);
        var (agent, agentCode) = AirParties.Agent(origin);
        var consignees = AirParties.Consignees(airport);
        var country = airport switch { "TIA" => "AL", "BEG" => "RS", _ => "MK" };
        var currency = origin is "DOH" or "DXB" or "PVG" or "HKG" or "BOM" ? "USD" : "EUR";
        var consolidation = indicator == Indicator.LightAndValuable || (indicator is null && random.NextDouble() < 0.35);
        var waybill = new AirWaybill
        {
            Number = CargoNumbers.AirWaybill(carrier.Prefix, random, numbers),
            Origin = origin,
            Destination = airport,
            Legs = legs,
            Issued = legs[0].Departure.AddHours(-3 - random.Next(28)).AddMinutes(-random.Next(60)), // issued before the first flight leaves
            Shipper = consolidation ? agent : shippers[random.Next(shippers.Length)],
            Consignee = indicator is Indicator.Vague or Indicator.Undervalued ? CargoParties.FirstTimer(country, random)
                : consolidation ? ConsolidationAgent(airport) : consignees[random.Next(consignees.Length)],
            Agent = agent,
            AgentCode = agentCode,
            Pieces = 0,
            GrossKg = 0,
            VolumeM3 = 0,
            Description = consolidation ? "CONSOLIDATION AS PER ATTACHED MANIFEST" : "",
            Currency = currency,
            Collect = indicator is Indicator.Vague or Indicator.Undervalued || random.NextDouble() < 0.15,
            CargoImp = carrier.Code is "PC" || random.NextDouble() < 0.12,
            Indicator = indicator?.ToString(),
        };
        if (consolidation)
        {
            var houses = 2 + random.Next(4);
            for (var h = 0; h < houses; h++)
            {
                var flagged = indicator == Indicator.LightAndValuable && h == 0;
                waybill.Houses.Add(flagged ? Valuable(shippers, country, fixedParty, currency) : House(shippers, consignees, currency));
            }

            return Totals(waybill, waybill.Houses.Sum(h => h.Pieces), waybill.Houses.Sum(h => h.GrossKg), null, waybill.Description, null, []);
        }

        var goods = indicator == Indicator.Undervalued ? CargoGoods.Air[1] : CargoGoods.Air[random.Next(CargoGoods.Air.Length)];
        var pieces = 1 + random.Next(indicator is null ? 30 : 12);
        var kg = Math.Round(pieces * goods.KgPerPackage * (decimal)(0.8 + (random.NextDouble() * 0.4)), 1);
        var factor = indicator == Indicator.Undervalued ? 0.02m : (decimal)(0.8 + (random.NextDouble() * 0.5));
        var description = indicator == Indicator.Vague ? CargoGoods.Vague[random.Next(3)] : goods.Description;
        return Totals(waybill, pieces, kg, Math.Round(kg * goods.EurPerKg * factor, 2), description, goods.HsCode, Handling(goods));
    }

    private static AirWaybill Totals(AirWaybill w, int pieces, decimal kg, decimal? value, string description, string? hs, IReadOnlyList<string> handling)
    {
        var result = new AirWaybill
        {
            Number = w.Number,
            Origin = w.Origin,
            Destination = w.Destination,
            Legs = w.Legs,
            Issued = w.Issued,
            Shipper = w.Shipper,
            Consignee = w.Consignee,
            Agent = w.Agent,
            AgentCode = w.AgentCode,
            Pieces = pieces,
            GrossKg = kg,
            VolumeM3 = Math.Max(0.01m, Math.Round(kg / 167m, 2)),
            Description = description,
            HsCode = hs,
            CustomsValue = value ?? w.Houses.Sum(h => h.Value),
            Currency = w.Currency,
            Collect = w.Collect,
            SpecialHandling = handling,
            CargoImp = w.CargoImp,
            Indicator = w.Indicator,
        };
        result.Houses.AddRange(w.Houses);
        return result;
    }

    private HouseWaybill House(Company[] shippers, Company[] consignees, string currency)
    {
        var goods = CargoGoods.Air[random.Next(CargoGoods.Air.Length)];
        var pieces = 1 + random.Next(8);
        var kg = Math.Round(pieces * goods.KgPerPackage * (decimal)(0.8 + (random.NextDouble() * 0.4)), 1);
        return new HouseWaybill
        {
            Number = HouseNumber(),
            Shipper = shippers[random.Next(shippers.Length)],
            Consignee = consignees[random.Next(consignees.Length)],
            Pieces = pieces,
            GrossKg = kg,
            Description = goods.Description,
            HsCode = goods.HsCode,
            Value = Math.Round(kg * goods.EurPerKg * (decimal)(0.8 + (random.NextDouble() * 0.5)), 2),
            Currency = currency,
            Collect = random.NextDouble() < 0.15,
        };
    }

    /// <summary>A house of a kilogram or two declared at tens of thousands: "samples" of jewellery to a first-time consignee at a flat.</summary>
    private HouseWaybill Valuable(Company[] shippers, string country, bool fixedParty, string currency) => new()
    {
        Number = HouseNumber(),
        Shipper = shippers[random.Next(shippers.Length)],
        Consignee = fixedParty ? CargoParties.FixedAirConsignee : CargoParties.FirstTimer(country, random),
        Pieces = 1,
        GrossKg = Math.Round(0.8m + (decimal)(random.NextDouble() * 1.6), 1),
        Description = "SAMPLES",
        HsCode = "711319",
        Value = 25000 + (random.Next(56) * 1000),
        Currency = currency,
        Collect = true,
        Indicator = "light-and-valuable",
    };

    private string HouseNumber() => "HWB" + date.ToString("yyMMdd", CultureInfo.InvariantCulture) + (_houseSerial++).ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>A consolidation is consigned to the forwarder's agent at destination, who breaks it down.</summary>
    private static Company ConsolidationAgent(string airport) => airport switch
    {
        "TIA" => new("ALBANIA AIR CARGO SERVICES SHPK", "AEROPORTI NENE TEREZA", "RINAS", "1504", "AL", "L61234987A", "TIN"),
        "BEG" => new("AERODROM CARGO AGENT DOO", "AERODROM NIKOLA TESLA BB", "BEOGRAD", "11180", "RS", "102938475", "TIN"),
        _ => new("SKOPJE AIR LOGISTICS DOOEL", "AERODROM SKOPJE BB", "PETROVEC", "1043", "MK", "4030009876543", "TIN"),
    };

    private static IReadOnlyList<string> Handling(Commodity goods) => goods.HsCode switch
    {
        "300490" => ["PIL", "COL"],
        "060311" => ["PER"],
        "851713" or "847150" => ["ELI"],
        _ => [],
    };

    private AirCarrier PickCarrier()
    {
        var roll = random.Next(20);
        return roll switch
        {
            < 6 => CargoRoutes.Airlines[0],
            < 10 => CargoRoutes.Airlines[1],
            < 13 => CargoRoutes.Airlines[2],
            < 15 => CargoRoutes.Airlines[3],
            < 16 => CargoRoutes.Airlines[4],
            < 18 => CargoRoutes.Airlines[5],
            _ => CargoRoutes.Airlines[6],
        };
    }

    /// <summary>The legs, the last one landing at the airport on the day; the first may leave the day before.</summary>
    private List<AirLeg> Legs(AirCarrier carrier, string airport)
    {
        var turkish = CargoRoutes.Airlines[0];
        var last = carrier.ViaIstanbul ? turkish : carrier;
        var number = airport switch { "TIA" => last.FlightTia, "BEG" => last.FlightBeg, _ => last.FlightSkp };
        var departure = date.ToDateTime(new TimeOnly(6 + (number % 14), number % 4 * 15));
        var final = new AirLeg(last.Code, last.Code + number.ToString("0000", CultureInfo.InvariantCulture), last.Hub, airport, departure);
        if (carrier.ViaIstanbul)
        {
            var first = new AirLeg(carrier.Code, carrier.Code + (carrier.Code == "QR" ? "0239" : "0121"), carrier.Hub, "IST", departure.AddHours(-9 - random.Next(6)));
            return [first, final];
        }

        if (random.NextDouble() < 0.12)
        {
            var far = FarOrigins[random.Next(FarOrigins.Length)];
            var first = new AirLeg(carrier.Code, carrier.Code + (carrier.Code == "TK" ? "0027" : "0731"), far, carrier.Hub, departure.AddHours(-14 - random.Next(8)));
            return [first, final];
        }

        return [final];
    }
}
