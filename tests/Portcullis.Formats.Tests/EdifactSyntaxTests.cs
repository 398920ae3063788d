using System.Text;
using Portcullis.Formats.Edifact;
using Portcullis.Formats.Passengers;

namespace Portcullis.Formats.Tests;

/// <summary>The EDIFACT syntax layer: service characters, envelopes, character sets, streaming, dates.</summary>
public sealed class EdifactSyntaxTests
{
    private const string Unb = "UNB+UNOA:4+SENDER+RECIPIENT+240601:0930+REF1'";

    private static (List<EdifactMessage> Messages, List<Diagnostic> Diagnostics) Read(byte[] bytes)
    {
        var reader = new EdifactReader(new MemoryStream(bytes));
        var messages = reader.ReadMessages().ToList();
        return (messages, reader.Diagnostics);
    }

    private static (List<EdifactMessage> Messages, List<Diagnostic> Diagnostics) Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    private static List<Diagnostic> All((List<EdifactMessage> Messages, List<Diagnostic> Diagnostics) read) =>
        [.. read.Diagnostics, .. read.Messages.SelectMany(m => m.Diagnostics)];

    private static string Paxlst(string travellerName, string syntax = "UNOA", string dateOfBirth = "720907") =>
        $"UNB+{syntax}:4+SENDER+RECIPIENT+240601:0930+REF1'UNH+M1+PAXLST:D:05B:UN:IATA'BGM+745'TDT+20+BA123+++BA'" +
        $"LOC+125+FRA'DTM+189:2406011025:201'LOC+87+IAD'DTM+232:202406011340:203'NAD+FL+++{travellerName}'DTM+329:{dateOfBirth}'UNT+10+M1'UNZ+1+REF1'";

    private static PassengerDocument ParseDocument(byte[] bytes) => PassengerDataReader.ReadDocument(new MemoryStream(bytes), new DateOnly(2024, 6, 1));

    [Fact]
    public void Una_CustomSeparators_SplitsOnThem()
    {
        var (messages, _) = Read("UNA:*.? $UNB*UNOA:4*S*R*240601:0930*REF1$UNH*M1*PAXLST:D:05B$NAD*FL***SMITH:ANNA$UNT*3*M1$UNZ*1*REF1$");

        messages.Count.ShouldBe(1);
        var nad = messages[0].Segments.First();
        nad.Tag.ShouldBe("NAD");
        nad[3, 0].ShouldBe("SMITH");
        nad[3, 1].ShouldBe("ANNA");
        messages[0].Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void ReleaseCharacter_BeforeTerminator_IsData()
    {
        var (messages, diagnostics) = Read($"{Unb}UNH+M1+PAXLST:D:05B'NAD+FL+++O?'LEARY:SEAN?+JR?:X??'UNT+3+M1'UNZ+1+REF1'");

        diagnostics.ShouldBeEmpty();
        messages[0].Segments.First()[3, 0].ShouldBe("O'LEARY");
        messages[0].Segments.First()[3, 1].ShouldBe("SEAN+JR:X?");
    }

    [Fact]
    public void Una_FiveCharacters_ReadWithAWarning()
    {
        var read = Read("UNA:+.?'UNB+UNOA:4+S+R+240601:0930+REF1'UNH+M1+PAXLST:D:05B'NAD+FL+++O?'NEIL'UNT+3+M1'UNZ+1+REF1'");

        read.Messages[0].Segments.First()[3, 0].ShouldBe("O'NEIL");
        All(read).ShouldContain(d => d.Code == "edifact.una" && d.Severity == Severity.Warning);
    }

    [Fact]
    public void Una_TypographicApostrophe_ApostropheUsedWithAWarning()
    {
        var read = Read("UNA:+.? \u2019\nUNB+UNOA:4+S+R+240601:0930+REF1'UNH+M1+PAXLST:D:05B'UNT+2+M1'UNZ+1+REF1'");

        read.Messages.Count.ShouldBe(1);
        var warning = All(read).ShouldHaveSingleItem();
        warning.Code.ShouldBe("edifact.una");
        warning.Tag.ShouldBe("UNA");
        warning.Offset.ShouldBe(0);
    }

    [Fact]
    public void Una_TooShortBeforeHeader_ErrorAndDefaults()
    {
        // Found while writing the mutation tests: "UNA:+" then UNB used to throw ArgumentOutOfRangeException.
        var read = Read("UNA:+UNB+UNOA:4+S+R+240601:0930+REF1'UNH+M1+PAXLST:D:05B'UNT+2+M1'UNZ+1+REF1'");

        read.Messages.Count.ShouldBe(1);
        All(read).ShouldContain(d => d.Code == "edifact.una" && d.Severity == Severity.Error);
    }

    [Fact]
    public void Una_BytesBeforeHeader_ReportedNotSilentlySkipped()
    {
        var read = Read("UNA:+.? '#GARBAGE#UNB+UNOA:4+S+R+240601:0930+REF1'UNH+M1+PAXLST:D:05B'UNT+2+M1'UNZ+1+REF1'");

        All(read).ShouldContain(d => d.Code == "edifact.una" && d.Message.Contains("skipped", StringComparison.Ordinal));
    }

    [Fact]
    public void BetweenSegments_LineBreaksSpacesAndControls_Skipped()
    {
        var (messages, diagnostics) = Read($"\uFEFF{Unb}\r\n  UNH+M1+PAXLST:D:05B'\u0002\u001c\n\tBGM+745'\r\n\u007fUNT+3+M1'\n\nUNZ+1+REF1'\r\n");

        diagnostics.ShouldBeEmpty();
        messages[0].Diagnostics.ShouldBeEmpty();
        messages[0].Segments.Single().Tag.ShouldBe("BGM");
    }

    [Fact]
    public void InsideSegment_LineBreaks_Dropped()
    {
        var (messages, _) = Read($"{Unb}UNH+M1+PAXLST:D:05B'NAD+FL+++SMI\r\nTH:AN\nNA'UNT+3+M1'UNZ+1+REF1'");

        messages[0].Segments.First()[3, 0].ShouldBe("SMITH");
        messages[0].Segments.First()[3, 1].ShouldBe("ANNA");
    }

    [Fact]
    public void File_SeveralInterchangesAndMessages_AllRead()
    {
        var text = "UNB+UNOA:4+S+R+240601:0930+A'UNH+1+PAXLST:D:05B'UNT+2+1'UNH+2+PAXLST:D:05B'UNT+2+2'UNZ+2+A'" +
                   "UNB+UNOA:4+S+R+240602:0930+B'UNG+PAXLST+S+R+240602:0930+G1+UN+D:05B'UNH+3+PAXLST:D:05B'UNT+2+3'UNE+1+G1'UNZ+1+B'";

        var read = Read(text);

        read.Messages.Select(m => m.Reference).ShouldBe(["1", "2", "3"]);
        read.Messages[2].Interchange.ControlReference.ShouldBe("B");
        read.Messages[2].Group!.Reference.ShouldBe("G1");
        All(read).ShouldBeEmpty();
    }

    [Fact]
    public void Unt_CountMismatch_WarningWithSegmentTagAndOffset()
    {
        var text = $"{Unb}UNH+M1+PAXLST:D:05B'BGM+745'UNT+7+M1'UNZ+1+REF1'";

        var (messages, _) = Read(text);

        var warning = messages[0].Diagnostics.ShouldHaveSingleItem();
        warning.Severity.ShouldBe(Severity.Warning);
        warning.Code.ShouldBe("edifact.count");
        warning.Tag.ShouldBe("UNT");
        warning.Segment.ShouldBe(4);
        warning.Offset.ShouldBe(text.IndexOf("UNT", StringComparison.Ordinal));
    }

    [Fact]
    public void Trailers_ReferenceMismatch_Warnings()
    {
        var read = Read($"{Unb}UNH+M1+PAXLST:D:05B'UNT+2+M2'UNZ+1+REF9'");

        read.Messages[0].Diagnostics.ShouldContain(d => d.Code == "edifact.reference" && d.Tag == "UNT" && d.Severity == Severity.Warning);
        read.Diagnostics.ShouldContain(d => d.Code == "edifact.reference" && d.Tag == "UNZ" && d.Severity == Severity.Warning);
    }

    [Fact]
    public void Truncated_MissingUntAndUnz_Errors()
    {
        var read = Read($"{Unb}UNH+M1+PAXLST:D:05B'BGM+745'NAD+FL+++SMI");

        read.Messages[0].Diagnostics.ShouldContain(d => d.Code == "edifact.missing-unt" && d.Severity == Severity.Error);
        All(read).ShouldContain(d => d.Code == "edifact.missing-unz" && d.Severity == Severity.Error);
        All(read).ShouldContain(d => d.Code == "edifact.unterminated" && d.Severity == Severity.Error);
    }

    [Fact]
    public void NotEdifact_PlainText_Error()
    {
        var read = Read("Dear border agency, please find the passenger list attached.");

        read.Messages.ShouldBeEmpty();
        read.Diagnostics.ShouldContain(d => d.Code == "edifact.not-edifact" && d.Severity == Severity.Error);
    }

    [Fact]
    public void Unoc_Latin1Bytes_ReadAsIso88591()
    {
        var bytes = Encoding.Latin1.GetBytes(Paxlst("M\u00dcLLER:J\u00d6RG", "UNOC"));

        var traveller = ParseDocument(bytes).Messages[0].Travellers[0];

        traveller.Surname.ShouldBe("M\u00dcLLER");
        traveller.GivenNames.ShouldBe("J\u00d6RG");
    }

    [Theory]
    [InlineData("UNOW")]
    [InlineData("UNOY")]
    public void Unicode_Utf8Cyrillic_Read(string syntax)
    {
        var document = ParseDocument(Encoding.UTF8.GetBytes(Paxlst("\u041f\u0415\u0422\u0420\u041e\u0412\u0418\u040b:\u041c\u0410\u0420\u0418\u0408\u0410", syntax)));

        document.Messages[0].Travellers[0].Surname.ShouldBe("\u041f\u0415\u0422\u0420\u041e\u0412\u0418\u040b");
        document.Messages[0].Diagnostics.ShouldNotContain(d => d.Code == "edifact.encoding");
    }

    [Fact]
    public void Unoe_Iso88595Cyrillic_Read()
    {
        var iso88595 = EdifactCharacterSets.EncodingFor("UNOE", out _)!;
        var document = ParseDocument(iso88595.GetBytes(Paxlst("\u041f\u0415\u0422\u0420\u041e\u0412:\u0410\u041d\u0410", "UNOE")));

        document.Messages[0].Travellers[0].Surname.ShouldBe("\u041f\u0415\u0422\u0420\u041e\u0412");
        document.Messages[0].Travellers[0].GivenNames.ShouldBe("\u0410\u041d\u0410");
    }

    [Fact]
    public void Unoa_InvalidUtf8_Windows1250WithAWarning()
    {
        _ = EdifactCharacterSets.EncodingFor("UNOD", out _); // registers the code pages
        var bytes = Encoding.GetEncoding(1250).GetBytes(Paxlst("\u0160KRLJ:\u0110OR\u0110E", "UNOA"));

        var message = ParseDocument(bytes).Messages[0];

        message.Travellers[0].Surname.ShouldBe("\u0160KRLJ");
        message.Travellers[0].GivenNames.ShouldBe("\u0110OR\u0110E");
        message.Diagnostics.ShouldContain(d => d.Code == "edifact.encoding" && d.Severity == Severity.Warning && d.Segment != null);
    }

    [Fact]
    public void LargeFile_NonSeekableChunkedStream_ReadsEveryMessageWithASmallBuffer()
    {
        // About 50 MB, produced as it is read: nothing holds the whole file, and the reader's own
        // buffer must stay small (it only grows for a segment longer than it).
        const int messages = 2_000;
        const int travellers = 100;
        var stream = new GeneratedStream(messages, travellers);
        var reader = new PassengerDataReader(stream, new DateOnly(2024, 6, 1));
        var read = 0;
        var travellersRead = 0;
        foreach (var message in reader.ReadMessages())
        {
            read++;
            travellersRead += message.Travellers.Count;
            message.Diagnostics.ShouldBeEmpty();
        }

        read.ShouldBe(messages);
        travellersRead.ShouldBe(messages * travellers);
        stream.Produced.ShouldBeGreaterThan(45_000_000);
        stream.LargestRequest.ShouldBeLessThanOrEqualTo(2 * 1024 * 1024);
        reader.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void DateOfBirth_TwoDigitYearAfterMessageDate_PreviousCentury()
    {
        var document = ParseDocument(Encoding.UTF8.GetBytes(Paxlst("SMITH:ANNA", dateOfBirth: "250101")));

        document.Messages[0].Travellers[0].DateOfBirth.ShouldBe(new DateOnly(1925, 1, 1));
    }

    [Fact]
    public void FlightTimes_Formats201And203_Read()
    {
        var flight = ParseDocument(Encoding.UTF8.GetBytes(Paxlst("SMITH:ANNA"))).Messages[0].Flight!;

        flight.Departure.ShouldBe(new DateTime(2024, 6, 1, 10, 25, 0, DateTimeKind.Unspecified));
        flight.Arrival.ShouldBe(new DateTime(2024, 6, 1, 13, 40, 0, DateTimeKind.Unspecified));
        EdifactDates.LocalDateTime("2406011025", new DateOnly(2024, 6, 1)).ShouldBe(new DateTime(2024, 6, 1, 10, 25, 0, DateTimeKind.Unspecified));
        EdifactDates.LocalDateTime("202406011340", null).ShouldBe(new DateTime(2024, 6, 1, 13, 40, 0, DateTimeKind.Unspecified));
    }

    /// <summary>A non-seekable stream that makes a PAXLST interchange as it is read, in small chunks.</summary>
    private sealed class GeneratedStream(int messages, int travellers) : ProducedStream
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
                text.Append("UNA:+.? '\nUNB+UNOA:4+S+R+240601:0930+BIG'\n");
            }

            if (_message == messages)
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"UNZ+{messages}+BIG'\n");
                _done = true;
            }
            else
            {
                _message++;
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"UNH+{_message}+PAXLST:D:05B:UN:IATA'\nBGM+745'\nTDT+20+BA123+++BA'\nLOC+125+FRA'\nDTM+189:2406011025:201'\nLOC+87+IAD'\n");
                for (var t = 0; t < travellers; t++)
                {
                    text.Append(System.Globalization.CultureInfo.InvariantCulture, $"NAD+FL+++TRAVELLER{t}:GIVEN NAME+1 HIGH STREET:FLAT {t}+LONDON+GB-LND+SW1A 1AA+GBR'\nATT+2++F'\nDTM+329:850101'\n");
                    text.Append("LOC+178+FRA'\nLOC+179+IAD'\nLOC+174+GBR'\nNAT+2+GBR'\nRFF+AVF:ABC123'\nRFF+SEA:12C'\n");
                    text.Append(System.Globalization.CultureInfo.InvariantCulture, $"DOC+P:110:111+GB{t:D7}'\nDTM+36:300101'\nLOC+91+GBR'\nFTX+BAG+++BA123456:2'\nMEA+WT++KGM:23.5'\n");
                }

                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"UNT+{7 + (travellers * 14)}+{_message}'\n");
            }

            return Encoding.UTF8.GetBytes(text.ToString());
        }
    }
}
