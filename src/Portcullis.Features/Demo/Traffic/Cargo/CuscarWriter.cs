using System.Globalization;
using System.Text;
using Portcullis.Formats.Edifact;
using static Portcullis.Formats.Edifact.EdifactWriter;

namespace Portcullis.Features.Demo.Traffic.Cargo;

/// <summary>
/// Writes a vessel call's manifest as UN/EDIFACT CUSCAR D95B (BGM 785), as docs/formats/cargo.md reads
/// it: the voyage in the header (TDT with the IMO number, LOC 5/60/61, DTM 132/133), then one CNI group
/// per bill of lading with its route, parties, terms, goods items and containers. An amendment (BGM
/// function 5) re-sends the bills that changed or came late.
/// </summary>
public static class CuscarWriter
{
    public static byte[] Original(VesselCall call, string interchangeReference) => Write(call, call.Bills, "9", call.Sent, interchangeReference);

    public static byte[] Amendment(VesselCall call, IReadOnlyList<SeaBill> bills, DateTime sent, string interchangeReference) => Write(call, bills, "5", sent, interchangeReference);

    private static byte[] Write(VesselCall call, IReadOnlyList<SeaBill> bills, string function, DateTime sent, string reference)
    {
        var writer = new EdifactWriter(new StringBuilder(256 * 1024));
        writer.BeginInterchange("UNOC", "3", call.Sender, call.Recipient, sent, reference, "CUSCAR");
        writer.BeginMessage("1", ["CUSCAR", "D", "95B", "UN"]);
        writer.Segment("BGM", "785", call.ManifestNumber, function);
        writer.Segment("DTM", Composite("137", Stamp(sent), "203"));
        writer.Segment("RFF", Composite("VON", call.Voyage));
        writer.Segment("NAD", "CA", Composite(call.Carrier, "172", "ZZZ"), null, call.CarrierName);
        writer.Segment("TDT", "20", call.Voyage, "1", null, Composite(call.Carrier, "172", "ZZZ", call.CarrierName), null, null, Composite(call.Imo, "146", "11", call.VesselName));
        writer.Segment("RFF", Composite("CS", call.CallSign));
        writer.Segment("LOC", "5", call.LastPort);
        writer.Segment("LOC", "60", call.Port);
        writer.Segment("LOC", "61", call.NextPort);
        writer.Segment("DTM", Composite("132", Stamp(call.Arrival), "203"));
        writer.Segment("DTM", Composite("133", Stamp(call.Departure), "203"));
        var line = 0;
        foreach (var bill in bills)
        {
            Bill(writer, bill, ++line);
        }

        writer.Segment("CNT", Composite("11", bills.Count.ToString(CultureInfo.InvariantCulture)));
        writer.Segment("CNT", Composite("16", bills.Sum(b => b.Containers.Count).ToString(CultureInfo.InvariantCulture)));
        writer.EndMessage();
        writer.EndInterchange();
        return writer.ToBytes();
    }

    private static void Bill(EdifactWriter writer, SeaBill bill, int line)
    {
        writer.Segment("CNI", line.ToString(CultureInfo.InvariantCulture), bill.Number);
        writer.Segment("RFF", Composite("BM", bill.Number));
        writer.Segment("LOC", "9", bill.PortOfLoading);
        foreach (var hub in bill.Transshipments)
        {
            writer.Segment("LOC", "13", hub);
        }

        writer.Segment("LOC", "11", bill.PortOfDischarge);
        if (bill.PlaceOfDelivery is not null)
        {
            writer.Segment("LOC", "7", bill.PlaceOfDelivery);
        }

        Party(writer, "CZ", bill.Shipper);
        Party(writer, "CN", bill.Consignee);
        if (bill.Notify is not null)
        {
            Party(writer, "N1", bill.Notify);
        }

        writer.Segment("CPI", "4", null, bill.Collect ? "C" : "P");
        if (bill.PaymentMeans is not null)
        {
            writer.Segment("PAI", Composite(null, null, bill.PaymentMeans));
        }

        writer.Segment("TOD", "6", null, bill.Incoterms);
        writer.Segment("MEA", "AAE", "G", Composite("KGM", Number(bill.Goods.Sum(g => g.GrossKg))));
        writer.Segment("MEA", "AAE", "AAW", Composite("MTQ", Number(bill.Goods.Sum(g => g.VolumeM3))));
        writer.Segment("MOA", Composite("44", Number(bill.Goods.Sum(g => g.Value)), bill.Goods[0].Currency));
        foreach (var goods in bill.Goods)
        {
            writer.Segment("GID", goods.Sequence.ToString(CultureInfo.InvariantCulture), Composite(goods.Packages.ToString(CultureInfo.InvariantCulture), goods.PackageType));
            writer.Segment("FTX", "AAA", null, null, goods.Description);
            writer.Segment("PIA", "5", Composite(goods.HsCode, "HS"));
            writer.Segment("MEA", "AAE", "G", Composite("KGM", Number(goods.GrossKg)));
            writer.Segment("MEA", "AAE", "AAW", Composite("MTQ", Number(goods.VolumeM3)));
            writer.Segment("MOA", Composite("38", Number(goods.Value), goods.Currency));
            writer.Segment("PCI", "28", goods.Marks);
            writer.Segment("SGP", goods.Container, goods.Packages.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var container in bill.Containers)
        {
            writer.Segment("EQD", "CN", container.Number, container.SizeType, null, null, "5");
            foreach (var seal in container.Seals)
            {
                writer.Segment("SEL", seal);
            }
        }
    }

    /// <summary>NAD: identifier (EORI or tax number) in C082, name, street, city, postcode, country.</summary>
    private static void Party(EdifactWriter writer, string role, Company company)
    {
        object? id = company.Identifier is null ? null : Composite(company.Identifier, company.IdentifierScheme);
        writer.Segment("NAD", role, id, null, company.Name, company.Street, company.City, null, company.PostalCode, company.Country);
    }

    private static string Stamp(DateTime when) => when.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
