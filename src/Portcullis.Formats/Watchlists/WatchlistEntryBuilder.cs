namespace Portcullis.Formats.Watchlists;

/// <summary>Collects what a reader finds about one entry, in any order, and makes the immutable entry of it.</summary>
internal sealed class WatchlistEntryBuilder(string externalId, WatchlistSubjectKind kind)
{
    private readonly List<WatchlistName> _names = [];
    private readonly List<string> _birthDates = [];
    private readonly List<string> _nationalities = [];
    private readonly List<WatchlistDocumentRef> _documents = [];
    private readonly List<WatchlistAddress> _addresses = [];
    private readonly List<string> _placesOfBirth = [];
    private readonly List<string> _remarks = [];

    public string ExternalId { get; } = externalId;

    public WatchlistSubjectKind Kind { get; set; } = kind;

    public string? Sex { get; set; }

    public string? Reason { get; set; }

    public DateOnly? ListedOn { get; set; }

    public bool HasName => _names.Count > 0;

    public void AddName(string? fullName, WatchlistNameQuality quality, string? givenName = null, string? familyName = null)
    {
        var full = Clean(fullName);
        if (full is not null)
        {
            _names.Add(new WatchlistName(full, Clean(givenName), Clean(familyName), quality));
        }
    }

    /// <summary>A name found a second time (OFAC repeats some aliases in the remarks): kept only if new.</summary>
    public void AddNameUnlessKnown(string? fullName, WatchlistNameQuality quality)
    {
        var full = Clean(fullName);
        if (full is not null && !_names.Any(n => string.Equals(n.FullName, full, StringComparison.OrdinalIgnoreCase)))
        {
            AddName(full, quality);
        }
    }

    public void AddBirthDate(string date) => AddOnce(_birthDates, date);

    public void AddNationality(string country) => AddOnce(_nationalities, country);

    public void AddPlaceOfBirth(string? place)
    {
        var text = Clean(place);
        if (text is not null)
        {
            AddOnce(_placesOfBirth, text);
        }
    }

    public void AddDocument(WatchlistDocumentRef document) => _documents.Add(document);

    public void AddAddress(WatchlistAddress address) => _addresses.Add(address);

    public void AddRemark(string? remark)
    {
        var text = Clean(remark);
        if (text is not null)
        {
            _remarks.Add(text);
        }
    }

    public WatchlistEntry Build() => new()
    {
        ExternalId = ExternalId,
        Kind = Kind,
        Names = [.. _names.OrderBy(n => n.Quality == WatchlistNameQuality.Primary ? 0 : 1)],
        BirthDates = [.. _birthDates],
        Nationalities = [.. _nationalities],
        Sex = Sex,
        Documents = [.. _documents],
        Addresses = [.. _addresses],
        PlacesOfBirth = [.. _placesOfBirth],
        Reason = Reason,
        ListedOn = ListedOn,
        Remarks = _remarks.Count == 0 ? null : string.Join("; ", _remarks),
    };

    /// <summary>Trimmed, inner runs of white space (line breaks included) made one space; null when nothing is left.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.Ordinal))
        {
            list.Add(value);
        }
    }
}
