namespace Portcullis.Domain.Targeting;

/// <summary>
/// A subject selected for the unit's attention: the profile hits and watchlist hits on it combined into
/// one score and lane (<see cref="TargetScore"/>), or a random selection that measures the base rate.
/// Worked in the queue: taken (locked to one officer), dismissed or referred, then the inspection result.
/// Each step records who and when; each is audited. One target per unit and subject.
/// </summary>
public sealed class Target
{
    public const int NoteMaxLength = 2000;
    public const int NameMaxLength = 400;

    public Guid Id { get; set; }

    public string Unit { get; set; } = "";

    public string Jurisdiction { get; set; } = "";

    public string SubjectKind { get; set; } = SubjectKinds.Traveller;

    /// <summary>The traveller, for a traveller target; null for a consignment.</summary>
    public Guid? TravellerId { get; set; }

    public Guid? FlightId { get; set; }

    /// <summary>The consignment, for a consignment target; null for a traveller.</summary>
    public Guid? ConsignmentId { get; set; }

    public Guid? VoyageId { get; set; }

    /// <summary>The subject as the queue shows it: the traveller's name, or the consignment's number and goods.</summary>
    public string SubjectName { get; set; } = "";

    /// <summary>When the subject reaches (or leaves) the unit's port, local time as the carrier sent it: the queue works the soonest first.</summary>
    public DateTime? DueAt { get; set; }

    /// <summary>0 to 100.</summary>
    public int Score { get; set; }

    public Lane Lane { get; set; }

    /// <summary>Selected at random, not by a profile or a list: counts toward the base rate.</summary>
    public bool Random { get; set; }

    public int ProfileHitCount { get; set; }

    public int WatchlistHitCount { get; set; }

    public TargetStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? TakenBy { get; set; }

    public DateTimeOffset? TakenAt { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public DismissReason? DismissReason { get; set; }

    /// <summary>The officer's words at the decision.</summary>
    public string? DecisionNote { get; set; }

    public string? ResultBy { get; set; }

    public DateTimeOffset? ResultAt { get; set; }

    public InspectionResult? Result { get; set; }

    /// <summary>What the inspection found (drugs, cash, false document...), when positive.</summary>
    public string? Findings { get; set; }
}
