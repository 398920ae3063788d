using Portcullis.Domain.Watchlists;

namespace Portcullis.Domain.Cargo;

/// <summary>What a cargo hit is on.</summary>
public static class CargoHitSubjects
{
    public const string Party = "party";
    public const string Container = "container";
}

/// <summary>
/// A party or container of a consignment that matched a watchlist entry: which list, version and entry,
/// the score and the engine's explanation (JSON). One hit per consignment, list and entry, however often
/// the manifest is resent.
/// </summary>
public sealed class CargoHit
{
    public Guid Id { get; set; }

    public Guid ConsignmentId { get; set; }

    public CargoConsignment? Consignment { get; set; }

    public Guid VoyageId { get; set; }

    /// <summary><see cref="CargoHitSubjects.Party"/> or <see cref="CargoHitSubjects.Container"/>.</summary>
    public string Subject { get; set; } = CargoHitSubjects.Party;

    /// <summary>The party's role on the consignment (shipper, consignee...), for a party.</summary>
    public string? Role { get; set; }

    public Guid? PartyId { get; set; }

    public Guid? ContainerId { get; set; }

    /// <summary>The name or container number as screened.</summary>
    public string ScreenedText { get; set; } = "";

    public Guid WatchlistId { get; set; }

    public Watchlist? Watchlist { get; set; }

    public int VersionNumber { get; set; }

    public Guid EntryRowId { get; set; }

    public string EntryExternalId { get; set; } = "";

    public float Score { get; set; }

    public string Explanation { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }

    public HitStatus Status { get; set; }
}
