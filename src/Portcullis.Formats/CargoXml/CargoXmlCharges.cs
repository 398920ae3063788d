using Portcullis.Formats.Cargo;

namespace Portcullis.Formats.CargoXml;

/// <summary>
/// Values and payment: declared value for carriage and for customs (absent when the Nil indicator says
/// NVD/NCV), prepaid or collect, the payment method when given; other charges and totals as remarks.
/// </summary>
internal static class CargoXmlCharges
{
    public static void Read(XmlElementNode node, Consignment consignment, List<Diagnostic> diagnostics)
    {
        var currency = node.Value("ApplicableOriginCurrencyExchange", "SourceCurrencyCode");
        consignment.DeclaredValue = Amount(node.Child("DeclaredValueForCarriageAmount"), currency, diagnostics);
        consignment.CustomsValue = Amount(node.Child("DeclaredValueForCustomsAmount"), currency, diagnostics);
        if (node.Value("NilCarriageValueIndicator") == "true")
        {
            consignment.Remarks.Add("no value declared for carriage (NVD)");
        }

        if (node.Value("NilCustomsValueIndicator") == "true")
        {
            consignment.Remarks.Add("no value declared for customs (NCV)");
        }

        var prepaid = node.Value("TotalChargePrepaidIndicator")
            ?? node.Value("ApplicableTotalRating", "ApplicablePrepaidCollectMonetarySummation", "PrepaidIndicator");
        consignment.FreightTerms = prepaid switch
        {
            "true" or "1" => "prepaid",
            "false" or "0" => "collect",
            _ => null,
        };

        // TransportPaymentMethodCode is an IATA charge code, as in Cargo-IMP's CVD: CC says collect, PP
        // prepaid in cash. It decides prepaid or collect only when the indicators did not.
        foreach (var code in node.All("ApplicableLogisticsServiceCharge").Select(s => s.Value("TransportPaymentMethodCode")).OfType<string>())
        {
            consignment.PaymentMethod ??= PaymentMethods.FromIataChargeCode(code);
            consignment.FreightTerms ??= PaymentMethods.FreightTermsOf(code);
            consignment.Remarks.Add("charge code " + code);
        }

        foreach (var other in node.All("ApplicableLogisticsAllowanceCharge"))
        {
            var amount = other.Child("ActualAmount");
            consignment.Remarks.Add($"other charge {other.Value("ID") ?? "?"} {amount?.Text?.Trim() ?? "?"} {amount?.Attribute("currencyID") ?? currency ?? ""} {(other.Value("PrepaidIndicator") == "false" ? "collect" : "prepaid")} due {(other.Value("PartyTypeCode") == "A" ? "agent" : "carrier")}");
        }

        foreach (var total in node.All("ApplicableTotalRating").SelectMany(t => t.All("ApplicablePrepaidCollectMonetarySummation")))
        {
            var grand = total.Child("GrandTotalAmount");
            if (grand?.Text is not null)
            {
                consignment.Remarks.Add($"{(total.Value("PrepaidIndicator") == "false" ? "collect" : "prepaid")} total {grand.Text.Trim()} {grand.Attribute("currencyID") ?? currency ?? ""}".TrimEnd());
            }
        }

        foreach (var name in (string[])["TotalPrepaidChargeAmount", "TotalCollectChargeAmount"])
        {
            var total = node.Child(name);
            if (total?.Text is not null)
            {
                consignment.Remarks.Add($"{(name == "TotalPrepaidChargeAmount" ? "prepaid" : "collect")} total {total.Text.Trim()} {total.Attribute("currencyID") ?? currency ?? ""}".TrimEnd());
            }
        }
    }

    private static Money? Amount(XmlElementNode? node, string? currency, List<Diagnostic> diagnostics)
    {
        var value = CargoXmlConsignment.Number(node, diagnostics);
        return value is null ? null : new Money(value.Value, node!.Attribute("currencyID") ?? currency);
    }
}
