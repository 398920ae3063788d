using Portcullis.Formats.Cargo;

namespace Portcullis.Formats.CargoImp;

/// <summary>
/// Charge declarations: "CVD/currency/charge code/PP-CC indicators/value for carriage/value for customs/
/// insurance" (NVD, NCV and XXX say none), other charges (OTH), and the prepaid and collect summaries
/// (PPD, COL), kept as remarks. FHL's CVD drops the charge code: both forms are read.
/// </summary>
internal static class ImpCharges
{
    public static void Declaration(ImpLine line, Consignment consignment, List<Diagnostic> diagnostics)
    {
        var fields = line.Fields;
        var currency = ImpParties.At(fields, 0);
        if (currency is not null && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)))
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.imp-currency", $"'{currency}' is not an ISO 4217 currency", Line: line.Number, Field: "CVD"));
        }

        // FWB: currency/charge code/indicators/values; FHL: currency/indicators/values (its third field is already a value).
        var third = ImpParties.At(fields, 2);
        var houseForm = third is "NVD" || CargoUnits.ParseNumber(third) is not null;
        var chargeCode = houseForm ? null : ImpParties.At(fields, 1);
        var indicators = houseForm ? ImpParties.At(fields, 1) : third;
        var next = houseForm ? 2 : 3;
        if (chargeCode is not null)
        {
            consignment.PaymentMethod = PaymentMethods.FromIataChargeCode(chargeCode);
            consignment.Remarks.Add("charge code " + chargeCode);
        }

        // The first indicator is the weight charge's: it says whether the freight is prepaid or collect.
        var terms = PaymentMethods.FreightTermsOf(indicators ?? chargeCode);
        consignment.FreightTerms = terms;
        if (terms is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.imp-freight-terms", $"CVD gives no prepaid or collect indicator ('{line.Text}')", Line: line.Number, Field: "CVD"));
        }

        consignment.DeclaredValue = Value(ImpParties.At(fields, next), "NVD", currency, line, diagnostics);
        consignment.CustomsValue = Value(ImpParties.At(fields, next + 1), "NCV", currency, line, diagnostics);
        var insurance = ImpParties.At(fields, next + 2);
        if (insurance is not null and not "XXX")
        {
            consignment.Remarks.Add($"insurance {insurance} {currency}".TrimEnd());
        }
    }

    public static void Remark(ImpLine line, Consignment consignment, string label)
    {
        consignment.Remarks.Add(label + ": " + string.Join(" / ", new[] { line.Text }.Concat(line.Continuations.Select(c => c.Text))));
    }

    private static Money? Value(string? text, string none, string? currency, ImpLine line, List<Diagnostic> diagnostics)
    {
        if (text is null || text == none || text == "XXX")
        {
            return null;
        }

        var amount = CargoUnits.ParseNumber(text);
        if (amount is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.imp-value", $"declared value '{text}' is neither an amount nor {none}", Line: line.Number, Field: "CVD"));
            return null;
        }

        return new Money(amount.Value, currency);
    }
}
