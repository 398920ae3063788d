using Portcullis.Formats.Edifact;
using Portcullis.Formats.Passengers;

namespace Portcullis.Formats.Paxlst;

/// <summary>
/// The older US variant of PAXLST (message version 001:000, still sent by some carriers): one PDT
/// segment per traveller ("P/number:expiry:country + SURNAME:GIVEN:MIDDLE:YYMMDD:SEX + PAX|CRW +
/// from:to"), CTA for the reporting contact, LOC 5/8/PT with DTM 136/132 for the route.
/// </summary>
internal static class UsPaxlstParser
{
    public static void Parse(EdifactMessage message, PassengerMessage result, DateOnly reference)
    {
        FlightLeg? template = null;
        FlightLeg? leg = null;
        string? lastKind = null;
        result.ListType = "passengers";
        foreach (var s in message.Segments)
        {
            switch (s.Tag)
            {
                case "CTA":
                    result.ReportingParty = new ReportingParty
                    {
                        Name = PaxlstParser.NullIfEmpty(s[1, 1].Length > 0 ? s[1, 1] : s[1, 0]),
                        Phone = Contact(s, "TE"),
                        Fax = Contact(s, "FX"),
                        Email = Contact(s, "EM"),
                    };
                    break;
                case "TDT":
                    var carrier = s[3].Length > 0 ? s[3] : PaxlstParser.Carrier(s[1]);
                    template = new FlightLeg { Carrier = carrier, Number = PaxlstParser.FlightNumber(s[1], carrier) };
                    break;
                case "LOC":
                    var place = Airport(s[1, 0]);
                    lastKind = s[0].TrimStart('0');
                    if (lastKind == "5")
                    {
                        leg = NewLeg(result, template);
                        leg.DepartureAirport = place;
                    }
                    else
                    {
                        leg ??= NewLeg(result, template);
                        if (leg.ArrivalAirport is not null)
                        {
                            var from = leg.ArrivalAirport;
                            leg = NewLeg(result, template);
                            leg.DepartureAirport = from;
                        }

                        leg.ArrivalAirport = place;
                    }

                    break;
                case "DTM" when leg is not null:
                    var when = EdifactDates.LocalDateTime(s[1] + s[2], reference);
                    if (s[0] == "136")
                    {
                        leg.Departure = when;
                    }
                    else if (s[0] == "132")
                    {
                        leg.Arrival = when;
                    }

                    break;
                case "PDT":
                    result.Travellers.Add(Traveller(s, result, reference));
                    break;
                default:
                    break;
            }
        }

        result.Flight = result.Legs.Count > 0 ? result.Legs[0] : template;
        if (result.Legs.Count > 1 && result.Flight is not null)
        {
            // The whole journey as one flight: from the first departure to the last arrival.
            result.Flight = new FlightLeg
            {
                Carrier = template?.Carrier,
                Number = template?.Number,
                DepartureAirport = result.Legs[0].DepartureAirport,
                Departure = result.Legs[0].Departure,
                ArrivalAirport = result.Legs[^1].ArrivalAirport,
                Arrival = result.Legs[^1].Arrival,
            };
        }

        if (result.Flight is null)
        {
            result.Diagnostics.Add(message.Header.Problem(Severity.Error, "paxlst.no-flight", "the message names no flight (no TDT)"));
        }
    }

    private static FlightLeg NewLeg(PassengerMessage result, FlightLeg? template)
    {
        var leg = new FlightLeg { Carrier = template?.Carrier, Number = template?.Number };
        result.Legs.Add(leg);
        return leg;
    }

    private static Traveller Traveller(EdifactSegment s, PassengerMessage result, DateOnly reference)
    {
        var documentText = s[0, 0];
        var slash = documentText.IndexOf('/', StringComparison.Ordinal);
        var traveller = new Traveller
        {
            Role = s[2] == "CRW" ? "crew" : "passenger",
            Surname = PaxlstParser.NullIfEmpty(s[1, 0]),
            GivenNames = PaxlstParser.NullIfEmpty(string.Join(' ', new[] { s[1, 1], s[1, 2] }.Where(n => n.Length > 0))),
            Sex = PaxlstParser.NullIfEmpty(s[1, 4]),
        };
        if (documentText.Length > 0)
        {
            traveller.Documents.Add(new TravelDocument
            {
                Type = slash > 0 ? documentText[..slash] : null,
                Number = PaxlstParser.NullIfEmpty(slash >= 0 ? documentText[(slash + 1)..] : documentText),
                Expiry = EdifactDates.Date(s[0, 1], EdifactDates.Century.Expiry, reference),
                IssuingCountry = PaxlstParser.NullIfEmpty(s[0, 2]),
            });
        }

        if (s[1, 3].Length > 0)
        {
            traveller.DateOfBirth = EdifactDates.Date(s[1, 3], EdifactDates.Century.NotAfter, reference);
            if (traveller.DateOfBirth is null)
            {
                var problem = $"date of birth '{s[1, 3]}' is not a date";
                traveller.Incomplete = true;
                traveller.Problems.Add(problem);
                result.Diagnostics.Add(s.Problem(Severity.Warning, "paxlst.traveller", problem));
            }
        }

        if (s[3, 0].Length > 0 || s[3, 1].Length > 0)
        {
            traveller.Places = new Places { Embarkation = Airport(s[3, 0]), Debarkation = Airport(s[3, 1]) };
        }

        if (traveller.Surname is null)
        {
            traveller.Incomplete = true;
            traveller.Problems.Add("no surname in PDT");
            result.Diagnostics.Add(s.Problem(Severity.Warning, "paxlst.traveller", "no surname in PDT"));
        }

        return traveller;
    }

    /// <summary>"NZAKL" (UN/LOCODE) to "AKL": the US variant names airports by UN/LOCODE.</summary>
    private static string? Airport(string code) => code.Length == 5 ? code[2..] : PaxlstParser.NullIfEmpty(code);

    private static string? Contact(EdifactSegment s, string kind)
    {
        foreach (var e in s.Elements)
        {
            if (e.Length > 1 && e[1] == kind)
            {
                return PaxlstParser.NullIfEmpty(e[0]);
            }
        }

        return null;
    }
}
