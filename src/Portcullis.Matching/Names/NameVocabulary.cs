using System.Collections.Frozen;

namespace Portcullis.Matching.Names;

/// <summary>
/// The words the name analysis recognises, all in folded form (lower-case ASCII). Titles and legal forms
/// are set aside from the comparison; particles and generic words weigh little; common romanisation
/// variants of one name map to one spelling, so that "Mohammed", "Mohamed" and "Muhammad" align exactly.
/// </summary>
internal static class NameVocabulary
{
    public static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "miss", "mister", "dr", "doctor", "prof", "professor", "sir", "dame", "lord", "lady",
        "sheikh", "shaikh", "shaykh", "sheik", "haji", "hajji", "hadji", "hajj", "mullah", "mulla", "mawlawi",
        "maulavi", "maulvi", "mawlana", "maulana", "general", "gen", "colonel", "col", "major", "maj", "captain",
        "capt", "lieutenant", "lt", "sergeant", "sgt", "brigadier", "admiral", "commander", "cmdr", "imam", "qari",
        "hon", "honorable", "honourable", "rev", "reverend", "fr", "father", "eng", "engineer", "ing", "dipl",
        "mag", "gospodin", "gospodja", "hr", "herr", "frau", "mme", "mlle", "m", "sr", "sra", "srta", "don", "dona",
    ], StringComparer.Ordinal);

    public static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
    [
        "al", "el", "ul", "ad", "ar", "as", "at", "az", "an", "ash", "bin", "ben", "ibn", "bint", "binti", "bn",
        "van", "von", "der", "den", "de", "da", "di", "del", "della", "dos", "das", "du", "la", "le", "ter", "ten",
        "zu", "of", "the", "and", "und", "et",
    ], StringComparer.Ordinal);

    // Multi-letter abbreviations written with dots (D.O.O., SH.P.K.) are joined before this lookup.
    public static readonly FrozenSet<string> LegalForms = FrozenSet.ToFrozenSet(
    [
        "ltd", "limited", "llc", "inc", "incorporated", "corp", "plc", "gmbh", "ag", "sa", "sas", "sarl", "srl",
        "spa", "bv", "nv", "ab", "oy", "oyj", "doo", "dooel", "ad", "shpk", "sha", "shpks", "jsc", "ojsc", "pjsc",
        "cjsc", "oao", "zao", "pao", "ooo", "ao", "tov", "llp", "lp", "kft", "sro", "zrt", "pte", "pty", "bhd", "sdn",
        "tbk", "fze", "fzco", "fzc", "fzllc", "eood", "ood", "ead", "dd", "ltda", "cia", "sac", "kg", "kgaa", "ug",
        "se", "asa", "aps", "sp", "zoo", "spzoo", "dpl", "fz", "co", "cv", "sab", "pvt", "jv", "ilc", "dnk",
        "snc", "sl", "slu", "sae", "lda", "gie", "ek", "ohg", "zat", "pp", "chp", "tdv", "psc", "wll",
    ], StringComparer.Ordinal);

    public static readonly FrozenSet<string> GenericWords = FrozenSet.ToFrozenSet(
    [
        "company", "companies", "corporation", "group", "holding", "holdings", "international", "intl", "trading",
        "trade", "enterprise", "enterprises", "industries", "industry", "industrial", "services", "service",
        "global", "general", "import", "export", "impex", "commercial", "investment", "investments", "partners",
        "associates", "solutions", "systems", "technologies", "technology", "management", "development",
        "establishment", "est", "organization", "organisation", "foundation", "association", "society", "agency",
        "bureau", "office", "centre", "center", "national", "united", "co", "firm", "ventures", "capital",
        "logistics", "shipping", "transport", "consulting", "products", "manufacturing", "factory",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Variant spellings (keys) of a name and the one spelling (value) they align as. The consonantal
    /// forms (mhmd, hsin) are what Arabic script transliterates to without short vowels: محمد is
    /// Muhammad, never Mahmud (محمود, "mhmud"), which its consonants alone would not tell apart.
    /// </summary>
    public static readonly FrozenDictionary<string, string> Variants = BuildVariants();

    /// <summary>The spellings variants map to (Muhammad, Abdallah...).</summary>
    public static readonly FrozenSet<string> Canonicals = Variants.Values.ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, string> BuildVariants()
    {
        (string Canonical, string[] Spellings)[] groups =
        [
            ("muhammad", ["mohammed", "mohamed", "mohammad", "muhammed", "mohamad", "muhamad", "mohamud", "mohd", "mhd", "muhamed", "mahomed", "mohammod", "muhammet", "mehmet", "mehmed", "mohamod", "muhamet", "mhmd"] ),
            ("ahmad", ["ahmed", "ahmet", "ahmat", "achmed", "akhmed", "akhmad", "ahmd"]),
            ("abdallah", ["abdullah", "abdulla", "abdellah", "abdalla", "abdillah", "abdulah", "abdylla", "abdallh"]),
            ("husayn", ["hussein", "husein", "hussain", "husain", "hossein", "hosein", "huseyin", "husseyn", "hussien", "hsin", "hsyn", "husin"]),
            ("hasan", ["hassan", "hasaan", "hasen", "hassen", "hsn"]),
            ("yusuf", ["yousef", "youssef", "yousif", "yusef", "yousuf", "yussuf", "jusuf", "youssif", "yosef", "yusf", "ywsf"]),
            ("ibrahim", ["ebrahim", "ibraheem", "ibrahem", "brahim"]),
            ("usama", ["osama", "usamah", "oussama", "osamah", "asama"]),
            ("umar", ["omar", "omer", "umer", "omair", "amr"]),
            ("uthman", ["othman", "osman", "usman", "othmane", "athman"]),
            ("abu", ["abou", "abo", "aboo"]),
            ("mustafa", ["mostafa", "moustafa", "mustapha", "mostapha", "moustapha", "mustefa", "mstfa", "mstfy"]),
            ("said", ["saeed", "saied", "saiid", "sayeed", "saeid", "sid"]),
            ("khalid", ["khaled", "chalid", "khalled", "khald"]),
            ("mahmud", ["mahmoud", "mahmood", "mehmood", "mahmut", "mhmud", "mhmwd"]),
            ("mahdi", ["mehdi", "mahdy"]),
            ("hamid", ["hameed", "hamed", "hmid"]),
            ("rashid", ["rasheed", "rachid", "rashed", "rshid"]),
            ("salih", ["saleh", "salehh"]),
            ("yasin", ["yassin", "yaseen", "yassine", "yacine", "jasin"]),
            ("hamza", ["hamzah", "hamzeh"]),
            ("abd", ["abdul", "abdel", "abdal", "abdol", "abdoul", "abdu", "abdou"]),
            ("aleksandr", ["alexander", "aleksandar", "alexandr", "oleksandr", "alexandre", "aleksander"]),
            ("dmitri", ["dmitry", "dmitriy", "dimitri", "dmytro", "dimitrij", "dmitrij"]),
            ("sergei", ["sergey", "serhiy", "serhii", "sergej", "sergiy", "serguei"]),
            ("nikolai", ["nikolay", "mykola", "nicolai", "nikolaj"]),
            ("vladimir", ["volodymyr", "wladimir", "uladzimir"]),
            ("andrei", ["andrey", "andriy", "andrii", "andrej", "andrija"]),
            ("mikhail", ["mykhailo", "michail", "mihail", "mihailo", "mikhael"]),
            ("aleksei", ["alexei", "alexey", "aleksey", "oleksii", "oleksiy", "aleksej"]),
            ("georgi", ["georgy", "georgiy", "heorhiy", "georgii"]),
            ("yuri", ["yury", "yuriy", "iouri", "jurij", "yurii", "juri"]),
        ];

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, spellings) in groups)
        {
            foreach (var spelling in spellings)
            {
                map[spelling] = canonical;
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
