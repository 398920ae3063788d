using System.Text;
using Portcullis.Formats.Passengers;

namespace Portcullis.Formats.Tests;

/// <summary>The normalized JSON: written as documented, and read back as input for senders that push JSON.</summary>
public sealed class PassengerJsonTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    [Fact]
    public void Json_WrittenFromEdifact_ReadsBackAsTheSameDocument()
    {
        var edifact = GtasSamples.Parse("gtas-parent__gtas-loader__src__test__resources__apis-messages__Test1.txt");
        var json = PassengerJson.Write(edifact);

        var again = PassengerDataReader.ReadDocument(new MemoryStream(Encoding.UTF8.GetBytes(json)), Today);

        PassengerJson.Write(again).ShouldBe(json);
        again.Messages[0].Travellers.Count.ShouldBe(8);
    }

    [Fact]
    public void Json_UsesTheDocumentedNamesAndFormats()
    {
        var json = PassengerJson.Write(GtasSamples.Parse("inline__gtas-parsers__PaxlstParserUNedifactTest__testAPISParsingWithBagWeightAndCountInMEASegment.edi"));

        json.ShouldContain("\"format\": \"PAXLST\"");
        json.ShouldContain("\"listType\": \"passengers\"");
        json.ShouldContain("\"departure\": \"2018-06-26T12:20\"");
        json.ShouldContain("\"dateOfBirth\": \"1970-06-02\"");
        json.ShouldContain("\"givenNames\": \"JACKI ANJA\"");
        json.ShouldContain("\"issuingCountry\": \"USA\"");
        json.ShouldNotContain("HasErrors", Case.Insensitive);
    }

    [Fact]
    public void Json_Malformed_ErrorWithLineAndByte()
    {
        var document = PassengerDataReader.ReadDocument(new MemoryStream("{\n  \"format\": \"PAXLST\",\n  \"messages\": [ { \"type\": \"PAXLST\", }\n"u8.ToArray()), Today);

        document.Messages.ShouldBeEmpty();
        var error = document.Diagnostics.Single();
        (error.Severity, error.Code).ShouldBe((Severity.Error, "json.invalid"));
        error.Message.ShouldStartWith("line ");
    }

    [Fact]
    public void Json_MessageWithoutTypeOrFlight_ErrorsNamingTheMessage()
    {
        var document = PassengerDataReader.ReadDocument(new MemoryStream("""{ "messages": [ { "type": "PAXLST" }, { "type": "CUSCAR" } ] }"""u8.ToArray()), Today);

        document.Messages[0].Diagnostics.ShouldContain(d => d.Code == "paxlst.no-flight" && d.Message.Contains("messages[0]", StringComparison.Ordinal));
        document.Messages[1].Diagnostics.ShouldContain(d => d.Code == "json.message-type" && d.Message.Contains("messages[1]", StringComparison.Ordinal));
    }
}
