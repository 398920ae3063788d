using System.Security.Cryptography;
using Portcullis.Domain.Targeting;

namespace Portcullis.Features.Targeting;

/// <summary>
/// Picks subjects at random so the unit can measure the base rate. A guaranteed minimum, not a coin
/// per subject: after the unit has seen N untargeted subjects, ⌊rate × N⌋ have been picked (the
/// counters live in <see cref="TargetingSettings"/>). Which subjects of a batch are picked comes from
/// a cryptographic generator, so no one can learn to avoid it.
/// </summary>
public static class RandomSelection
{
    public static IReadOnlyList<T> Pick<T>(TargetingSettings settings, IReadOnlyList<T> untargeted)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(untargeted);
        settings.SubjectsSeen += untargeted.Count;
        var owed = (long)Math.Floor(settings.RandomPercent / 100m * settings.SubjectsSeen) - settings.RandomSelected;
        var count = (int)Math.Clamp(owed, 0, untargeted.Count);
        if (count == 0)
        {
            return [];
        }

        var pool = untargeted.ToArray();
        RandomNumberGenerator.Shuffle(pool.AsSpan());
        settings.RandomSelected += count;
        return pool[..count];
    }
}
