using Portcullis.Domain.Reference;

namespace Portcullis.Formats.Watchlists;

/// <summary>
/// Turns the country names and codes lists write into ISO 3166 alpha-2: the catalogue's codes and UN
/// names, plus the spellings the UN and OFAC use that the catalogue does not (OFAC writes "Russia",
/// "Korea, North", "Burma"; older UN entries "Turkey").
/// </summary>
public static class WatchlistCountries
{
    private static readonly Dictionary<string, string> Spellings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Bolivia"] = "BO",
        ["Bosnia-Herzegovina"] = "BA",
        ["Bosnia"] = "BA",
        ["Brunei"] = "BN",
        ["Burma"] = "MM",
        ["Cape Verde"] = "CV",
        ["Congo, Democratic Republic of the"] = "CD",
        ["Democratic Republic of Congo"] = "CD",
        ["DR Congo"] = "CD",
        ["Congo, Republic of the"] = "CG",
        ["Republic of the Congo"] = "CG",
        ["Cote d'Ivoire"] = "CI",
        ["Côte d'Ivoire"] = "CI",
        ["Czech Republic"] = "CZ",
        ["East Timor"] = "TL",
        ["Gambia, The"] = "GM",
        ["The Gambia"] = "GM",
        ["Great Britain"] = "GB",
        ["Hong Kong"] = "HK",
        ["Iran"] = "IR",
        ["Islamic Republic of Iran"] = "IR",
        ["Korea, North"] = "KP",
        ["North Korea"] = "KP",
        ["Korea, Democratic People's Republic of"] = "KP",
        ["Korea, South"] = "KR",
        ["South Korea"] = "KR",
        ["Laos"] = "LA",
        ["Macau"] = "MO",
        ["Macao"] = "MO",
        ["Macedonia"] = "MK",
        ["Macedonia, The Former Yugoslav Republic of"] = "MK",
        ["The former Yugoslav Republic of Macedonia"] = "MK",
        ["North Macedonia, The Republic of"] = "MK",
        ["Republic of North Macedonia"] = "MK",
        ["Micronesia"] = "FM",
        ["Moldova"] = "MD",
        ["Palestine"] = "PS",
        ["Palestinian"] = "PS",
        ["Palestinian Territories"] = "PS",
        ["West Bank"] = "PS",
        ["Russia"] = "RU",
        ["Saint Kitts and Nevis"] = "KN",
        ["St. Kitts and Nevis"] = "KN",
        ["Swaziland"] = "SZ",
        ["Syria"] = "SY",
        ["Tanzania"] = "TZ",
        ["Turkey"] = "TR",
        ["Turkiye"] = "TR",
        ["Türkiye"] = "TR",
        ["United Kingdom"] = "GB",
        ["UK"] = "GB",
        ["United States"] = "US",
        ["Vatican"] = "VA",
        ["Venezuela"] = "VE",
        ["Vietnam"] = "VN",
    };

    private static readonly Lazy<Dictionary<string, string>> CatalogNames = new(() =>
        ReferenceCatalog.Default.Countries
            .GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Alpha2, StringComparer.OrdinalIgnoreCase));

    /// <summary>The alpha-2 code of a country name or ISO code, or null when it is none the catalogue knows.</summary>
    public static string? Resolve(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var key = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
        // Codes are written in capitals; "na" is the UN's "not available", not Namibia.
        if (key.Length is 2 or 3 && key.All(char.IsAsciiLetterUpper))
        {
            return ReferenceCatalog.Default.FindCountry(key)?.Alpha2;
        }

        return CatalogNames.Value.TryGetValue(key, out var code) || Spellings.TryGetValue(key, out code) ? code : null;
    }

    /// <summary>
    /// The alpha-2 code, or the text as written when it cannot be resolved (with a warning when
    /// <paramref name="warn"/> is given: where the country is, for the message).
    /// </summary>
    public static string ResolveOrKeep(string text, List<Diagnostic>? diagnostics, string? warn, int? line, string? field)
    {
        var code = Resolve(text);
        if (code is not null)
        {
            return code;
        }

        var raw = text.Trim();
        diagnostics?.Add(new Diagnostic(Severity.Warning, "watchlist.unknown-country", $"{warn}: '{raw}' is no country the catalogue knows; kept as written", Line: line, Field: field));
        return raw;
    }
}
