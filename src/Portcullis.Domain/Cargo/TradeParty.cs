namespace Portcullis.Domain.Cargo;

/// <summary>Whether a party is a company or a natural person, as far as its name tells.</summary>
public static class PartyKinds
{
    public const string Organisation = "organisation";
    public const string Person = "person";
}

/// <summary>
/// A shipper, consignee, notify party or forwarder as the jurisdiction has come to know it across
/// consignments: recognised by an identifier (EORI, tax number) when one is sent, otherwise by its
/// normalised name and country (<see cref="Key"/>). Its history (first seen, consignments, routes) is
/// what "a consignee seen for the first time" is measured against. Kept per jurisdiction, because
/// that is who may see it.
/// </summary>
public sealed class TradeParty
{
    public const int KeyMaxLength = 300;
    public const int NameMaxLength = 300;

    public Guid Id { get; set; }

    public string Jurisdiction { get; set; } = "";

    public string Key { get; set; } = "";

    /// <summary>The name as last sent.</summary>
    public string Name { get; set; } = "";

    public string? Country { get; set; }

    /// <summary><see cref="PartyKinds.Organisation"/> or <see cref="PartyKinds.Person"/>.</summary>
    public string Kind { get; set; } = PartyKinds.Organisation;

    /// <summary>The identifier it is known by (scheme:value), when one was sent.</summary>
    public string? Identifier { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    /// <summary>Consignments it appears on, in any role.</summary>
    public int ConsignmentCount { get; set; }
}

/// <summary>A party on one consignment, in one role, with the name and address exactly as that consignment gave them.</summary>
public sealed class ConsignmentParty
{
    public Guid Id { get; set; }

    public Guid ConsignmentId { get; set; }

    public CargoConsignment? Consignment { get; set; }

    public Guid PartyId { get; set; }

    public TradeParty? Party { get; set; }

    /// <summary>shipper, consignee, notify, forwarder, carrier, agent, other.</summary>
    public string Role { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Street { get; set; }

    public string? City { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }

    /// <summary>Identifiers as sent, "scheme:value" separated by spaces.</summary>
    public string Identifiers { get; set; } = "";

    public string? Phone { get; set; }

    public string? Email { get; set; }
}
