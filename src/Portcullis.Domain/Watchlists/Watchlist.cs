namespace Portcullis.Domain.Watchlists;

/// <summary>What a list's entries are about: it decides what is screened against it.</summary>
public enum WatchlistSubject
{
    Persons,
    TravelDocuments,
    Organisations,
    VehiclesAndContainers,
}

/// <summary>How urgent a hit on a list is: the queue of hits sorts on it.</summary>
public enum WatchlistSeverity
{
    Low,
    Medium,
    High,
    Critical,
}

/// <summary>
/// A watchlist kept by a unit of a jurisdiction: a national list, or a copy of the UN or OFAC list.
/// It is seen by its owner's jurisdiction and by the jurisdictions it is shared with. Its content
/// arrives as files, each import making a <see cref="WatchlistVersion"/>; entries keep their history
/// (<see cref="WatchlistEntryRow"/>).
/// </summary>
public sealed class Watchlist
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 2000;

    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public WatchlistSubject Subject { get; set; }

    public WatchlistSeverity Severity { get; set; }

    public string OwnerJurisdiction { get; set; } = "";

    /// <summary>The unit that keeps the list; null for a list loaded from the command line for the whole jurisdiction.</summary>
    public string? OwnerUnit { get; set; }

    public string? Description { get; set; }

    /// <summary>The list's own decision threshold; null means the engine's default.</summary>
    public float? Threshold { get; set; }

    /// <summary>0 until the first import.</summary>
    public int CurrentVersion { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    /// <summary>The other jurisdictions that see the list and whose travellers are screened against it.</summary>
    public List<WatchlistShare> SharedWith { get; set; } = [];
}

/// <summary>One jurisdiction a list is shared with.</summary>
public sealed class WatchlistShare
{
    public Guid WatchlistId { get; set; }

    public string Jurisdiction { get; set; } = "";
}
