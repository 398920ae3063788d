namespace Portcullis.Domain.Reference;

public enum UnitKind
{
    /// <summary>PCU: sea, river or dry port.</summary>
    PortControlUnit,

    /// <summary>ACCU: air cargo at an airport.</summary>
    AirCargoControlUnit,

    /// <summary>JAITF: passengers at an airport.</summary>
    JointAirportInterdictionTaskForce,
}
