using Portcullis.Domain.Cargo;
using Portcullis.Features.Cargo;
using Portcullis.Formats.Cargo;

namespace Portcullis.Features.Tests.Cargo;

/// <summary>Which voyage a message's consignments are stored under.</summary>
public sealed class VoyageIdentityTests
{
    private static readonly DateOnly Received = new(2026, 11, 28);

    [Fact]
    public void A_vessel_call_is_its_vessel_voyage_and_port_whatever_day_the_message_says()
    {
        var message = new CargoMessage { Type = "CUSCAR", Voyage = new Voyage { ImoNumber = "9074729", VoyageNumber = "0412E", PortOfCall = "ALDRZ", Arrival = new DateTime(2026, 11, 29, 14, 0, 0) } };
        var amended = new CargoMessage { Type = "CUSCAR", Voyage = new Voyage { ImoNumber = "9074729", VoyageNumber = "0412E", PortOfCall = "ALDRZ", Arrival = new DateTime(2026, 11, 30, 2, 0, 0) } };
        var bill = new Consignment { Number = "B1" };

        var call = VoyageIdentity.Of(message, bill, Received)!;

        (call.Mode, call.Port, call.Number, call.Date).ShouldBe((CargoModes.Sea, "ALDRZ", "0412E", new DateOnly(2026, 11, 29)));
        VoyageIdentity.Of(amended, bill, Received)!.Key.ShouldBe(call.Key, "a later arrival time is the same call");
    }

    [Fact]
    public void A_waybill_is_on_its_flight_at_the_region_s_airport_and_the_flight_number_does_not_repeat_the_carrier()
    {
        var message = new CargoMessage { Type = "XFWB", Flight = new CargoFlight { Carrier = "JU", Number = "JU0211", Date = new DateOnly(2026, 11, 29), From = "LHR", To = "BEG" } };

        var flight = VoyageIdentity.Of(message, new Consignment { Kind = ConsignmentKinds.MasterAirWaybill, Number = "115-12345670" }, Received)!;

        (flight.Mode, flight.Port, flight.Carrier, flight.Number, flight.Date).ShouldBe((CargoModes.Air, "BEG", "JU", "0211", new DateOnly(2026, 11, 29)));
    }

    [Fact]
    public void A_waybill_on_no_flight_joins_its_airline_s_day_at_the_airport_named_from_the_prefix()
    {
        var house = new Consignment { Kind = ConsignmentKinds.HouseAirWaybill, Number = "FRA0001", MasterNumber = "020-12345675", Origin = "FRA", Destination = "TIA" };

        var day = VoyageIdentity.Of(new CargoMessage { Type = "XFZB" }, house, Received)!;

        (day.Port, day.Carrier, day.CarrierName, day.Number, day.Date).ShouldBe(("TIA", "020", "Lufthansa Cargo", (string?)null, Received));
    }
}
