using Portcullis.Domain.Reference;

namespace Portcullis.Formats.Cargo;

/// <summary>
/// Other customs information (OCI; Cargo-XML IncludedCustomsNote), the same codes in both syntaxes: the
/// country, who it is about (SHP shipper, CNE consignee, NFY notify, AGT/FFW forwarder), the customs
/// information id (T tax or trader id, CP contact person, CT contact phone, CE e-mail, M/HS commodity
/// code) and the content. What the shape has a place for goes there; the rest becomes a remark.
/// </summary>
public static class CustomsInformation
{
    public static void Apply(Consignment consignment, string? country, string? subject, string? code, string? content, List<Diagnostic> diagnostics, int? line, string field)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return;
        }

        content = content.Trim();
        var role = subject switch
        {
            "SHP" => "shipper",
            "CNE" => "consignee",
            "NFY" => "notify",
            "AGT" or "FFW" => "forwarder",
            _ => null,
        };
        var party = role is null ? null : consignment.Parties.Find(p => p.Role == role);
        switch (code)
        {
            case "T" when party is not null:
                // T is the party's tax or trader identification; the country says whose scheme.
                party.Identifiers.Add(new PartyIdentifier(string.IsNullOrEmpty(country) ? "tin" : "tin:" + country, content));
                return;
            case "CT" when party is not null && (party.Phone is null || party.Phone == content):
                party.Phone = content;
                return;
            case "CT" when party is not null:
                // The shape holds one phone: a second number is kept rather than lost.
                consignment.Remarks.Add($"{role} contact phone: {content}");
                return;
            case "CE" when party is not null:
                party.Email ??= content;
                return;
            case "CP" when party is not null:
                consignment.Remarks.Add($"{role} contact person: {content}");
                return;
            case "M" or "HS":
                // Commodity codes sent as customs information rather than on a goods line.
                var hs = HsNomenclature.DeclaredCode(content);
                if (hs is not null)
                {
                    if (!consignment.Goods.Exists(g => g.HsCode == hs))
                    {
                        var without = consignment.Goods.Find(g => g.HsCode is null);
                        if (without is not null)
                        {
                            without.HsCode = hs;
                        }
                        else
                        {
                            consignment.Goods.Add(new GoodsItem { Sequence = consignment.Goods.Count + 1, HsCode = hs });
                        }
                    }

                    return;
                }

                break;
        }

        if (role is not null && party is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.customs-note-party", $"customs information {code} for {subject} but the waybill has no {role}", Line: line, Field: field));
        }

        consignment.Remarks.Add($"OCI {country ?? ""}/{subject ?? ""}/{code ?? ""}: {content}");
    }
}
