using Portcullis.Formats.Cargo;

namespace Portcullis.Formats.CargoXml;

/// <summary>
/// The parties of a waybill: consignor (shipper), consignee, freight forwarder, notify and carrier, with
/// their address, contacts and account identifiers; and the customs notes (OCI) that add a party's tax
/// number (T), contact person (CP) or phone (CT). Other customs notes are kept as remarks.
/// </summary>
internal static class CargoXmlParties
{
    private static readonly (string Element, string Role)[] Roles =
    [
        ("ConsignorParty", "shipper"),
        ("ConsigneeParty", "consignee"),
        ("FreightForwarderParty", "forwarder"),
        ("NotifyParty", "notify"),
        ("CarrierParty", "carrier"),
    ];

    public static void Read(XmlElementNode node, Consignment consignment)
    {
        foreach (var (element, role) in Roles)
        {
            foreach (var party in node.All(element))
            {
                consignment.Parties.Add(Party(party, role));
            }
        }

        foreach (var associated in node.All("AssociatedParty"))
        {
            var role = associated.Value("RoleCode") switch
            {
                "NI" or "N1" => "notify",
                var code => code is null ? "agent" : "agent:" + code,
            };
            consignment.Parties.Add(Party(associated, role));
        }

    }

    /// <summary>After the parties and goods are read, so that a note finds its party and no duplicate goods line is made.</summary>
    public static void ReadCustomsNotes(XmlElementNode node, Consignment consignment, List<Diagnostic> diagnostics)
    {
        foreach (var note in node.All("IncludedCustomsNote"))
        {
            CustomsNote(note, consignment, diagnostics);
        }
    }

    private static CargoParty Party(XmlElementNode node, string role)
    {
        var party = new CargoParty { Role = role, Name = node.Value("Name") };
        var address = node.Child("PostalStructuredAddress") ?? node.Child("FreightForwarderAddress");
        if (address is not null)
        {
            party.Address = new CargoAddress
            {
                Street = address.Value("StreetName"),
                City = address.Value("CityName"),
                PostalCode = address.Value("PostcodeCode"),
                Region = address.Value("CountrySubDivisionName") ?? address.Value("CountrySubDivisionID"),
                Country = address.Value("CountryID"),
            };
        }

        foreach (var primary in node.All("PrimaryID"))
        {
            var value = primary.Text?.Trim();
            if (!string.IsNullOrEmpty(value))
            {
                party.Identifiers.Add(new PartyIdentifier(primary.Attribute("schemeID") ?? "primary", value));
            }
        }

        AddIdentifier(party, "account", node.Value("AccountID"));
        AddIdentifier(party, "iata-agent", node.Value("CargoAgentID"));
        AddIdentifier(party, "agent-location", node.Value("SpecifiedCargoAgentLocation", "ID"));

        foreach (var contact in node.All("DefinedTradeContact"))
        {
            party.Phone ??= contact.Value("DirectTelephoneCommunication", "CompleteNumber");
            party.Email ??= contact.Value("URIEmailCommunication", "URIID");
        }

        return party;
    }

    private static void AddIdentifier(CargoParty party, string scheme, string? value)
    {
        if (value is not null)
        {
            party.Identifiers.Add(new PartyIdentifier(scheme, value));
        }
    }

    private static void CustomsNote(XmlElementNode note, Consignment consignment, List<Diagnostic> diagnostics) =>
        CustomsInformation.Apply(consignment, note.Value("CountryID"), note.Value("SubjectCode"), note.Value("ContentCode"), note.Value("Content"), diagnostics, note.Line, "IncludedCustomsNote");
}
