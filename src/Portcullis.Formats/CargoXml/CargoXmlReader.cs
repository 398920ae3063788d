using System.Globalization;
using Portcullis.Formats.Cargo;

namespace Portcullis.Formats.CargoXml;

/// <summary>
/// Reads IATA Cargo-XML version 3 air waybills: XFWB (master, root Waybill in iata:waybill:1) and XFZB
/// (house, root HouseWaybill in iata:housewaybill:1), both over the iata:datamodel:3 vocabulary. One
/// message, one consignment. Never throws: what cannot be read becomes a diagnostic placed by line and
/// element, and whatever was read before the problem is kept.
/// </summary>
public static class CargoXmlReader
{
    public const string WaybillNamespace = "iata:waybill:1";
    public const string HouseWaybillNamespace = "iata:housewaybill:1";

    public static CargoDocument Read(Stream stream)
    {
        var document = new CargoDocument { Format = "XFWB" };
        XmlElementNode? root;
        try
        {
            root = XmlElementNode.Load(stream, document.Diagnostics);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException)
        {
            document.Diagnostics.Add(new Diagnostic(Severity.Error, "cargo.xml-unreadable", e.Message));
            return document;
        }

        if (root is null)
        {
            // A syntax error before the first element has already said why.
            if (document.HasErrors)
            {
                return document;
            }

            document.Diagnostics.Add(new Diagnostic(Severity.Error, "cargo.xml-empty", "no XML element in the file"));
            return document;
        }

        var house = root.LocalName == "HouseWaybill" || root.Namespace == HouseWaybillNamespace;
        if (!house && root.LocalName != "Waybill")
        {
            document.Diagnostics.Add(new Diagnostic(Severity.Error, "cargo.xml-root",
                $"root element {root.LocalName} ({root.Namespace}) is neither an XFWB Waybill nor an XFZB HouseWaybill", Line: root.Line, Field: root.LocalName));
            return document;
        }

        document.Format = house ? "XFZB" : "XFWB";
        if (root.Namespace is not (WaybillNamespace or HouseWaybillNamespace))
        {
            document.Diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.xml-namespace",
                $"root {root.LocalName} is in namespace '{root.Namespace}', expected {(house ? HouseWaybillNamespace : WaybillNamespace)}", Line: root.Line, Field: root.LocalName));
        }

        var message = new CargoMessage { Type = document.Format };
        ReadHeader(root.Child("MessageHeaderDocument"), message);
        var master = root.Child("MasterConsignment");
        if (master is null)
        {
            message.Diagnostics.Add(new Diagnostic(Severity.Error, "cargo.xml-missing", "no MasterConsignment: the waybill has no consignment", Line: root.Line, Field: "MasterConsignment"));
        }
        else
        {
            var consignment = house
                ? CargoXmlConsignment.ReadHouse(master, root.Child("BusinessHeaderDocument"), message)
                : CargoXmlConsignment.ReadMaster(master, root.Child("BusinessHeaderDocument"), message);
            message.Consignments.Add(consignment);
        }

        document.Messages.Add(message);
        return document;
    }

    private static void ReadHeader(XmlElementNode? header, CargoMessage message)
    {
        if (header is null)
        {
            message.Diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.xml-missing", "no MessageHeaderDocument", Field: "MessageHeaderDocument"));
            return;
        }

        message.Reference = header.Value("ID");
        message.Version = header.Value("VersionID");
        message.Sender = header.All("SenderParty").Select(p => p.Value("PrimaryID")).FirstOrDefault(v => v is not null);
        message.Function = header.Value("PurposeCode")?.ToUpperInvariant() switch
        {
            "UPDATE" => "amendment",
            "DELETION" => "cancellation",
            _ => "original",
        };
        var issued = header.Value("IssueDateTime");
        if (issued is not null)
        {
            // Local as sent: the offset, when given, is dropped rather than applied.
            if (DateTimeOffset.TryParse(issued, CultureInfo.InvariantCulture, DateTimeStyles.None, out var sent))
            {
                message.Sent = sent.DateTime;
            }
            else
            {
                message.Diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.xml-date", $"IssueDateTime '{issued}' is not a date and time", Line: header.Child("IssueDateTime")?.Line, Field: "IssueDateTime"));
            }
        }
    }
}
