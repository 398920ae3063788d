namespace Portcullis.Domain.Cargo;

/// <summary>
/// "A consignee at a residential address": a street line that names a flat, a floor or an entrance, in
/// English or the region's languages. Words only, so the officer can see why; an address without them
/// may still be a home.
/// </summary>
public static class ResidentialAddress
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "APT", "APT.", "APARTMENT", "FLAT", "FLOOR", "AP", "AP.", "BANESA", "BANESË", "BANESE", "KATI", "KAT", "HYRJA",
        "STAN", "SPRAT", "ULAZ", "СТАН", "КАТ", "ВЛЕЗ", "СПРАТ", "ULAZ.", "PRIVATE", "RESIDENCE",
    };

    public static bool Looks(string? street) =>
        street is not null
        && street.ToUpperInvariant().Split([' ', ',', '/', '-', ';'], StringSplitOptions.RemoveEmptyEntries).Any(Words.Contains);
}
