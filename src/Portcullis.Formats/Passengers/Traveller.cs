namespace Portcullis.Formats.Passengers;

/// <summary>A person on a passenger or crew list (PAXLST).</summary>
public sealed class Traveller
{
    /// <summary>passenger, crew, in-transit-passenger, in-transit-crew.</summary>
    public string Role { get; set; } = "passenger";

    /// <summary>Whether a role counts among the passengers (in transit or not) rather than the crew.</summary>
    public static bool IsPassengerRole(string role) => role is "passenger" or "in-transit-passenger";

    public string? Surname { get; set; }

    public string? GivenNames { get; set; }

    /// <summary>M, F, X (unspecified) or U (unknown), as sent.</summary>
    public string? Sex { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    /// <summary>ISO 3166 alpha-3 as sent.</summary>
    public string? Nationality { get; set; }

    public Address? Address { get; set; }

    /// <summary>Places by meaning: embarkation (178), debarkation (179), clearance (22), residence (174), birth (180).</summary>
    public Places? Places { get; set; }

    public List<Reference> References { get; set; } = [];

    public List<TravelDocument> Documents { get; set; } = [];

    public Bags? Bags { get; set; }

    /// <summary>True when part of the traveller could not be read; <see cref="Problems"/> says what.</summary>
    public bool Incomplete { get; set; }

    public List<string> Problems { get; set; } = [];
}

public sealed class Address
{
    /// <summary>PNR SSR DOCA: residence or destination; null elsewhere.</summary>
    public string? Type { get; set; }

    public string? Street { get; set; }

    public string? City { get; set; }

    public string? Region { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }
}

public sealed class Places
{
    public string? Embarkation { get; set; }

    public string? Debarkation { get; set; }

    public string? Clearance { get; set; }

    public string? Residence { get; set; }

    public string? Birth { get; set; }
}

/// <summary>A reference the sender gave a traveller: booking (AVF), seat (SEA), ticket, unique passenger reference...</summary>
public sealed record Reference(string Type, string Value);

public sealed class TravelDocument
{
    /// <summary>P passport, I identity card, V visa, A/C/IP... as sent.</summary>
    public string? Type { get; set; }

    public string? Number { get; set; }

    public string? IssuingCountry { get; set; }

    public DateOnly? Expiry { get; set; }

    public DateOnly? Issued { get; set; }

    /// <summary>PNR SSR DOCO: where a visa was issued (a place, as sent).</summary>
    public string? PlaceOfIssue { get; set; }

    /// <summary>PNR SSR DOCO: the country the visa is for.</summary>
    public string? ApplicableCountry { get; set; }
}

public sealed class Bags
{
    public int? Count { get; set; }

    public decimal? Weight { get; set; }

    /// <summary>KGM or LBR as sent.</summary>
    public string? WeightUnit { get; set; }

    public List<string> Tags { get; set; } = [];
}
