using Portcullis.Profiles.Compiling;
using Portcullis.Profiles.Travellers;

namespace Portcullis.Features.Targeting;

/// <summary>
/// A unit's runnable profile versions, compiled: those in force (they raise targets) and those in
/// shadow (the latest draft or submitted version of each profile: they only record what they would
/// have selected). Each set is one delegate over a traveller (<see cref="CompiledProfileSet{TSubject}"/>);
/// each version also has its own compiled profile for explanations.
/// </summary>
public sealed record UnitProfileSet(
    IReadOnlyList<RunnableVersion> Live,
    CompiledProfileSet<TravellerFacts> LiveSet,
    IReadOnlyList<RunnableVersion> Shadow,
    CompiledProfileSet<TravellerFacts> ShadowSet)
{
    public bool IsEmpty => Live.Count == 0 && Shadow.Count == 0;
}

/// <summary>One version ready to run: its row's facts (id, number, score, hit cap) and its compiled profile.</summary>
public sealed record RunnableVersion(
    Guid VersionId, Guid ProfileId, int Number, string Name, string Rationale, int Score, int HitCapCount, string HitCapPeriod,
    CompiledProfile<TravellerFacts> Compiled)
{
    /// <summary>The start of the hit cap's current window.</summary>
    public DateTimeOffset CapWindowStart(DateTimeOffset now) => now - HitCapPeriod switch
    {
        "hour" => TimeSpan.FromHours(1),
        "week" => TimeSpan.FromDays(7),
        _ => TimeSpan.FromDays(1),
    };
}
