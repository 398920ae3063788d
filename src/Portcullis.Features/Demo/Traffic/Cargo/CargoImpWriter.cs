using System.Globalization;
using System.Text;

namespace Portcullis.Features.Demo.Traffic.Cargo;

/// <summary>
/// Writes Cargo-IMP text, as the carriers that have not moved to Cargo-XML still send it and
/// docs/formats/air-waybills.md reads it: FWB/16 for a master (with its Type B address lines), FHL/4 for
/// the houses of a consolidation. Lines end in LF; no field holds a slant.
/// </summary>
public static class CargoImpWriter
{
    public static byte[] Fwb(AirWaybill w)
    {
        var text = new StringBuilder(2048);
        var last = w.Legs[^1];
        Line(text, $"QK {w.Destination}FF{last.Carrier}");
        Line(text, $".{w.Origin}FM{w.Legs[0].Carrier} {w.Issued.ToString("ddHHmm", CultureInfo.InvariantCulture)}");
        Line(text, "FWB/16");
        Line(text, $"{w.Number}{w.Origin}{w.Destination}/T{Count(w.Pieces)}K{Kg(w.GrossKg)}MC{Volume(w.VolumeM3)}");
        Line(text, "FLT/" + string.Join("/", w.Legs.Select(l => l.Flight + "/" + l.Departure.ToString("dd", CultureInfo.InvariantCulture))));
        Line(text, "RTG/" + string.Join("/", w.Legs.Select(l => l.To + l.Carrier)));
        Party(text, "SHP", w.Shipper);
        Party(text, "CNE", w.Consignee);
        Line(text, $"AGT//{w.AgentCode}/0040");
        Line(text, "/NAM/" + w.Agent.Name);
        Line(text, "/" + w.Agent.City);
        // The charge code (all collect, or all prepaid on the agent's account), then the P/C indicators.
        var terms = w.Collect ? "CC" : "PP";
        Line(text, $"CVD/{w.Currency}/{(w.Collect ? "CC" : "PX")}/{terms}/NVD/{Money(w.CustomsValue ?? 0m)}/XXX");
        Line(text, $"RTD/1/P{Count(w.Pieces)}/K{Kg(w.GrossKg)}/CQ/W{Kg(Math.Ceiling(Math.Max(w.GrossKg, w.VolumeM3 * 167m)))}");
        Line(text, (w.Houses.Count > 0 ? "/NC/" : "/NG/") + w.Description);
        if (w.HsCode is not null)
        {
            Line(text, "/NH/" + w.HsCode);
        }

        Line(text, "/NV/MC" + Volume(w.VolumeM3));
        Line(text, $"ISU/{w.Issued.ToString("ddMMMyy", CultureInfo.InvariantCulture).ToUpperInvariant()}/{w.Agent.City}/{w.Agent.Name.Split(' ')[0]}");
        if (w.SpecialHandling.Count > 0)
        {
            Line(text, "SPH/" + string.Join("/", w.SpecialHandling));
        }

        return Encoding.ASCII.GetBytes(text.ToString());
    }

    public static byte[] Fhl(AirWaybill w)
    {
        var text = new StringBuilder(4096);
        Line(text, "FHL/4");
        Line(text, $"MBI/{w.Number}{w.Origin}{w.Destination}/T{Count(w.Pieces)}K{Kg(w.GrossKg)}");
        foreach (var house in w.Houses)
        {
            Line(text, $"HBS/{house.Number}/{w.Origin}{w.Destination}/{Count(house.Pieces)}/K{Kg(house.GrossKg)}//{house.Description}");
            Line(text, "TXT/" + house.Description);
            Line(text, "HTS/" + house.HsCode);
            Party(text, "SHP", house.Shipper);
            Party(text, "CNE", house.Consignee);
            var terms = house.Collect ? "CC" : "PP";
            Line(text, $"CVD/{house.Currency}/{terms}/NVD/{Money(house.Value)}/XXX");
        }

        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>A party block: the account line, then name, street, city, and country with postcode.</summary>
    private static void Party(StringBuilder text, string tag, Company company)
    {
        Line(text, tag);
        Line(text, "/NAM/" + company.Name);
        Line(text, "/ADR/" + company.Street);
        Line(text, "/LOC/" + company.City);
        Line(text, $"/{company.Country}/{company.PostalCode}");
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Kg(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Volume(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
