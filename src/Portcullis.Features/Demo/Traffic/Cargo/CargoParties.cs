namespace Portcullis.Features.Demo.Traffic.Cargo;

/// <summary>
/// The companies that trade through the region's ports and airports: small fixed pools, so the same
/// shippers and consignees come back call after call and "party history" means something. Names carry the
/// legal forms of their countries (SH.P.K., D.O.O., DOOEL, A.S., GMBH, S.R.L., LTD); all are invented.
/// </summary>
internal static class CargoParties
{
    private static Company Al(string name, string street, string city, string postcode, string nipt) => new(name, street, city, postcode, "AL", nipt, "TIN");

    private static Company Xk(string name, string street, string city, string postcode, string fiscal) => new(name, street, city, postcode, "XK", fiscal, "TIN");

    private static Company Me(string name, string street, string city, string postcode, string pib) => new(name, street, city, postcode, "ME", pib, "TIN");

    private static Company Rs(string name, string street, string city, string postcode, string pib) => new(name, street, city, postcode, "RS", pib, "TIN");

    private static Company Mk(string name, string street, string city, string postcode, string edb) => new(name, street, city, postcode, "MK", edb, "TIN");

    private static Company Eu(string name, string street, string city, string postcode, string country, string eori) => new(name, street, city, postcode, country, eori, "EORI");

    private static Company Plain(string name, string street, string city, string postcode, string country) => new(name, street, city, postcode, country);

    /// <summary>Importers served through Durrës: Albania, Kosovo, North Macedonia.</summary>
    public static readonly Company[] DurresConsignees =
    [
        Al("AGRO ILIRIA SH.P.K.", "RRUGA E DURRESIT 112", "TIRANE", "1001", "L81412006A"),
        Al("DURRES BUILD SHPK", "LAGJJA 13, RRUGA TREGTARE 4", "DURRES", "2001", "K31527011B"),
        Al("TEKSTIL KORCA SH.P.K.", "BULEVARDI REPUBLIKA 45", "KORCE", "7001", "J66903417C"),
        Al("EUROMAX TRADE SHPK", "AUTOSTRADA TIRANE-DURRES KM 7", "VORE", "1032", "L02218934D"),
        Al("SHKODRA FOOD SH.P.K.", "RRUGA 13 DHJETORI 8", "SHKODER", "4001", "K12604455E"),
        Al("ALB-MAKINERI SH.P.K.", "RRUGA E ELBASANIT 210", "TIRANE", "1019", "L51709012F"),
        Al("FIER AGROTEK SHPK", "LAGJJA 11 JANARI, RRUGA KASTRIOTI", "FIER", "9301", "K77812330G"),
        Al("VLORA MARKET SH.P.K.", "SHESHI I FLAMURIT 3", "VLORE", "9401", "L43117820H"),
        Xk("PRISHTINA TRADE L.L.C.", "RR. BILL KLINTON 44", "PRISHTINE", "10000", "811234567"),
        Xk("DARDANIA MOBILERI SH.P.K.", "RR. ADEM JASHARI 18", "FERIZAJ", "70000", "810987654"),
        Xk("KOSOVA PLAST L.L.C.", "ZONA INDUSTRIALE P.N.", "PRIZREN", "20000", "811456789"),
        Mk("VARDAR TEKSTIL DOOEL", "BUL. PARTIZANSKI ODREDI 70", "SKOPJE", "1000", "4030999123456"),
        Mk("TETOVO GRADBA DOOEL", "ILINDENSKA 101", "TETOVO", "1200", "4028005432109"),
    ];

    /// <summary>Importers served through Bar: Montenegro and Serbia.</summary>
    public static readonly Company[] BarConsignees =
    [
        Me("LUKA TRADE D.O.O.", "OBALA 13. JULA BB", "BAR", "85000", "02345678"),
        Me("PODGORICA GRADNJA DOO", "BULEVAR DZORDZA VASINGTONA 51", "PODGORICA", "81000", "02876543"),
        Me("NIKSIC FOOD DOO", "NJEGOSEVA 22", "NIKSIC", "81400", "03012345"),
        Me("BOKA MARKET D.O.O.", "SKALJARI BB", "KOTOR", "85330", "02765432"),
        Rs("SUMADIJA TRGOVINA DOO", "BULEVAR KRALJA ALEKSANDRA 300", "BEOGRAD", "11000", "104512367"),
        Rs("NOVI SAD AGRAR DOO", "RUMENACKI PUT 12", "NOVI SAD", "21000", "101234876"),
        Rs("KRAGUJEVAC METAL DOO", "KOSOVSKA 5", "KRAGUJEVAC", "34000", "100987123"),
        Rs("DUNAV MASINE DOO", "AUTOPUT ZA ZAGREB 22", "BEOGRAD", "11070", "107654321"),
    ];

    public static readonly Company[] TurkishShippers =
    [
        Eu("ISTANBUL TEKSTIL SANAYI A.S.", "BUYUKDERE CAD. 120", "ISTANBUL", "34394", "TR", "TR4810234567"),
        Eu("BURSA ORME LTD. STI.", "DEMIRTAS OSB 14. SOKAK 3", "BURSA", "16245", "TR", "TR1930456781"),
        Eu("ANADOLU YAPI MALZEMELERI A.S.", "GEBZE OSB 600. SOKAK 9", "KOCAELI", "41480", "TR", "TR0670123458"),
        Eu("MERSIN GIDA IHRACAT LTD. STI.", "AKDENIZ CAD. 210", "MERSIN", "33010", "TR", "TR6130987654"),
        Eu("IZMIR MAKINA SANAYI A.S.", "ATATURK OSB 10003 SOKAK 5", "IZMIR", "35620", "TR", "TR4780345612"),
        Eu("KONYA DEMIR CELIK LTD. STI.", "BUYUKKAYACIK OSB 2. CAD. 7", "KONYA", "42300", "TR", "TR5720998877"),
    ];

    public static readonly Company[] ItalianShippers =
    [
        Eu("MECCANICA ADRIATICA S.R.L.", "VIA DEL LAVORO 18", "BOLOGNA", "40127", "IT", "IT03412870372"),
        Eu("CERAMICHE NUOVA EMILIA S.R.L.", "VIA RADICI IN PIANO 120", "SASSUOLO", "41049", "IT", "IT02187650364"),
        Eu("PASTIFICIO DEL SUD S.R.L.", "VIA NAPOLI 210", "BARI", "70123", "IT", "IT06543210720"),
        Eu("OLEIFICIO PUGLIESE S.R.L.", "VIA APPIA 20", "BRINDISI", "72100", "IT", "IT01987650741"),
        Eu("TRIESTE IMPIANTI S.P.A.", "VIA FLAVIA 55", "TRIESTE", "34148", "IT", "IT00876540329"),
        Eu("VENETO MOBILI S.R.L.", "VIA POSTUMIA 88", "TREVISO", "31100", "IT", "IT04321870266"),
    ];

    public static readonly Company[] GermanShippers =
    [
        Eu("RHEIN MASCHINENBAU GMBH", "HAFENSTRASSE 10", "DUISBURG", "47119", "DE", "DE351278900000001"),
        Eu("HANSE ELEKTROTECHNIK GMBH", "BILLSTRASSE 80", "HAMBURG", "20539", "DE", "DE118765400000002"),
        Eu("BAYERN AUTOTEILE GMBH", "INDUSTRIESTRASSE 4", "REGENSBURG", "93055", "DE", "DE262345100000003"),
    ];

    public static readonly Company[] GreekShippers =
    [
        Eu("PIRAEUS TRADING LTD", "AKTI MIAOULI 47", "PIRAEUS", "18536", "GR", "EL094567812"),
        Eu("THESSALIA COTTON S.A.", "ODOS LARISIS 12", "LARISA", "41222", "GR", "EL998877665"),
        Eu("HELLENIC DAIRY S.A.", "ETHNIKI ODOS 33", "THESSALONIKI", "57009", "GR", "EL800123456"),
    ];

    public static readonly Company[] ChineseShippers =
    [
        Plain("NINGBO HOMEWARE CO., LTD", "NO. 88 JIANGNAN ROAD", "NINGBO", "315040", "CN"),
        Plain("SHANGHAI DONGFANG MACHINERY CO., LTD", "1200 HUTAI ROAD", "SHANGHAI", "200436", "CN"),
        Plain("SHENZHEN BRIGHT ELECTRONICS CO., LTD", "NO. 6 KEJI ROAD, NANSHAN", "SHENZHEN", "518057", "CN"),
        Plain("GUANGZHOU TEXTILE IMP. AND EXP. CO., LTD", "NO. 117 LIUHUA ROAD", "GUANGZHOU", "510014", "CN"),
    ];

    public static readonly Company[] SpanishShippers =
    [
        Eu("VALENCIA CITRICOS S.L.", "CAMINO DEL GRAO 14", "VALENCIA", "46024", "ES", "ESB46123456"),
        Eu("AZULEJOS LEVANTE S.L.", "CARRETERA ALCORA KM 3", "CASTELLON", "12006", "ES", "ESB12987654"),
    ];

    /// <summary>Exporters of fruit, fish and scrap in South America: the risk-indicator lanes.</summary>
    public static readonly Company[] SouthAmericanShippers =
    [
        Plain("FRUTAS DEL PACIFICO S.A.", "AV. 9 DE OCTUBRE 1200", "GUAYAQUIL", "090313", "EC"),
        Plain("PESQUERA ANDINA S.A.C.", "AV. NESTOR GAMBETTA 3200", "CALLAO", "07001", "PE"),
        Plain("SANTOS METAIS RECICLAGEM LTDA", "AV. PORTUARIA 455", "SANTOS", "11015-001", "BR"),
    ];

    public static readonly Company FixedFruitExporter = Plain(CargoDemoNames.FruitExporter, "KM 4.5 VIA A LA COSTA", "GUAYAQUIL", "090112", "EC");

    public static readonly Company FixedFruitImporter = new(CargoDemoNames.FruitImporter, "APT 4, RR. SAMI FRASHERI 27, HYRJA 2", "TIRANE", "1001", "AL");

    public static readonly Company FixedAirConsignee = new(CargoDemoNames.AirConsignee, "STAN 14, ULICA GAVRILA PRINCIPA 33", "BEOGRAD", "11000", "RS");

    /// <summary>Notify parties: the customs brokers of the ports.</summary>
    public static readonly Company DurresBroker = Al("ADRIATIK FORWARDING SHPK", "LAGJJA 1, RRUGA E PORTIT", "DURRES", "2001", "K91827364A");

    public static readonly Company BarBroker = Me("BAR SHIPPING AGENCY D.O.O.", "LUKA BAR BB", "BAR", "85000", "02998877");

    private static readonly string[] AlbanianSurnames = ["HOXHA", "KRASNIQI", "BERISHA", "SHEHU", "GASHI", "LEKA", "DUKA", "MUCA", "CELA", "PRIFTI"];

    private static readonly string[] SlavicSurnames = ["VUKOVIC", "RADOVIC", "BOZOVIC", "JANKOVIC", "PETKOVIC", "STOJANOVSKI", "TRAJKOVSKI", "NIKOLOVSKI"];

    /// <summary>
    /// A consignee never seen before, registered at a flat: the first-time, residential-address importer
    /// that risk profiles look for. A fresh name each time, so the history says "first".
    /// </summary>
    public static Company FirstTimer(string country, Random random)
    {
        var flat = random.Next(1, 40).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var number = random.Next(1, 120).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return country switch
        {
            "AL" or "XK" => new Company(
                AlbanianSurnames[random.Next(AlbanianSurnames.Length)] + " " + Pick(random, ["TRADE", "IMPEX", "GROUP", "COMPANY"]) + (random.Next(2) == 0 ? " SHPK" : " SH.P.K."),
                $"APT {flat}, RR. {Pick(random, ["MYSLYM SHYRI", "DIBRES", "SAMI FRASHERI", "ISMAIL QEMALI", "MUHAMET GJOLLESHA"])} {number}",
                country == "AL" ? "TIRANE" : "PRISHTINE", country == "AL" ? "1001" : "10000", country),
            "MK" => new Company(
                SlavicSurnames[5 + random.Next(3)] + " " + Pick(random, ["TRADE", "KOMERC", "IMPEX"]) + " DOOEL",
                $"STAN {flat}, UL. {Pick(random, ["ILINDENSKA", "KARPOS", "PARTIZANSKA"])} {number}", "SKOPJE", "1000", "MK"),
            _ => new Company(
                SlavicSurnames[random.Next(5)] + " " + Pick(random, ["TRADE", "KOMERC", "IMPEX"]) + (random.Next(2) == 0 ? " DOO" : " D.O.O."),
                $"STAN {flat}, ULICA {Pick(random, ["NJEGOSEVA", "SLOBODE", "KRALJA NIKOLE", "CARA DUSANA"])} {number}",
                country == "ME" ? "PODGORICA" : "BEOGRAD", country == "ME" ? "81000" : "11000", country),
        };
    }

    /// <summary>The UN/LOCODE of an inland place of delivery, when the reference table has one.</summary>
    public static string? PlaceOfDelivery(Company consignee) => consignee.City switch
    {
        "TIRANE" or "VORE" => "ALTIA",
        "PRISHTINE" => "RSPRN",
        "SKOPJE" => "MKSKP",
        "PODGORICA" => "METGD",
        "BEOGRAD" => "RSBEG",
        _ => null,
    };

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
