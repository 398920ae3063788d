using Portcullis.Formats.Edifact;
using Portcullis.Formats.Passengers;

namespace Portcullis.Formats.Pnrgov;

/// <summary>
/// The free text of SSR DOCS, DOCO and DOCA (IATA Reservations Interline Message Procedures, AIRIMP
/// 3.11): slash-separated fields, the first usually empty.
/// DOCS /type/issuing country/number/nationality/date of birth/sex/expiry/surname/given names/holder.
/// DOCO /place of birth/type/number/place of issue/date of issue/country for which applicable/infant.
/// DOCA /type R or D/country/street/city/region/postal code/infant.
/// </summary>
internal static class SsrDocs
{
    public sealed record Docs(TravelDocument? Document, string? Nationality, DateOnly? DateOfBirth, string? Sex, string? Surname, string? GivenNames, bool Infant);

    public sealed record Doco(TravelDocument Visa, string? PlaceOfBirth, bool Infant);

    public sealed record Doca(Address Address, bool Infant);

    public static Docs ReadDocs(string text, DateOnly reference)
    {
        var f = Fields(text);
        var type = Field(f, 0);
        var number = Field(f, 2);
        var sex = Field(f, 5);
        var document = number is null && type is null ? null : new TravelDocument
        {
            Type = type,
            IssuingCountry = Field(f, 1),
            Number = number,
            Expiry = Field(f, 6) is { } expiry ? EdifactDates.Date(expiry, EdifactDates.Century.Expiry, reference) : null,
        };
        return new Docs(
            document,
            Field(f, 3),
            Field(f, 4) is { } dob ? EdifactDates.Date(dob, EdifactDates.Century.NotAfter, reference) : null,
            sex,
            Field(f, 7),
            Field(f, 8),
            sex is "MI" or "FI" || Field(f, 9) == "I");
    }

    public static Doco ReadDoco(string text, DateOnly reference)
    {
        var f = Fields(text);
        var visa = new TravelDocument
        {
            Type = Field(f, 1),
            Number = Field(f, 2),
            PlaceOfIssue = Field(f, 3),
            Issued = Field(f, 4) is { } issued ? EdifactDates.Date(issued, EdifactDates.Century.NotAfter, reference) : null,
            ApplicableCountry = Field(f, 5),
        };
        return new Doco(visa, Field(f, 0), Field(f, 6) == "I");
    }

    public static Doca ReadDoca(string text)
    {
        var f = Fields(text);
        var address = new Address
        {
            Type = Field(f, 0) switch
            {
                "R" => "residence",
                "D" => "destination",
                var other => other,
            },
            Country = Field(f, 1),
            Street = Field(f, 2),
            City = Field(f, 3),
            Region = Field(f, 4),
            PostalCode = Field(f, 5),
        };
        return new Doca(address, Field(f, 6) == "I");
    }

    private static string[] Fields(string text)
    {
        var t = text.Trim();
        if (t.StartsWith('/'))
        {
            t = t[1..];
        }

        return t.Split('/');
    }

    private static string? Field(string[] fields, int index) =>
        index < fields.Length && fields[index].Trim().Length > 0 ? fields[index].Trim() : null;
}
