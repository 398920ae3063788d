using Portcullis.Domain.Cargo;
using Portcullis.Domain.Reference;

namespace Portcullis.Features.Cargo;

/// <summary>
/// The programme's ports and airports as cargo names them: a sea manifest's port of call is a
/// UN/LOCODE (Belgrade's river port and airport share RSBEG, so sea looks only at ports and terminals),
/// an air waybill's airports are IATA codes. And the units that target the cargo there: the Port or Air
/// Cargo Control Unit, or every unit at the place when it has neither.
/// </summary>
public static class CargoPorts
{
    public static Location? Find(string mode, string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        return mode == CargoModes.Air
            ? ReferenceCatalog.Default.FindAirport(code)
            : ReferenceCatalog.Default.Locations.FirstOrDefault(l => l.Kind != LocationKind.Airport && string.Equals(l.UnLocode, code, StringComparison.Ordinal));
    }

    public static IReadOnlyList<Unit> UnitsAt(string? location)
    {
        if (location is null)
        {
            return [];
        }

        var there = ReferenceCatalog.Default.Units.Where(u => string.Equals(u.LocationCode, location, StringComparison.Ordinal)).ToList();
        var cargoUnits = there.Where(u => u.Kind is UnitKind.PortControlUnit or UnitKind.AirCargoControlUnit).ToList();
        return cargoUnits.Count > 0 ? cargoUnits : there;
    }
}
