namespace Portcullis.Domain.Targeting;

/// <summary>
/// A unit's lane thresholds and random selection rate, set by its unit head. A unit without a row
/// uses <see cref="Defaults"/>. The counters make random selection a guaranteed minimum rather than a
/// hope: after <see cref="SubjectsSeen"/> untargeted subjects, at least
/// ⌊rate × seen⌋ have been selected at random.
/// </summary>
public sealed class TargetingSettings
{
    public string Unit { get; set; } = "";

    public string Jurisdiction { get; set; } = "";

    /// <summary>A score at or above this is red (inspect).</summary>
    public int RedFrom { get; set; } = 70;

    /// <summary>A score at or above this (and below red) is yellow (check documents); below, green.</summary>
    public int YellowFrom { get; set; } = 40;

    /// <summary>Percentage of untargeted subjects selected at random (0 to 100).</summary>
    public decimal RandomPercent { get; set; } = 1m;

    /// <summary>Subjects evaluated for the unit that no profile or list selected.</summary>
    public long SubjectsSeen { get; set; }

    /// <summary>Of those, selected at random.</summary>
    public long RandomSelected { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public static TargetingSettings Defaults(string unit, string jurisdiction) => new() { Unit = unit, Jurisdiction = jurisdiction };

    public Lane LaneFor(int score) => score >= RedFrom ? Lane.Red : score >= YellowFrom ? Lane.Yellow : Lane.Green;
}
