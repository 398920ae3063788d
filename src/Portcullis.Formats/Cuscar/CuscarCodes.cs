using Portcullis.Formats.Cargo;

namespace Portcullis.Formats.Cuscar;

/// <summary>
/// The UN/EDIFACT code values CUSCAR uses (D95B directory: 1225 message function, 3035 party qualifier,
/// 3055 agency, 4215/4237 payment, 3227 place qualifier; 4461 payment means in <see cref="PaymentMethods"/>) as the normalized words.
/// </summary>
internal static class CuscarCodes
{
    /// <summary>BGM 1225; null when the code is not one a manifest uses.</summary>
    public static string? Function(string code) => code switch
    {
        "9" or "" => "original",
        "5" or "4" => "amendment",
        "1" or "3" => "cancellation",
        _ => null,
    };

    /// <summary>NAD 3035 in a consignment; null when the qualifier names no role of the normalized shape.</summary>
    public static string? Role(string qualifier) => qualifier switch
    {
        "CZ" or "SE" => "shipper",
        "CN" or "BY" => "consignee",
        "N1" or "NI" or "N2" => "notify",
        "FW" => "forwarder",
        "CA" => "carrier",
        "AG" or "CG" or "GS" => "agent",
        _ => null,
    };

    /// <summary>NAD C082: the scheme of a party identifier from its code list (1131) or agency (3055).</summary>
    public static string IdentifierScheme(string codeList, string agency)
    {
        if (codeList.Equals("EORI", StringComparison.OrdinalIgnoreCase) || agency.Equals("EORI", StringComparison.OrdinalIgnoreCase))
        {
            return "eori";
        }

        if (codeList.Equals("TIN", StringComparison.OrdinalIgnoreCase) || codeList.Equals("VAT", StringComparison.OrdinalIgnoreCase))
        {
            return "tin";
        }

        return agency switch
        {
            "16" => "duns",
            "9" => "gln",
            "17" => "swift",
            // ZZZ is "mutually defined": a sender's own number, no scheme to name.
            _ => codeList.Length > 0 && codeList != "ZZZ" ? codeList.ToLowerInvariant() : "id",
        };
    }

    /// <summary>CPI 4237, CPI/TOD 4215: prepaid or collect; null for other arrangements.</summary>
    public static string? FreightTerms(string code) => code switch
    {
        "P" or "PP" or "PA" => "prepaid",
        "C" or "CC" or "CA" => "collect",
        _ => null,
    };
}
