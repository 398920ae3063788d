namespace Portcullis.Domain.Targeting;

/// <summary>
/// One version of a risk profile: its text, never changed once written, the header read from it,
/// and its way through the lifecycle with who did what when. <see cref="Evaluated"/> counts the
/// subjects it was evaluated on (live, not shadow) for the effectiveness figures.
/// </summary>
public sealed class RiskProfileVersion
{
    public const int TextMaxLength = 20_000;
    public const int RationaleMaxLength = 2000;
    public const int NoteMaxLength = 2000;

    public Guid Id { get; set; }

    public Guid ProfileId { get; set; }

    public RiskProfile? Profile { get; set; }

    /// <summary>Copied from the profile, so the scope filter reads the row alone.</summary>
    public string Unit { get; set; } = "";

    public string Jurisdiction { get; set; } = "";

    public int Number { get; set; }

    /// <summary>The profile as written, in the text format of docs/profiles.md.</summary>
    public string Text { get; set; } = "";

    public ProfileStatus Status { get; set; }

    public string Name { get; set; } = "";

    public string Rationale { get; set; } = "";

    /// <summary>The accountable unit the text names.</summary>
    public string Owner { get; set; } = "";

    public DateOnly ValidFrom { get; set; }

    public DateOnly ValidTo { get; set; }

    public int HitCapCount { get; set; }

    /// <summary>hour, day or week.</summary>
    public string HitCapPeriod { get; set; } = "day";

    /// <summary>1 to 100: the weight of a hit in the target's score.</summary>
    public int Score { get; set; }

    public string Author { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string? SubmittedBy { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public string? ApprovedBy { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    /// <summary>The last decision's words: why it was sent back, suspended or retired.</summary>
    public string? Note { get; set; }

    public DateTimeOffset? ChangedAt { get; set; }

    public string? ChangedBy { get; set; }

    /// <summary>Subjects this version was evaluated on while in force.</summary>
    public long Evaluated { get; set; }

    /// <summary>Hits not raised because the hit cap was reached.</summary>
    public long Capped { get; set; }

    /// <summary>Whether the version selects subjects on <paramref name="day"/> (raises targets).</summary>
    public bool InForceOn(DateOnly day) =>
        Status is ProfileStatus.Active or ProfileStatus.Approved && ValidFrom <= day && day <= ValidTo;

    /// <summary>Drafts and submitted versions run on live data in shadow: hits recorded, no targets.</summary>
    public bool RunsInShadow => Status is ProfileStatus.Draft or ProfileStatus.Submitted;
}
