using Portcullis.Formats.Cargo;

namespace Portcullis.Formats.CargoImp;

/// <summary>
/// Party blocks of FWB and FHL: "SHP/account" then "/NAM/name", "/ADR/street", "/LOC/city/region",
/// "/country/postcode/contact-id/number" (contact ids TE telephone, FX fax, TL telex, EM e-mail). The
/// agent: "AGT/account/IATA cargo agent code/CASS address/participant id", "/NAM/name", "/place".
/// </summary>
internal static class ImpParties
{
    public static CargoParty Party(ImpLine line, string role, List<Diagnostic> diagnostics)
    {
        var party = new CargoParty { Role = role };
        var account = line.Fields[0].Trim();
        if (account.Length > 0)
        {
            party.Identifiers.Add(new PartyIdentifier("account", account));
        }

        foreach (var (number, text) in line.Continuations)
        {
            var fields = text.Split('/');
            switch (fields[0])
            {
                case "NAM":
                    party.Name = Join(party.Name, At(fields, 1));
                    break;
                case "ADR":
                    Address(party).Street = Join(party.Address!.Street, At(fields, 1));
                    break;
                case "LOC":
                    Address(party).City = At(fields, 1);
                    party.Address!.Region = At(fields, 2);
                    break;
                case { Length: 2 } country when country.All(char.IsAsciiLetterUpper):
                    Address(party).Country = country;
                    party.Address!.PostalCode = At(fields, 1);
                    Contacts(party, fields, 2);
                    break;
                case "":
                    // A line with an empty first field continues the contact details ("//TE/123").
                    Contacts(party, fields, 2);
                    break;
                default:
                    diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.imp-party", $"{line.Tag} line '{text}' is not a name, address, place or country line", Line: number, Field: line.Tag));
                    break;
            }
        }

        if (party.Name is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.imp-party", $"{line.Tag} has no /NAM/ name", Line: line.Number, Field: line.Tag));
        }

        return party;
    }

    public static CargoParty Agent(ImpLine line, List<Diagnostic> diagnostics)
    {
        var fields = line.Fields;
        var party = new CargoParty { Role = "forwarder" };
        Identifier(party, "account", At(fields, 0));
        Identifier(party, "iata-agent", At(fields, 1));
        Identifier(party, "cass-address", At(fields, 2));
        Identifier(party, "participant", At(fields, 3));
        foreach (var (number, text) in line.Continuations)
        {
            var parts = text.Split('/');
            if (parts[0] == "NAM")
            {
                party.Name = Join(party.Name, At(parts, 1));
            }
            else if (parts[0].Length > 0)
            {
                // The place of the agent, a city name.
                Address(party).City = parts[0].Trim();
            }
            else
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.imp-party", $"AGT line '{text}' is not a name or a place", Line: number, Field: "AGT"));
            }
        }

        return party;
    }

    private static void Contacts(CargoParty party, string[] fields, int from)
    {
        for (var i = from; i + 1 < fields.Length; i += 2)
        {
            var value = fields[i + 1].Trim();
            switch (fields[i])
            {
                case "TE":
                    party.Phone ??= value;
                    break;
                case "EM":
                    party.Email ??= value;
                    break;
            }
        }
    }

    private static CargoAddress Address(CargoParty party) => party.Address ??= new CargoAddress();

    private static void Identifier(CargoParty party, string scheme, string? value)
    {
        if (value is not null)
        {
            party.Identifiers.Add(new PartyIdentifier(scheme, value));
        }
    }

    internal static string? At(string[] fields, int index)
    {
        if (index >= fields.Length)
        {
            return null;
        }

        var value = fields[index].Trim();
        return value.Length == 0 ? null : value;
    }

    private static string? Join(string? before, string? more) => before is null ? more : more is null ? before : before + "\n" + more;
}
