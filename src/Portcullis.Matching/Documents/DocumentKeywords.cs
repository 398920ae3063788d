namespace Portcullis.Matching.Documents;

/// <summary>
/// The words that announce a document number in list notes and comments, in the languages the
/// region's lists and the UN list are written in. Each is a sequence of words, matched word by word
/// without regard to case.
/// </summary>
internal static class DocumentKeywords
{
    /// <summary>A keyword: its words and the kind it announces; null kind for "No.", "number" and the like, which say nothing about the document.</summary>
    public sealed record Keyword(string[] Words, DocumentKind? Kind);

    /// <summary>Longest first, so that "ID card" wins over "ID".</summary>
    public static IReadOnlyList<Keyword> All { get; } = [.. Build().OrderByDescending(k => k.Words.Length)];

    /// <summary>
    /// Words after which the next number is not a document's: telephone numbers, and the case, decree
    /// and prisoner numbers that the UN list's comments cite ("case No.9301/207", "inmate number 11685-509").
    /// </summary>
    public static IReadOnlySet<string> NotDocuments { get; } = new HashSet<string>(
        ["tel", "telephone", "phone", "fax", "mobile", "mob", "cell", "telefon", "телефон",
         "case", "decree", "order", "request", "inmate", "prisoner", "resolution", "judgment", "judgement", "file"],
        StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<Keyword> Build()
    {
        string[] passport =
        [
            "passport", "passports", "passeport", "pasaporte", "pasaporta", "pasaportë", "paspor", "pasoš", "pasos",
            "pasosh", "пасош", "паспорт", "reisepass", "reiseausweis", "travel document", "laissez passer",
        ];
        string[] nationalId =
        [
            "national identification", "national identity", "national id", "identity card", "identity number",
            "identity no", "id card", "id no", "id number", "id nr", "id", "identification number",
            "identification card", "identification no", "personal number", "personal id", "personal identification",
            "fiscal code", "tax code", "ssn", "social security", "tazkira", "tazkera", "cnic", "nic", "nid", "cedula",
            "cédula", "dni", "carte d identité", "lična karta", "licna karta", "лична карта", "jmbg", "јмбг", "emšo",
            "alien registration",
        ];
        string[] other = ["driving licence", "driving license", "licence", "license", "residence permit", "permit", "visa"];
        string[] generic = ["number", "no", "nos", "nr", "num", "numéro", "numero", "número", "broj", "br", "број"];

        return passport.Select(p => Of(p, DocumentKind.Passport))
            .Concat(nationalId.Select(p => Of(p, DocumentKind.NationalId)))
            .Concat(other.Select(p => Of(p, DocumentKind.Other)))
            .Concat(generic.Select(p => Of(p, null)));
    }

    private static Keyword Of(string phrase, DocumentKind? kind) => new(phrase.Split(' '), kind);
}
