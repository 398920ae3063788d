using System.Globalization;
using Portcullis.Domain.Reference;
using Portcullis.Formats.Cargo;

namespace Portcullis.Formats.CargoXml;

/// <summary>
/// The consignment of an XFWB (the MasterConsignment itself) or of an XFZB (its IncludedHouseConsignment,
/// under the master it names): number, route, measures, charges, goods. Mapping in docs/formats/air-waybills.md.
/// </summary>
internal static class CargoXmlConsignment
{
    public static Consignment ReadMaster(XmlElementNode master, XmlElementNode? business, CargoMessage message)
    {
        var consignment = new Consignment { Kind = "master-air-waybill" };
        var diagnostics = message.Diagnostics;

        // The AWB number lives in the business header (and the transport contract document in some senders).
        var numberNode = business?.Child("ID") ?? master.Path("TransportContractDocument", "ID");
        if (numberNode?.Text is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, "cargo.xml-missing", "no air waybill number (BusinessHeaderDocument/ID)", Line: master.Line, Field: "BusinessHeaderDocument/ID"));
        }
        else
        {
            AirWaybillNumber.Apply(consignment, numberNode.Text, diagnostics, numberNode.Line, "BusinessHeaderDocument/ID");
        }

        ReadBody(master, consignment, message, master.All("ApplicableRating").SelectMany(r => r.All("IncludedMasterConsignmentItem")));
        CargoXmlRouting.Read(master, consignment, message);
        return consignment;
    }

    public static Consignment ReadHouse(XmlElementNode master, XmlElementNode? business, CargoMessage message)
    {
        var consignment = new Consignment { Kind = "house-air-waybill" };
        var diagnostics = message.Diagnostics;
        var masterNumber = master.Path("TransportContractDocument", "ID");
        consignment.MasterNumber = AirWaybillNumber.Normalize(masterNumber?.Text, diagnostics, masterNumber?.Line, "MasterConsignment/TransportContractDocument/ID", out _);
        if (consignment.MasterNumber is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.xml-missing", "no master air waybill number (TransportContractDocument/ID)", Line: master.Line, Field: "TransportContractDocument/ID"));
        }

        var house = master.Child("IncludedHouseConsignment");
        if (house is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, "cargo.xml-missing", "no IncludedHouseConsignment: the house waybill has no consignment", Line: master.Line, Field: "IncludedHouseConsignment"));
            consignment.Number = business?.Value("ID");
            return consignment;
        }

        // A house number is the forwarder's own: kept as sent, no check digit.
        consignment.Number = house.Value("ID") ?? business?.Value("ID");
        ReadBody(house, consignment, message, house.All("IncludedHouseConsignmentItem"));

        // The house's route when it gives one; the master's otherwise.
        consignment.Origin ??= master.Value("OriginLocation", "ID");
        consignment.Destination ??= master.Value("FinalDestinationLocation", "ID");
        CargoXmlRouting.Read(master, consignment, message);
        var masterWeight = master.Value("IncludedTareGrossWeightMeasure");
        var masterPieces = master.Value("TotalPieceQuantity");
        if (masterWeight is not null || masterPieces is not null)
        {
            consignment.Remarks.Add($"master totals: {masterPieces ?? "?"} pieces, {masterWeight ?? "?"} {master.Child("IncludedTareGrossWeightMeasure")?.Attribute("unitCode") ?? ""}".TrimEnd());
        }

        return consignment;
    }

    /// <summary>What master and house consignments share: parties, places, measures, charges, goods, handling.</summary>
    private static void ReadBody(XmlElementNode node, Consignment consignment, CargoMessage message, IEnumerable<XmlElementNode> items)
    {
        var diagnostics = message.Diagnostics;
        consignment.Origin = node.Value("OriginLocation", "ID");
        consignment.Destination = node.Value("FinalDestinationLocation", "ID");
        consignment.Pieces = Count(node.Child("TotalPieceQuantity"), diagnostics);
        consignment.GrossWeightKg = Weight(node.Child("IncludedTareGrossWeightMeasure"), diagnostics);
        consignment.VolumeM3 = Volume(node.Child("GrossVolumeMeasure"), diagnostics);

        CargoXmlParties.Read(node, consignment);
        CargoXmlCharges.Read(node, consignment, diagnostics);

        foreach (var sph in node.All("HandlingSPHInstructions"))
        {
            var code = sph.Value("DescriptionCode");
            if (code is not null && !consignment.SpecialHandling.Contains(code, StringComparer.Ordinal))
            {
                consignment.SpecialHandling.Add(code);
            }
        }

        foreach (var name in (string[])["HandlingSSRInstructions", "HandlingOSIInstructions"])
        {
            foreach (var instruction in node.All(name))
            {
                var text = instruction.Value("Description");
                if (text is not null)
                {
                    consignment.Remarks.Add((name == "HandlingSSRInstructions" ? "SSR: " : "OSI: ") + text);
                }
            }
        }

        foreach (var item in items)
        {
            consignment.Goods.Add(Item(item, diagnostics));
        }

        var summary = node.Value("SummaryDescription");
        if (summary is not null)
        {
            if (consignment.Goods.Count == 0)
            {
                consignment.Goods.Add(new GoodsItem { Sequence = 1, Description = summary });
            }
            else
            {
                consignment.Remarks.Add("summary: " + summary);
            }
        }

        CargoXmlParties.ReadCustomsNotes(node, consignment, diagnostics);
    }

    private static GoodsItem Item(XmlElementNode item, List<Diagnostic> diagnostics)
    {
        var goods = new GoodsItem
        {
            Sequence = CargoUnits.ParseCount(item.Value("SequenceNumeric")),
            Description = item.Value("NatureIdentificationTransportCargo", "Identification") ?? item.Value("Information"),
            Packages = Count(item.Child("PieceQuantity"), diagnostics),
            GrossWeightKg = Weight(item.Child("GrossWeightMeasure"), diagnostics),
            VolumeM3 = Volume(item.Child("GrossVolumeMeasure"), diagnostics),
        };

        // The item's TypeCode is its harmonised commodity code; customs notes may add more, per item.
        var typeCode = item.Child("TypeCode");
        if (typeCode?.Text is not null)
        {
            goods.HsCode = HsNomenclature.DeclaredCode(typeCode.Text.Trim());
            if (goods.HsCode is null)
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.hs-code", $"commodity code '{typeCode.Text.Trim()}' is not an HS code (6 to 10 digits)", Line: typeCode.Line, Field: "TypeCode"));
            }
        }

        return goods;
    }

    internal static int? Count(XmlElementNode? node, List<Diagnostic> diagnostics)
    {
        if (node?.Text is null)
        {
            return null;
        }

        var count = CargoUnits.ParseCount(node.Text);
        if (count is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.xml-number", $"{node.LocalName} '{node.Text.Trim()}' is not a count", Line: node.Line, Field: node.LocalName));
        }

        return count;
    }

    internal static decimal? Weight(XmlElementNode? node, List<Diagnostic> diagnostics)
    {
        var value = Number(node, diagnostics);
        return value is null ? null : CargoUnits.ToKilograms(value.Value, node!.Attribute("unitCode"), diagnostics, node.Line, node.LocalName);
    }

    internal static decimal? Volume(XmlElementNode? node, List<Diagnostic> diagnostics)
    {
        var value = Number(node, diagnostics);
        return value is null ? null : CargoUnits.ToCubicMetres(value.Value, node!.Attribute("unitCode"), diagnostics, node.Line, node.LocalName);
    }

    internal static decimal? Number(XmlElementNode? node, List<Diagnostic> diagnostics)
    {
        if (node?.Text is null)
        {
            return null;
        }

        var value = CargoUnits.ParseNumber(node.Text);
        if (value is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.xml-number", $"{node.LocalName} '{node.Text.Trim()}' is not a number below 10^15", Line: node.Line, Field: node.LocalName));
        }

        return value;
    }

    internal static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
