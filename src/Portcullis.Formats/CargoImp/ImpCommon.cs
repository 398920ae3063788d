using System.Globalization;
using Portcullis.Formats.Cargo;

namespace Portcullis.Formats.CargoImp;

/// <summary>The lines FWB and FHL read the same way: parties, customs information, special handling, issue.</summary>
internal static class ImpCommon
{
    /// <summary>Reads a line both messages share; false when it is not one of them.</summary>
    public static bool Read(ImpLine line, Consignment consignment, List<Diagnostic> diagnostics)
    {
        switch (line.Tag)
        {
            case "SHP":
                Replace(consignment, ImpParties.Party(line, "shipper", diagnostics));
                return true;
            case "CNE":
                Replace(consignment, ImpParties.Party(line, "consignee", diagnostics));
                return true;
            case "NFY":
                Replace(consignment, ImpParties.Party(line, "notify", diagnostics));
                return true;
            case "AGT":
                Replace(consignment, ImpParties.Agent(line, diagnostics));
                return true;
            case "CVD":
                ImpCharges.Declaration(line, consignment, diagnostics);
                return true;
            case "SPH":
                foreach (var code in line.Fields.Select(f => f.Trim()).Where(f => f.Length > 0))
                {
                    if (!consignment.SpecialHandling.Contains(code, StringComparer.Ordinal))
                    {
                        consignment.SpecialHandling.Add(code);
                    }
                }

                return true;
            case "OCI":
                // "OCI/country/subject/code/content", continuations "/country/subject/code/content";
                // an empty country or subject repeats the one before.
                string? country = null, subject = null;
                foreach (var (number, text) in new[] { (line.Number, line.Text) }.Concat(line.Continuations))
                {
                    var fields = text.Split('/');
                    country = ImpParties.At(fields, 0) ?? country;
                    subject = ImpParties.At(fields, 1) ?? subject;
                    CustomsInformation.Apply(consignment, country, subject, ImpParties.At(fields, 2), ImpParties.At(fields, 3), diagnostics, number, "OCI");
                }

                return true;
            case "SSR" or "OSI" or "ACC" or "OTH" or "PPD" or "COL" or "CER" or "REF" or "COR" or "ARD" or "SRI" or "NOM" or "CDC":
                ImpCharges.Remark(line, consignment, line.Tag);
                return true;
            default:
                return false;
        }
    }

    /// <summary>"ISU/15MAR26/TIRANA/SIGNATURE": the day the waybill was issued, or null.</summary>
    public static DateOnly? IssueDate(ImpLine line, List<Diagnostic> diagnostics)
    {
        var text = ImpParties.At(line.Fields, 0);
        if (text is not null && DateOnly.TryParseExact(text, "ddMMMyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.imp-date", $"ISU date '{text}' is not a date (ddMMMyy)", Line: line.Number, Field: "ISU"));
        return null;
    }

    /// <summary>A party sent twice: the second wins, as a corrected line would.</summary>
    private static void Replace(Consignment consignment, CargoParty party)
    {
        consignment.Parties.RemoveAll(p => p.Role == party.Role);
        consignment.Parties.Add(party);
    }
}
