using System.Globalization;
using System.Text;
using Portcullis.Domain.Cargo;
using Portcullis.Formats.Cargo;
using Portcullis.Matching;
using Portcullis.Matching.Names;

namespace Portcullis.Features.Cargo;

/// <summary>
/// How a party is recognised from one consignment to the next. An identifier (EORI, tax number)
/// decides when one is sent; otherwise the name, reduced to its letters and digits without accents
/// (so "SH.P.K." and "SHPK", "Međunarodni" and "MEDUNARODNI" agree), with the country. And whether it
/// is a company or a person: a name with a legal form or a word only companies use is a company.
/// </summary>
public static class PartyIdentity
{
    /// <summary>
    /// Words only companies use in traders' names that the name matcher does not treat as legal forms:
    /// the Turkish and Nordic A.Ş./AS, and the trades and institutions manifests name most.
    /// </summary>
    private static readonly HashSet<string> CompanyWords = new(StringComparer.Ordinal)
    {
        "AS", "A.S.", "A.Ş.", "AŞ", "BANK", "BANKA", "BANCA", "TEKSTIL", "TEXTILE", "TEXTIL", "SHIPPING", "LINE", "LINES",
        "FORWARDING", "LOGISTICS", "LOGISTIK", "TRADE", "TRADING", "IMPORT", "EXPORT", "HOLDING", "GROUP", "INDUSTRY",
        "KOMPANIA", "FIRMA", "FABRIKA", "AGENCY", "AGJENCIA", "AGENCIJA", "MARKET", "FOODS", "FOOD", "STORE", "SHOP",
    };

    public static string Key(CargoParty party)
    {
        ArgumentNullException.ThrowIfNull(party);
        var identifier = Identifier(party);
        if (identifier is not null)
        {
            return Clip("id:" + identifier);
        }

        return Clip("name:" + Reduce(party.Name ?? "") + "/" + (party.Address?.Country ?? "").ToUpperInvariant());
    }

    /// <summary>The first identifier, as scheme:VALUE, or null.</summary>
    public static string? Identifier(CargoParty party)
    {
        ArgumentNullException.ThrowIfNull(party);
        var first = party.Identifiers.FirstOrDefault(i => !string.IsNullOrWhiteSpace(i.Value));
        return first is null ? null : first.Scheme.ToLowerInvariant() + ":" + Reduce(first.Value ?? "");
    }

    public static string KindOf(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return PartyKinds.Organisation;
        }

        var words = name.ToUpperInvariant().Split([' ', ',', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(CompanyWords.Contains))
        {
            return PartyKinds.Organisation;
        }

        var analyzed = NameAnalyzer.Analyze(name, SubjectKind.Unknown);
        var company = analyzed.Parts.Any(p => p.Kind is NamePartKind.LegalForm or NamePartKind.Generic or NamePartKind.Number)
            || analyzed.Parts.Count(p => p.Kind == NamePartKind.Name) > 4;
        return company ? PartyKinds.Organisation : PartyKinds.Person;
    }

    private static string Reduce(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var reduced = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                reduced.Append(char.ToUpperInvariant(c));
            }
            else if (c is 'đ' or 'Đ')
            {
                reduced.Append('D');
            }
            else if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                reduced.Append(char.ToUpperInvariant(c));
            }
        }

        return reduced.ToString();
    }

    private static string Clip(string key) => key.Length <= TradeParty.KeyMaxLength ? key : key[..TradeParty.KeyMaxLength];
}
