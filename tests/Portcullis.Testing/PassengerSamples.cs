using System.Text;

namespace Portcullis.Testing;

/// <summary>Small synthetic messages for a flight into Tirana, written here so each test says what it sends.</summary>
public static class PassengerSamples
{
    public static byte[] Paxlst(string flight = "JU170", string from = "BEG", string to = "TIA", string day = "261128", int passengers = 3, bool truncated = false, string departs = "1400", string arrives = "1515")
    {
        var body = new StringBuilder();
        body.Append("UNA:+.? '");
        body.Append("UNB+UNOW:4+AIRSERBIA:ZZ+ALAPI:ZZ+261127:2200+REF001++APIS'");
        body.Append("UNH+1+PAXLST:D:05B:UN:IATA+" + flight + "/" + day + "/" + departs + "'");
        body.Append("BGM+745'");
        body.Append("NAD+MS+++AIR SERBIA HELPDESK'");
        body.Append("COM+381 11 311 2123:TE'");
        body.Append("TDT+20+" + flight + "+++JU'");
        body.Append("LOC+125+" + from + "'DTM+189:" + day + departs + ":201'");
        body.Append("LOC+87+" + to + "'DTM+232:" + day + arrives + ":201'");
        string[] names = ["PETROVIĆ:ĐORĐE", "KRASNIQI:XHEVDET", "HODŽIĆ:DŽEVAD:ALIJA", "JANKOVIĆ:LJUBICA", "GASHI:BESNIK"];
        for (var i = 0; i < passengers; i++)
        {
            body.Append("NAD+FL+++" + names[i % names.Length] + "'ATT+2++M'DTM+329:8501" + (10 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) + "'");
            body.Append("LOC+178+" + from + "'LOC+179+" + to + "'NAT+2+SRB'RFF+AVF:ABC12" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "'");
            body.Append("DOC+P:110:111+P0" + (1234560 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) + "'DTM+36:301231'LOC+91+SRB'");
        }

        if (truncated)
        {
            return Encoding.UTF8.GetBytes(body.ToString());
        }

        var segments = body.ToString().Split('\'', StringSplitOptions.RemoveEmptyEntries).Length - 2;
        body.Append("CNT+42:" + passengers.ToString(System.Globalization.CultureInfo.InvariantCulture) + "'");
        body.Append("UNT+" + (segments + 2).ToString(System.Globalization.CultureInfo.InvariantCulture) + "+1'");
        body.Append("UNZ+1+REF001'");
        return Encoding.UTF8.GetBytes(body.ToString());
    }
}
