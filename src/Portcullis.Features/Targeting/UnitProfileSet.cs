using Portcullis.Profiles.Compiling;

namespace Portcullis.Features.Targeting;

/// <summary>
/// A unit's runnable profile versions of one subject kind, compiled: those in force (they raise targets)
/// and those in shadow (the latest draft or submitted version of each profile: they only record what
/// they would have selected). Each set is one delegate over a subject (<see cref="CompiledProfileSet{TSubject}"/>);
/// each version also has its own compiled profile for explanations.
/// </summary>
public sealed record UnitProfileSet<TFacts>(
    IReadOnlyList<RunnableVersion<TFacts>> Live,
    CompiledProfileSet<TFacts> LiveSet,
    IReadOnlyList<RunnableVersion<TFacts>> Shadow,
    CompiledProfileSet<TFacts> ShadowSet)
{
    public bool IsEmpty => Live.Count == 0 && Shadow.Count == 0;
}

/// <summary>One version ready to run: its row's facts (<see cref="VersionFacts"/>) and its compiled profile.</summary>
public sealed record RunnableVersion<TFacts>(VersionFacts Facts, CompiledProfile<TFacts> Compiled)
{
    public Guid VersionId => Facts.VersionId;
}

/// <summary>What targeting needs of a version's row: id, number, name, rationale, score and hit cap.</summary>
public sealed record VersionFacts(Guid VersionId, Guid ProfileId, int Number, string Name, string Rationale, int Score, int HitCapCount, string HitCapPeriod)
{
    /// <summary>The start of the hit cap's current window.</summary>
    public DateTimeOffset CapWindowStart(DateTimeOffset now) => now - HitCapPeriod switch
    {
        "hour" => TimeSpan.FromHours(1),
        "week" => TimeSpan.FromDays(7),
        _ => TimeSpan.FromDays(1),
    };
}
