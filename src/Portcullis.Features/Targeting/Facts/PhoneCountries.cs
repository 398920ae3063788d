namespace Portcullis.Features.Targeting.Facts;

/// <summary>
/// The country of a telephone number from its international calling code (ITU-T E.164), for the
/// region, its neighbours and the main origin, transit and partner countries. Calling codes are a
/// prefix code, so a number whose code is not in the table gives null, never a wrong country. Not
/// mapped on purpose: +1, shared by the US, Canada and the Caribbean (only the area code tells them
/// apart). +7 is Russia but for 76 and 77 (Kazakhstan). Kosovo* numbers from before the move to
/// +383 (2017-2019) carried Monaco's +377 or Slovenia's +386 and resolve to those.
/// </summary>
internal static class PhoneCountries
{
    /// <summary>Calling code = ISO alpha-2 country, by part of the world.</summary>
    private const string Table = """
        // The region and its neighbours.
        355=AL  381=RS  382=ME  383=XK  385=HR  386=SI
        387=BA  389=MK  30=GR  359=BG  40=RO  36=HU
        43=AT  90=TR  373=MD  380=UA

        // The rest of Europe.
        31=NL  32=BE  33=FR  34=ES  350=GI  351=PT
        352=LU  353=IE  354=IS  356=MT  357=CY  358=FI
        370=LT  371=LV  372=EE  374=AM  375=BY  376=AD
        377=MC  378=SM  39=IT  41=CH  420=CZ  421=SK
        423=LI  44=GB  45=DK  46=SE  47=NO  48=PL
        49=DE  7=RU  76=KZ  77=KZ  994=AZ  995=GE

        // The Middle East, Central and South Asia.
        20=EG  961=LB  962=JO  963=SY  964=IQ  965=KW
        966=SA  967=YE  968=OM  970=PS  971=AE  972=IL
        973=BH  974=QA  977=NP  98=IR  93=AF  92=PK
        91=IN  94=LK  880=BD  992=TJ  993=TM  996=KG
        998=UZ

        // East Asia and Oceania.
        86=CN  852=HK  81=JP  82=KR  84=VN  66=TH
        60=MY  62=ID  63=PH  65=SG  61=AU  64=NZ

        // Africa.
        212=MA  213=DZ  216=TN  218=LY  220=GM  221=SN
        223=ML  224=GN  225=CI  231=LR  232=SL  233=GH
        234=NG  237=CM  243=CD  244=AO  249=SD  251=ET
        252=SO  254=KE  27=ZA  291=ER

        // Latin America.
        52=MX  53=CU  51=PE  54=AR  55=BR  56=CL
        57=CO  58=VE  502=GT  503=SV  504=HN  505=NI
        506=CR  507=PA  509=HT  591=BO  593=EC  595=PY
        598=UY
        """;

    private static readonly Dictionary<string, string> Codes = Table
        .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
        .Where(pair => pair.Contains('=', StringComparison.Ordinal))
        .Select(pair => pair.Split('='))
        .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);

    /// <summary>
    /// The ISO alpha-2 country of a number written internationally: "+381 64 123 4567", "00381...",
    /// or digits alone with the country code and no "+" ("381641234567"), as IATA asks contacts in
    /// a booking to be given (Resolution 830d). A number starting with a single 0 is national: its
    /// country is unknown, so null.
    /// </summary>
    public static string? Of(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("00", StringComparison.Ordinal) && !phone.TrimStart().StartsWith('+'))
        {
            digits = digits[2..];
        }
        else if (digits.StartsWith('0'))
        {
            return null;
        }

        // E.164 numbers are at most 15 digits; fewer than 8 with the country code is no full number.
        if (digits.Length is < 8 or > 15)
        {
            return null;
        }

        for (var length = 3; length >= 1; length--)
        {
            if (Codes.TryGetValue(digits[..length], out var country))
            {
                return country;
            }
        }

        return null;
    }
}
