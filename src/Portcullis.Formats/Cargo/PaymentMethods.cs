namespace Portcullis.Formats.Cargo;

/// <summary>
/// How freight is paid, in the words of the normalized shape (<see cref="Consignment.PaymentMethod"/>),
/// whichever format the bill came in: so that a profile's <c>payment.method = "cash"</c> selects a
/// sea manifest's and an air waybill's cash payers alike.
/// </summary>
public static class PaymentMethods
{
    public const string Cash = "cash";
    public const string Cheque = "cheque";
    public const string Credit = "credit";
    public const string CreditCard = "credit-card";
    public const string Transfer = "transfer";
    public const string Account = "account";
    public const string GovernmentBill = "government-bill-of-lading";
    public const string Mco = "mco";

    /// <summary>
    /// An IATA charge code (Cargo-IMP CVD, Cargo-XML TransportPaymentMethodCode), for the codes that say
    /// how as well as when: PP all prepaid cash, PX all prepaid credit, PG/CG government bill of lading,
    /// PE/CE credit card, PM MCO. The others (CC, PC, CA...) say only when: null.
    /// </summary>
    public static string? FromIataChargeCode(string? code) => code switch
    {
        "PP" => Cash,
        "PX" => Credit,
        "PG" or "CG" => GovernmentBill,
        "PE" or "CE" => CreditCard,
        "PM" => Mco,
        _ => null,
    };

    /// <summary>
    /// Prepaid or collect from an IATA charge code or P/C indicator, by its first letter (PP, PX, P:
    /// prepaid; CC, CA, C: collect); null otherwise.
    /// </summary>
    public static string? FreightTermsOf(string? chargeCodeOrIndicator) => chargeCodeOrIndicator switch
    {
        ['P', ..] => "prepaid",
        ['C', ..] => "collect",
        _ => null,
    };

    /// <summary>
    /// UN/EDIFACT 4461 payment means (CUSCAR PAI): 10 in cash, 20 cheque, 30 credit transfer, 31 debit
    /// transfer and 42 payment to bank account (transfer), 48 bank card and 54 credit card, 97 clearing
    /// between partners (account); any other code as sent.
    /// </summary>
    public static string FromEdifact(string code) => code switch
    {
        "10" => Cash,
        "20" => Cheque,
        "30" or "31" or "42" => Transfer,
        "48" or "54" => CreditCard,
        "97" => Account,
        _ => code,
    };
}
