using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Portcullis.Domain.Watchlists;
using Portcullis.Formats.Watchlists;

namespace Portcullis.Features.Screening;

/// <summary>A name of a stored entry: full name, parts when the list tells them, and its quality (Primary, Alias, WeakAlias, OriginalScript).</summary>
public sealed record StoredName(string Full, string? Given, string? Family, string Quality);

/// <summary>A document of a stored entry.</summary>
public sealed record StoredDocument(string Type, string Number, string? IssuingCountry, string? Note);

/// <summary>What the entry's columns do not hold.</summary>
public sealed record StoredEntryDetails(IReadOnlyList<string> PlacesOfBirth, IReadOnlyList<string> Addresses);

/// <summary>
/// An entry row read back for a page: the JSON columns turned into lists again. Also where a read
/// entry becomes a row (<see cref="ToRow"/>), so the two directions stay in one place.
/// </summary>
public sealed record StoredEntry(
    Guid Id,
    string ExternalId,
    string Kind,
    string PrimaryName,
    IReadOnlyList<StoredName> Names,
    IReadOnlyList<string> BirthDates,
    IReadOnlyList<string> Nationalities,
    string? Sex,
    IReadOnlyList<StoredDocument> Documents,
    string? Reason,
    DateOnly? ListedOn,
    DateOnly? Expiry,
    string? Remarks,
    StoredEntryDetails Details,
    int FromVersion,
    int? ToVersion)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public IEnumerable<StoredName> Aliases => Names.Where(n => n.Quality != nameof(WatchlistNameQuality.Primary));

    public static StoredEntry From(WatchlistEntryRow row) => new(
        row.Id,
        row.ExternalId,
        row.Kind,
        row.PrimaryName,
        Read<List<StoredName>>(row.Names) ?? [],
        Read<List<string>>(row.BirthDates) ?? [],
        Read<List<string>>(row.Nationalities) ?? [],
        row.Sex,
        Read<List<StoredDocument>>(row.Documents) ?? [],
        row.Reason,
        row.ListedOn,
        row.Expiry,
        row.Remarks,
        Read<StoredEntryDetails>(row.Details) ?? new StoredEntryDetails([], []),
        row.FromVersion,
        row.ToVersion);

    /// <summary>A new row for <paramref name="entry"/>, valid from <paramref name="version"/>.</summary>
    internal static WatchlistEntryRow ToRow(Guid watchlistId, int version, WatchlistEntry entry, string contentHash)
    {
        var names = entry.Names.Select(n => new StoredName(n.FullName, n.GivenName, n.FamilyName, n.Quality.ToString())).ToList();
        var primary = entry.PrimaryName?.FullName
            ?? (entry.Names.Count > 0 ? entry.Names[0].FullName : null)
            ?? (entry.Documents.Count > 0 ? entry.Documents[0].Number : null)
            ?? entry.ExternalId;
        return new WatchlistEntryRow
        {
            Id = Guid.CreateVersion7(),
            WatchlistId = watchlistId,
            ExternalId = entry.ExternalId,
            FromVersion = version,
            Kind = entry.Kind.ToString().ToLowerInvariant(),
            PrimaryName = Clip(primary, WatchlistEntryRow.NameMaxLength),
            Names = JsonSerializer.Serialize(names, Json),
            SearchText = string.Join('|', entry.Names.Select(n => Fold(n.FullName)).Concat(entry.Documents.Select(d => Fold(d.Number)))),
            BirthDates = JsonSerializer.Serialize(entry.BirthDates, Json),
            Nationalities = JsonSerializer.Serialize(entry.Nationalities, Json),
            Sex = entry.Sex is { Length: > 0 } sex ? sex[..1] : null,
            Documents = JsonSerializer.Serialize(entry.Documents.Select(d => new StoredDocument(d.Type, d.Number, d.IssuingCountry, d.Note)), Json),
            Reason = entry.Reason,
            ListedOn = entry.ListedOn,
            Remarks = entry.Remarks,
            Details = JsonSerializer.Serialize(new StoredEntryDetails(entry.PlacesOfBirth, [.. entry.Addresses.Select(Address)]), Json),
            ContentHash = contentHash,
        };
    }

    /// <summary>SHA-256 of everything the list says about the entry: equal hashes, unchanged entry.</summary>
    internal static string ContentHash(WatchlistEntry entry) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(entry, Json)));

    /// <summary>Upper case without diacritics: what the simple search compares ("Petrović" and "PETROVIC" alike).</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(c);
            }
        }

        return kept.ToString().Normalize(NormalizationForm.FormC).ToUpperInvariant();
    }

    private static string Address(WatchlistAddress a) =>
        string.Join(", ", new[] { a.Street, a.City, a.Region, a.PostalCode, a.Country, a.Note }.Where(x => !string.IsNullOrWhiteSpace(x)));

    private static T? Read<T>(string json)
        where T : class => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<T>(json, Json);

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
