using System.Globalization;
using System.Text;

namespace Portcullis.Benchmarks;

/// <summary>
/// A large PAXLST interchange built in memory, deterministic (seeded): one UNB..UNZ with
/// <see cref="Messages"/> messages of <see cref="TravellersPerMessage"/> travellers each, every
/// traveller with the segments real carriers send (NAD with address, ATT, DTM, LOC, NAT, RFF, DOC),
/// a release character now and then (O?'NEILL) and a line break after every segment.
/// </summary>
public static class PaxlstFile
{
    public const int Messages = 200;

    public const int TravellersPerMessage = 300;

    public const int Travellers = Messages * TravellersPerMessage;

    private static readonly Lazy<byte[]> Data = new(Build);

    public static byte[] Bytes => Data.Value;

    private static readonly string[] Surnames = ["SMITH", "KRASNIQI", "PETROVIC", "O?'NEILL", "MÜLLER", "HOXHA", "NOWAK", "GARCIA LOPEZ", "JOVANOVSKI", "ŠKRLJ"];

    private static readonly string[] GivenNames = ["ANNA", "JOHN:PAUL", "BESNIK", "MARIJA", "ELENA:SOFIA", "DRITON", "LUKAS", "ANA:MARIA", "ZORAN", "ĐORĐE"];

    private static readonly string[] Countries = ["USA", "GBR", "DEU", "XKX", "SRB", "ALB", "MKD", "HRV", "FRA", "ITA"];

    private static readonly string[] Airports = ["FRA", "IAD", "PRN", "BEG", "TIA", "SKP", "ZAG", "VIE", "IST", "MUC"];

    private static byte[] Build()
    {
        var random = new Random(20240601);
        var text = new StringBuilder(40 * 1024 * 1024);
        text.Append("UNA:+.? '\n");
        text.Append("UNB+UNOA:4+BENCHAIR:ZZ+PORTCULLIS:ZZ+240601:0930+000000001++APIS'\n");
        for (var m = 1; m <= Messages; m++)
        {
            var segments = 0;
            void Segment(string s)
            {
                text.Append(s).Append("'\n");
                segments++;
            }

            var reference = m.ToString("D6", CultureInfo.InvariantCulture);
            Segment($"UNH+{reference}+PAXLST:D:05B:UN:IATA+BA{m.ToString(CultureInfo.InvariantCulture)}/240601/0930+01:F");
            Segment("BGM+745");
            Segment("NAD+MS+++BENCH AIR OPERATIONS");
            Segment("COM+44 20 7946 0000:TE+44 20 7946 0001:FX+ops?@bench.example:EM");
            Segment($"TDT+20+BA{(100 + m).ToString(CultureInfo.InvariantCulture)}+++BA");
            var from = Airports[m % Airports.Length];
            var to = Airports[(m + 3) % Airports.Length];
            Segment($"LOC+125+{from}");
            Segment("DTM+189:2406011025:201");
            Segment($"LOC+87+{to}");
            Segment("DTM+232:2406011340:201");
            for (var t = 0; t < TravellersPerMessage; t++)
            {
                var country = Countries[random.Next(Countries.Length)];
                Segment($"NAD+FL+++{Surnames[random.Next(Surnames.Length)]}:{GivenNames[random.Next(GivenNames.Length)]}+{random.Next(1, 200).ToString(CultureInfo.InvariantCulture)} HIGH STREET:FLAT {random.Next(1, 40).ToString(CultureInfo.InvariantCulture)}+LONDON+GB-LND+SW1A 1AA+GBR");
                Segment(random.Next(2) == 0 ? "ATT+2++M" : "ATT+2++F");
                Segment($"DTM+329:{random.Next(40, 99).ToString(CultureInfo.InvariantCulture)}{random.Next(1, 13).ToString("D2", CultureInfo.InvariantCulture)}{random.Next(1, 29).ToString("D2", CultureInfo.InvariantCulture)}");
                Segment("FTX+BAG+++BA123456:2");
                Segment("MEA+WT++KGM:23.5");
                Segment($"LOC+178+{from}");
                Segment($"LOC+179+{to}");
                Segment($"LOC+174+{country}");
                Segment($"LOC+180+:::{country} CAPITAL");
                Segment($"NAT+2+{country}");
                Segment($"RFF+AVF:{random.Next(100000, 999999).ToString(CultureInfo.InvariantCulture)}AB");
                Segment($"RFF+SEA:{random.Next(1, 40).ToString(CultureInfo.InvariantCulture)}C");
                Segment($"DOC+P:110:111+{country[..2]}{random.Next(1000000, 9999999).ToString(CultureInfo.InvariantCulture)}");
                Segment($"DTM+36:{random.Next(25, 34).ToString(CultureInfo.InvariantCulture)}0{random.Next(1, 10).ToString(CultureInfo.InvariantCulture)}15");
                Segment($"LOC+91+{country}");
            }

            Segment($"CNT+42:{TravellersPerMessage.ToString(CultureInfo.InvariantCulture)}");
            text.Append(CultureInfo.InvariantCulture, $"UNT+{(segments + 1).ToString(CultureInfo.InvariantCulture)}+{reference}'\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"UNZ+{Messages.ToString(CultureInfo.InvariantCulture)}+000000001'\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
