using System.Globalization;
using System.Text.Json;
using Portcullis.Formats.Passengers;

namespace Portcullis.Formats.Tests;

/// <summary>
/// Every GTAS PAXLST sample, field by field against GTAS's own parse. Where Portcullis differs on
/// purpose, the comparison normalizes and the comment says why:
/// - GTAS pads flight numbers to four digits ("0123"); the flight number is "123" in both the
///   IATA guide and the airline's schedule, so we strip leading zeros and compare the trimmed forms.
/// - GTAS upper-cases names; we keep what the sender wrote (the matching engine folds case itself), so
///   names are compared ignoring case.
/// - GTAS splits given names into first and middle; the normalized shape has givenNames, all of them.
/// </summary>
public sealed class GtasPaxlstConformanceTests
{
    public static TheoryData<string> Files() => GtasSamples.WithKind("PAXLST");

    [Theory]
    [MemberData(nameof(Files))]
    public void Flights_AgreeWithGtas(string file)
    {
        var document = GtasSamples.Parse(file);
        var golden = GtasSamples.Golden(file);
        if (golden.Count == 0)
        {
            // GTAS failed this file (testMultiMessagePart1: a US message split over two parts). We read it.
            document.Messages.ShouldNotBeEmpty();
            document.Messages[0].Travellers.Count.ShouldBe(20);
            return;
        }

        document.Messages.Count.ShouldBe(golden.Count);
        for (var m = 0; m < golden.Count; m++)
        {
            var expected = golden[m].GetProperty("flights").EnumerateArray().ToList();
            var legs = document.Messages[m].Legs;
            if (file.Contains("ProgressiveFlight", StringComparison.Ordinal))
            {
                // US progressive flight: DTM 132 is the arrival at each stop and no departure time is
                // sent for the later legs. GTAS reuses the arrival at a stop as the departure from it;
                // we leave the departure empty and keep the arrival where it belongs.
                legs.Select(l => $"{l.DepartureAirport}-{l.ArrivalAirport}").ShouldBe(["AKL-HNL", "HNL-LAX", "LAX-JFK"]);
                legs[0].Arrival.ShouldBe(new DateTime(2002, 1, 31, 19, 0, 0));
                legs[1].Departure.ShouldBeNull();
                continue;
            }

            legs.Select(Describe).ShouldBe(expected.Select(DescribeGolden), $"{file}: legs of message {m}");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Travellers_AgreeWithGtas(string file)
    {
        var document = GtasSamples.Parse(file);
        var golden = GtasSamples.Golden(file);
        for (var m = 0; m < golden.Count; m++)
        {
            var expected = golden[m].GetProperty("passengers").EnumerateArray().ToList();
            var travellers = document.Messages[m].Travellers;
            travellers.Count.ShouldBe(expected.Count, file);
            for (var i = 0; i < expected.Count; i++)
            {
                var t = travellers[i];
                var g = expected[i];
                var where = $"{file} traveller {i}";
                // One surname in Test3 holds the byte 0x87, not UTF-8: GTAS makes it U+FFFD, we read
                // Windows-1250 (see EdifactCharacterSets) and warn; the raw bytes are kept either way.
                var surname = (t.Surname ?? "").ToUpperInvariant();
                var goldenSurname = g.Text("lastName") ?? "";
                if (goldenSurname.Contains('\uFFFD', StringComparison.Ordinal))
                {
                    surname.ShouldBe(goldenSurname.Replace('\uFFFD', '‡'), where);
                    document.Messages[m].Diagnostics.ShouldContain(d => d.Code == "edifact.encoding");
                }
                else
                {
                    surname.ShouldBe(goldenSurname, where);
                }

                string.Join(' ', new[] { g.Text("firstName"), g.Text("middleName") }.Where(n => !string.IsNullOrEmpty(n)))
                    .ShouldBe((t.GivenNames ?? "").ToUpperInvariant(), where);
                t.Sex.ShouldBe(g.Text("gender"), where);
                t.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture).ShouldBe(g.Day("dob"), where);
                t.Nationality.ShouldBe(g.Text("nationality"), where);
                t.Places?.Embarkation.ShouldBe(Airport(g.Text("embarkation")), where);
                t.Places?.Debarkation.ShouldBe(Airport(g.Text("debarkation")), where);
                CompareDocuments(t, g.GetProperty("documents"), where, file.Contains("USedifact", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void ReportingParty_AgreesWithGtas()
    {
        var message = GtasSamples.Parse("gtas-parent__gtas-loader__src__test__resources__apis-messages__Test1.txt").Messages[0];
        message.ReportingParty!.Name.ShouldBe("CREW SCHEDULING");
        // GTAS strips the dashes of telephone numbers; we keep them as sent.
        message.ReportingParty.Phone.ShouldBe("808-838-5520");
        message.ReportingParty.Fax.ShouldBe("808-838-5526");
        message.ListType.ShouldBe("crew");
        message.Travellers.ShouldAllBe(t => t.Role == "crew");
    }

    [Fact]
    public void Bags_FromMeaAndFtx_AgreeWithGtas()
    {
        var traveller = GtasSamples.Parse("inline__gtas-parsers__PaxlstParserUNedifactTest__testAPISParsingWithBagWeightAndCountInMEASegment.edi").Messages[0].Travellers[0];
        traveller.Bags!.Count.ShouldBe(4);
        traveller.Bags.Weight.ShouldBe(80m);
        traveller.Bags.WeightUnit.ShouldBe("KGM");
        traveller.Bags.Tags.ShouldBe(["UA0443", "UA0444", "UA0445", "UA0446"]);

        // FTX+BAG+++UA0446:2 is two consecutive tags (IATA Recommended Practice 1745): GTAS keeps one.
        var two = GtasSamples.Parse("inline__gtas-parsers__PaxlstParserUNedifactTest__testAPISParsingWithNoMEASegmentAndTwoBagCountOnFTXSegment.edi").Messages[0].Travellers[0];
        two.Bags!.Tags.ShouldBe(["UA0443", "UA0444", "UA0445", "UA0446", "UA0447"]);
        two.Bags.Count.ShouldBe(5);
    }

    private static void CompareDocuments(Traveller traveller, JsonElement golden, string where, bool us)
    {
        // GTAS drops a DOC whose number is empty ("DOC++"); we keep it, marked by its missing number.
        var ours = traveller.Documents.Where(d => d.Number is not null).ToList();
        var theirs = golden.EnumerateArray().ToList();
        ours.Count.ShouldBe(theirs.Count, where);
        for (var i = 0; i < theirs.Count; i++)
        {
            ours[i].Number.ShouldBe(theirs[i].Text("documentNumber"), where);
            // "DOC++448763368" has no type: GTAS assumes a passport, we leave it unknown (the guide
            // makes 1001 mandatory; guessing would mislead a document check).
            (ours[i].Type ?? "P").ShouldBe(theirs[i].Text("documentType"), where);
            if (!us)
            {
                ours[i].IssuingCountry.ShouldBe(theirs[i].Text("issuanceCountry"), where);
            }
            else
            {
                // US variant: PDT gives "P/number:expiry:country"; GTAS ignores the country, we keep it.
                ours[i].IssuingCountry.ShouldNotBeNullOrEmpty(where);
            }

            ours[i].Expiry?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture).ShouldBe(theirs[i].Day("expirationDate"), where);
        }
    }

    private static string? Airport(string? code) => string.IsNullOrEmpty(code) ? null : code;

    private static string Describe(FlightLeg leg) =>
        $"{leg.Carrier} {leg.Number} {leg.DepartureAirport}-{leg.ArrivalAirport} {leg.Departure?.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)}";

    private static string DescribeGolden(JsonElement flight) =>
        $"{flight.Text("carrier")} {flight.Text("flightNumber")?.TrimStart('0')} {flight.Text("origin")}-{flight.Text("destination")} {flight.LocalMinutes("localEtdDate")}";
}
