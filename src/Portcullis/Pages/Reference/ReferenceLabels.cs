using Portcullis.Domain.Reference;

namespace Portcullis.Pages.Reference;

/// <summary>English labels of the reference kinds: the localisation keys the pages show.</summary>
public static class ReferenceLabels
{
    public static string Kind(LocationKind kind) => kind switch
    {
        LocationKind.Seaport => "Seaport",
        LocationKind.RiverPort => "River port",
        LocationKind.InlandTerminal => "Inland terminal",
        LocationKind.Airport => "Airport",
        _ => kind.ToString(),
    };

    public static string Kind(UnitKind kind) => kind switch
    {
        UnitKind.PortControlUnit => "Port Control Unit",
        UnitKind.AirCargoControlUnit => "Air Cargo Control Unit",
        UnitKind.JointAirportInterdictionTaskForce => "Joint Airport Interdiction Task Force",
        _ => kind.ToString(),
    };

    public static string Abbreviation(UnitKind kind) => kind switch
    {
        UnitKind.PortControlUnit => "PCU",
        UnitKind.AirCargoControlUnit => "ACCU",
        UnitKind.JointAirportInterdictionTaskForce => "JAITF",
        _ => kind.ToString(),
    };
}
