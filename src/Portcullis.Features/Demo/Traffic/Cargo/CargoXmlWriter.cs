using System.Globalization;
using System.Text;
using System.Xml;
using Portcullis.Formats.CargoXml;

namespace Portcullis.Features.Demo.Traffic.Cargo;

/// <summary>
/// Writes IATA Cargo-XML 3 air waybills as docs/formats/air-waybills.md reads them: an XFWB (Waybill) for a
/// master, an XFZB (HouseWaybill) for each house of a consolidation, under the master it names.
/// </summary>
public static class CargoXmlWriter
{
    private const string Ram = "iata:datamodel:3";

    public static byte[] Master(AirWaybill waybill)
    {
        return Document("Waybill", CargoXmlReader.WaybillNamespace, xml =>
        {
            Header(xml, CargoXmlReader.WaybillNamespace, waybill.Number.Replace("-", "", StringComparison.Ordinal) + "-XFWB", "Master Air Waybill", "740", waybill.Issued, waybill.Agent.Name);
            xml.WriteStartElement("rsm", "BusinessHeaderDocument", CargoXmlReader.WaybillNamespace);
            Element(xml, "ID", waybill.Number);
            xml.WriteEndElement();
            xml.WriteStartElement("rsm", "MasterConsignment", CargoXmlReader.WaybillNamespace);
            Element(xml, "NilCarriageValueIndicator", "true");
            Amount(xml, "DeclaredValueForCustomsAmount", waybill.CustomsValue ?? 0m, waybill.Currency);
            Element(xml, "TotalChargePrepaidIndicator", waybill.Collect ? "false" : "true");
            Measure(xml, "IncludedTareGrossWeightMeasure", "KGM", waybill.GrossKg);
            Measure(xml, "GrossVolumeMeasure", "MTQ", waybill.VolumeM3);
            Element(xml, "TotalPieceQuantity", waybill.Pieces.ToString(CultureInfo.InvariantCulture));
            Party(xml, "ConsignorParty", waybill.Shipper);
            Party(xml, "ConsigneeParty", waybill.Consignee);
            xml.WriteStartElement("FreightForwarderParty", Ram);
            Element(xml, "Name", waybill.Agent.Name);
            Element(xml, "CargoAgentID", waybill.AgentCode);
            xml.WriteStartElement("FreightForwarderAddress", Ram);
            Element(xml, "CityName", waybill.Agent.City);
            Element(xml, "CountryID", waybill.Agent.Country);
            xml.WriteEndElement();
            xml.WriteEndElement();
            Location(xml, "OriginLocation", waybill.Origin);
            Location(xml, "FinalDestinationLocation", waybill.Destination);
            Legs(xml, waybill);
            foreach (var code in waybill.SpecialHandling)
            {
                xml.WriteStartElement("HandlingSPHInstructions", Ram);
                Element(xml, "DescriptionCode", code);
                xml.WriteEndElement();
            }

            xml.WriteStartElement("ApplicableLogisticsServiceCharge", Ram);
            // IATA charge codes: all collect, or all prepaid on the agent's account (PX), as most prepaid air freight is.
            Element(xml, "TransportPaymentMethodCode", waybill.Collect ? "CC" : "PX");
            xml.WriteEndElement();
            xml.WriteStartElement("ApplicableRating", Ram);
            xml.WriteStartElement("IncludedMasterConsignmentItem", Ram);
            Element(xml, "SequenceNumeric", "1");
            if (waybill.HsCode is not null)
            {
                Element(xml, "TypeCode", waybill.HsCode);
            }

            Measure(xml, "GrossWeightMeasure", "KGM", waybill.GrossKg);
            Element(xml, "PieceQuantity", waybill.Pieces.ToString(CultureInfo.InvariantCulture));
            Nature(xml, waybill.Description);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        });
    }

    public static byte[] House(AirWaybill master, HouseWaybill house)
    {
        return Document("HouseWaybill", CargoXmlReader.HouseWaybillNamespace, xml =>
        {
            Header(xml, CargoXmlReader.HouseWaybillNamespace, house.Number + "-XFZB", "House Waybill", "703", master.Issued.AddMinutes(20), master.Agent.Name);
            xml.WriteStartElement("rsm", "BusinessHeaderDocument", CargoXmlReader.HouseWaybillNamespace);
            Element(xml, "ID", house.Number);
            xml.WriteEndElement();
            xml.WriteStartElement("rsm", "MasterConsignment", CargoXmlReader.HouseWaybillNamespace);
            Measure(xml, "IncludedTareGrossWeightMeasure", "KGM", master.GrossKg);
            Element(xml, "TotalPieceQuantity", master.Pieces.ToString(CultureInfo.InvariantCulture));
            xml.WriteStartElement("TransportContractDocument", Ram);
            Element(xml, "ID", master.Number);
            xml.WriteEndElement();
            Location(xml, "OriginLocation", master.Origin);
            Location(xml, "FinalDestinationLocation", master.Destination);
            Legs(xml, master);
            xml.WriteStartElement("IncludedHouseConsignment", Ram);
            Element(xml, "ID", house.Number);
            Element(xml, "TotalChargePrepaidIndicator", house.Collect ? "false" : "true");
            Amount(xml, "DeclaredValueForCustomsAmount", house.Value, house.Currency);
            Measure(xml, "IncludedTareGrossWeightMeasure", "KGM", house.GrossKg);
            Element(xml, "TotalPieceQuantity", house.Pieces.ToString(CultureInfo.InvariantCulture));
            Party(xml, "ConsignorParty", house.Shipper);
            Party(xml, "ConsigneeParty", house.Consignee);
            Location(xml, "OriginLocation", master.Origin);
            Location(xml, "FinalDestinationLocation", master.Destination);
            xml.WriteStartElement("IncludedHouseConsignmentItem", Ram);
            Element(xml, "SequenceNumeric", "1");
            Element(xml, "TypeCode", house.HsCode);
            Measure(xml, "GrossWeightMeasure", "KGM", house.GrossKg);
            Element(xml, "PieceQuantity", house.Pieces.ToString(CultureInfo.InvariantCulture));
            Nature(xml, house.Description);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        });
    }

    private static byte[] Document(string root, string ns, Action<XmlWriter> body)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rsm", root, ns);
            xml.WriteAttributeString("xmlns", "ram", null, Ram);
            body(xml);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void Header(XmlWriter xml, string ns, string id, string name, string typeCode, DateTime issued, string sender)
    {
        xml.WriteStartElement("rsm", "MessageHeaderDocument", ns);
        Element(xml, "ID", id);
        Element(xml, "Name", name);
        Element(xml, "TypeCode", typeCode);
        Element(xml, "IssueDateTime", issued.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
        Element(xml, "PurposeCode", "Creation");
        Element(xml, "VersionID", "3.00");
        xml.WriteStartElement("SenderParty", Ram);
        xml.WriteStartElement("PrimaryID", Ram);
        xml.WriteAttributeString("schemeID", "C");
        xml.WriteString(new string(sender.Where(char.IsAsciiLetterOrDigit).Take(12).ToArray()));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Legs(XmlWriter xml, AirWaybill waybill)
    {
        var sequence = 0;
        foreach (var leg in waybill.Legs)
        {
            xml.WriteStartElement("SpecifiedLogisticsTransportMovement", Ram);
            Element(xml, "ID", leg.Flight);
            Element(xml, "SequenceNumeric", (++sequence).ToString(CultureInfo.InvariantCulture));
            xml.WriteStartElement("UsedLogisticsTransportMeans", Ram);
            Element(xml, "Name", leg.Carrier);
            xml.WriteEndElement();
            xml.WriteStartElement("ArrivalEvent", Ram);
            Location(xml, "OccurrenceArrivalLocation", leg.To);
            xml.WriteEndElement();
            xml.WriteStartElement("DepartureEvent", Ram);
            Element(xml, "ScheduledOccurrenceDateTime", leg.Departure.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
            Location(xml, "OccurrenceDepartureLocation", leg.From);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
    }

    private static void Party(XmlWriter xml, string element, Company company)
    {
        xml.WriteStartElement(element, Ram);
        if (company.Identifier is not null)
        {
            xml.WriteStartElement("PrimaryID", Ram);
            xml.WriteAttributeString("schemeID", company.IdentifierScheme);
            xml.WriteString(company.Identifier);
            xml.WriteEndElement();
        }

        Element(xml, "Name", company.Name);
        xml.WriteStartElement("PostalStructuredAddress", Ram);
        Element(xml, "PostcodeCode", company.PostalCode);
        Element(xml, "StreetName", company.Street);
        Element(xml, "CityName", company.City);
        Element(xml, "CountryID", company.Country);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Nature(XmlWriter xml, string description)
    {
        xml.WriteStartElement("NatureIdentificationTransportCargo", Ram);
        Element(xml, "Identification", description);
        xml.WriteEndElement();
    }

    private static void Location(XmlWriter xml, string element, string code)
    {
        xml.WriteStartElement(element, Ram);
        Element(xml, "ID", code);
        xml.WriteEndElement();
    }

    private static void Measure(XmlWriter xml, string element, string unit, decimal value)
    {
        xml.WriteStartElement(element, Ram);
        xml.WriteAttributeString("unitCode", unit);
        xml.WriteString(value.ToString("0.0##", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private static void Amount(XmlWriter xml, string element, decimal value, string currency)
    {
        xml.WriteStartElement(element, Ram);
        xml.WriteAttributeString("currencyID", currency);
        xml.WriteString(value.ToString("0.00", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private static void Element(XmlWriter xml, string name, string value) => xml.WriteElementString(name, Ram, value);
}
