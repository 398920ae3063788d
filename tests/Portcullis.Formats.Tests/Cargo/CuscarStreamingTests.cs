using System.Globalization;
using System.Text;
using Portcullis.Formats.Cargo;
using Portcullis.Formats.Cuscar;

namespace Portcullis.Formats.Tests.Cargo;

/// <summary>
/// A 50 MB file of sea manifests is read as a stream: manifest by manifest, never held whole, with the
/// reader's buffer small, from a non-seekable stream that hands out small uneven chunks.
/// </summary>
public sealed class CuscarStreamingTests
{
    [Fact]
    public void A_50_MB_file_of_manifests_is_read_manifest_by_manifest_from_a_non_seekable_stream()
    {
        const int manifests = 520;
        const int bills = 250;
        var stream = new GeneratedManifests(manifests, bills);

        // The reader CargoDataReader.Stream hands CUSCAR to; sniffing the format needs a seekable stream, reading does not.
        var reader = new CuscarReader(stream, new DateOnly(2026, 11, 28));
        var reading = new CargoReading(reader.ReadMessages(), reader.Diagnostics);
        var read = 0;
        var consignments = 0;
        foreach (var message in reading.Messages)
        {
            read++;
            consignments += message.Consignments.Count;
            message.Diagnostics.ShouldBeEmpty();
            message.Consignments[^1].Equipment.ShouldHaveSingleItem().NumberValid.ShouldBe(true);
        }

        (read, consignments).ShouldBe((manifests, manifests * bills));
        reading.Format.ShouldBe("CUSCAR");
        reading.Diagnostics.ShouldBeEmpty();
        stream.Produced.ShouldBeGreaterThan(50_000_000);
        stream.LargestRequest.ShouldBeLessThanOrEqualTo(2 * 1024 * 1024);
    }

    /// <summary>A non-seekable CUSCAR interchange made as it is read: one manifest of many bills at a time.</summary>
    private sealed class GeneratedManifests(int manifests, int bills) : ProducedStream
    {
        private int _message;
        private bool _done;

        protected override byte[] Produce()
        {
            if (_done)
            {
                return [];
            }

            var text = new StringBuilder();
            if (_message == 0)
            {
                text.Append("UNA:+.? '\nUNB+UNOC:3+ADRIALINE:ZZZ+ALCUSTOMS:ZZZ+261127:0830+BIG'\n");
            }

            if (_message == manifests)
            {
                text.Append(CultureInfo.InvariantCulture, $"UNZ+{manifests}+BIG'\n");
                _done = true;
            }
            else
            {
                _message++;
                text.Append(CultureInfo.InvariantCulture, $"UNH+{_message}+CUSCAR:D:95B:UN'\nBGM+785+MAN-{_message}+9'\n");
                text.Append(CultureInfo.InvariantCulture, $"TDT+20+V{_message:D4}E+1++ADRL:172:ZZZ:ADRIA LINE+++9074729:146:11:MV ADRIATIC STAR'\nLOC+60+ALDRZ'\nDTM+132:202611281400:203'\n");
                for (var b = 1; b <= bills; b++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"CNI+{b}+ADRL{_message:D4}B{b:D5}'\nRFF+BM:ADRL{_message:D4}B{b:D5}'\nLOC+9+TRAMB'\nLOC+11+ALDRZ'\n");
                    text.Append(CultureInfo.InvariantCulture, $"NAD+CZ+++ISTANBUL TEKSTIL AS {b}+BUYUKDERE CAD 12+ISTANBUL++34394+TR'\nNAD+CN+++TIRANA TRADE SHPK+RRUGA E KAVAJES 5+TIRANA++1001+AL'\n");
                    text.Append("GID+1+400:CT'\nFTX+AAA+++COTTON T-SHIRTS KNITTED FOR MEN AND WOMEN IN ASSORTED SIZES'\nPIA+5+610910:HS'\nMEA+AAE+G+KGM:8000'\nMOA+38:60000:EUR'\n");
                    text.Append("EQD+CN+CSQU3054383+22G1+++5'\nSEL+AL123456'\n");
                }

                text.Append(CultureInfo.InvariantCulture, $"UNT+{5 + (bills * 13) + 1}+{_message}'\n");
            }

            return Encoding.UTF8.GetBytes(text.ToString());
        }
    }
}
