namespace Portcullis.Features.Demo.Traffic.Cargo;

/// <summary>The shippers, forwarders and consignees of air cargo: by the hub the goods leave from, and by the airport they arrive at.</summary>
internal static class AirParties
{
    /// <summary>Shippers near each hub (IATA code of the hub, or of a far origin flown via Istanbul).</summary>
    public static Company[] Shippers(string origin) => origin switch
    {
        "IST" or "SAW" =>
        [
            new("BOGAZICI TEKSTIL LTD. STI.", "OSMANBEY CAD. 14", "ISTANBUL", "34360", "TR"),
            new("ISTANBUL ELEKTRONIK A.S.", "IKITELLI OSB 5. CAD. 21", "ISTANBUL", "34490", "TR"),
            new("MARMARA ILAC SANAYI A.S.", "ESENYURT 12. SOKAK 4", "ISTANBUL", "34510", "TR"),
        ],
        "FRA" =>
        [
            new("MAIN PHARMA GMBH", "CARGO CITY SUED 560", "FRANKFURT", "60549", "DE"),
            new("HESSEN AUTOMATION GMBH", "HANAUER LANDSTRASSE 300", "FRANKFURT", "60314", "DE"),
        ],
        "VIE" =>
        [
            new("DONAU MEDICAL GMBH", "OBJEKT 262", "SCHWECHAT", "1300", "AT"),
            new("WIENER MODE GMBH", "MARIAHILFER STRASSE 88", "WIEN", "1070", "AT"),
        ],
        "ZRH" => [new("ZURICH INSTRUMENTS AG", "THURGAUERSTRASSE 40", "ZURICH", "8050", "CH")],
        "DOH" => [new("DOHA ELECTRONICS WLL", "SALWA ROAD 118", "DOHA", "00000", "QA")],
        "DXB" =>
        [
            new("GULF STAR GENERAL TRADING LLC", "AL RAS STREET 12, DEIRA", "DUBAI", "00000", "AE"),
            new("EMIRATES PERFUMES TRADING LLC", "JEBEL ALI FREE ZONE LOB 15", "DUBAI", "00000", "AE"),
        ],
        _ => [new("SHENZHEN BRIGHT ELECTRONICS CO., LTD", "NO. 6 KEJI ROAD, NANSHAN", "SHENZHEN", "518057", "CN")],
    };

    /// <summary>The issuing agent at the origin, with its IATA cargo agent code (7 digits).</summary>
    public static (Company Agent, string Code) Agent(string origin) => origin switch
    {
        "IST" or "SAW" => (new("BOSPHORUS AIR CARGO LTD. STI.", "CARGO TERMINAL B 12", "ISTANBUL", "34149", "TR"), "3547121"),
        "FRA" => (new("RHEIN-MAIN LOGISTICS GMBH", "CARGO CITY SUED 532", "FRANKFURT", "60549", "DE"), "2347121"),
        "VIE" => (new("VIENNA AIRFREIGHT GMBH", "OBJEKT 261", "SCHWECHAT", "1300", "AT"), "1547032"),
        "ZRH" => (new("KLOTEN CARGO SERVICES AG", "FRACHTHOF WEST", "KLOTEN", "8302", "CH"), "8147004"),
        "DOH" => (new("DOHA CARGO SERVICES WLL", "CARGO VILLAGE 4", "DOHA", "00000", "QA"), "9247110"),
        "DXB" => (new("DESERT WINGS CARGO LLC", "DUBAI AIRPORT FREE ZONE 6W", "DUBAI", "00000", "AE"), "8647215"),
        _ => (new("PEARL RIVER FORWARDING CO., LTD", "AIRPORT ROAD 9", "SHENZHEN", "518128", "CN"), "0847330"),
    };

    /// <summary>Importers at each airport: the same few come back every day.</summary>
    public static Company[] Consignees(string airport) => airport switch
    {
        "TIA" =>
        [
            new("TIRANA FARMACI SH.P.K.", "RRUGA E KAVAJES 210", "TIRANE", "1001", "AL", "L91234567B", "TIN"),
            new("DIGITAL ALBANIA SHPK", "BULEVARDI ZOGU I 44", "TIRANE", "1001", "AL", "L02345678C", "TIN"),
            new("MODA TIRANA SH.P.K.", "RRUGA MYSLYM SHYRI 12", "TIRANE", "1001", "AL", "K71234560D", "TIN"),
            new("AUTO PJESE TIRANA SHPK", "AUTOSTRADA TIRANE-DURRES KM 3", "KASHAR", "1051", "AL", "L33445566E", "TIN"),
        ],
        "BEG" =>
        [
            new("BEOGRAD FARMACIJA DOO", "BULEVAR OSLOBODJENJA 100", "BEOGRAD", "11000", "RS", "100234567", "TIN"),
            new("SRBIJA ELEKTRONIK DOO", "TOSIN BUNAR 272", "BEOGRAD", "11070", "RS", "106543219", "TIN"),
            new("BALKAN AUTO DELOVI DOO", "ZRENJANINSKI PUT 84", "BEOGRAD", "11210", "RS", "103219876", "TIN"),
            new("CVECARA AVALA DOO", "KRALJA PETRA 12", "BEOGRAD", "11000", "RS", "105678123", "TIN"),
            new("NOVI SAD MEDIKAL DOO", "BULEVAR OSLOBODJENJA 5", "NOVI SAD", "21000", "RS", "101112131", "TIN"),
        ],
        _ =>
        [
            new("SKOPJE TEHNIKA DOOEL", "BUL. ILINDEN 45", "SKOPJE", "1000", "MK", "4030995123456", "TIN"),
            new("MAKEDONIJA FARM DOOEL", "UL. 1632 BR. 12", "SKOPJE", "1000", "MK", "4057008123457", "TIN"),
            new("VARDAR MODA DOOEL", "BUL. PARTIZANSKI ODREDI 21", "SKOPJE", "1000", "MK", "4030001234568", "TIN"),
        ],
    };
}
