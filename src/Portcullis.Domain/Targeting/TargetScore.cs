namespace Portcullis.Domain.Targeting;

/// <summary>
/// How the hits on one subject combine into a target's score, 0 to 100 (docs/targeting.md). Each hit
/// is a weight in [0, 100]: a profile hit its profile's <c>score</c>, a watchlist hit 100 × the match
/// score. They combine as independent indications (1 − Π(1 − wᵢ/100)), so two weak hits outweigh
/// either alone, no number of hits passes 100, and order does not matter.
/// </summary>
public static class TargetScore
{
    public static int Combine(IEnumerable<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var clear = 1.0;
        foreach (var weight in weights)
        {
            clear *= 1 - Math.Clamp(weight, 0, 100) / 100;
        }

        return (int)Math.Round(100 * (1 - clear), MidpointRounding.AwayFromZero);
    }

    /// <summary>A watchlist hit's weight: its match score (0 to 1) on the same scale as a profile's score.</summary>
    public static double ForWatchlistHit(float matchScore) => 100.0 * Math.Clamp(matchScore, 0f, 1f);
}
