using Portcullis.Formats.Passengers;

namespace Portcullis.Features.Targeting.Facts;

/// <summary>Checked bags of one traveller: the API list's (counted at check-in) when it has any, else the PNR's.</summary>
internal static class Baggage
{
    private const decimal KilogramsPerPound = 0.45359237m;

    public static (int? Count, decimal? WeightKg) Of(Traveller traveller, Pnr? pnr, string? passengerReference)
    {
        if (traveller.Bags is { } bags && (bags.Count is not null || bags.Weight is not null || bags.Tags.Count > 0))
        {
            return (bags.Count ?? (bags.Tags.Count > 0 ? bags.Tags.Count : null), Kilograms(bags.Weight, bags.WeightUnit));
        }

        if (pnr is null || passengerReference is null)
        {
            return (null, null);
        }

        // A PNR may repeat the same bags in the check-in data of each leg: identical entries count once.
        var entries = pnr.Bags
            .Where(b => string.Equals(b.PassengerReference, passengerReference, StringComparison.Ordinal))
            .DistinctBy(b => (b.Count, b.Weight, b.WeightUnit, string.Join(' ', b.Tags)))
            .ToList();
        if (entries.Count == 0)
        {
            return (null, null);
        }

        var count = entries.Sum(b => b.Count ?? b.Tags.Count);
        var weights = entries.Select(b => Kilograms(b.Weight, b.WeightUnit)).ToList();
        return (count, weights.All(w => w is not null) ? weights.Sum() : null);
    }

    /// <summary>Kilograms from a weight in KGM (or no unit: the airlines of the region weigh in kg) or LBR; null for another unit.</summary>
    private static decimal? Kilograms(decimal? weight, string? unit) => (weight, unit?.Trim().ToUpperInvariant()) switch
    {
        (null, _) => null,
        (var w, null or "" or "KGM" or "KG" or "K") => w,
        (var w, "LBR" or "LB" or "L") => Math.Round(w.Value * KilogramsPerPound, 1),
        _ => null,
    };
}
