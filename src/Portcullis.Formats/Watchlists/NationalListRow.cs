namespace Portcullis.Formats.Watchlists;

/// <summary>One data row of a national list: its fields by column name, checked and made into an entry.</summary>
internal sealed class NationalListRow(CsvRecord record, int headerWidth, Dictionary<string, int> columns, List<Diagnostic> diagnostics)
{
    private static readonly Dictionary<string, WatchlistSubjectKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["person"] = WatchlistSubjectKind.Person,
        ["individual"] = WatchlistSubjectKind.Person,
        ["organisation"] = WatchlistSubjectKind.Organisation,
        ["organization"] = WatchlistSubjectKind.Organisation,
        ["entity"] = WatchlistSubjectKind.Organisation,
        ["vessel"] = WatchlistSubjectKind.Vessel,
        ["aircraft"] = WatchlistSubjectKind.Aircraft,
        ["document"] = WatchlistSubjectKind.Document,
        ["vehicle"] = WatchlistSubjectKind.Vehicle,
        ["container"] = WatchlistSubjectKind.Container,
    };

    private readonly CsvRecord _record = record;
    private readonly int _headerWidth = headerWidth;
    private readonly Dictionary<string, int> _columns = columns;
    private readonly List<Diagnostic> _diagnostics = diagnostics;

    /// <summary>The entry, or null (with an error) when a required value is missing or wrong.</summary>
    public WatchlistEntry? ToEntry()
    {
        if (_record.Fields.Count > _headerWidth)
        {
            Warn("national.extra-fields", null, $"{_record.Fields.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} fields, more than the header's columns; the extra ones are ignored");
        }

        var id = Value("id");
        var kindText = Value("kind");
        if (id is null || kindText is null)
        {
            return Fail(id is null ? "id" : "kind", "has no value; the row is not read");
        }

        if (!Kinds.TryGetValue(kindText, out var kind))
        {
            return Fail("kind", $"'{kindText}' is none of person, organisation, vessel, aircraft, document, vehicle, container; the row is not read");
        }

        var name = Value("name");
        var documentNumber = Value("document_number");
        if (kind == WatchlistSubjectKind.Document ? documentNumber is null : name is null)
        {
            return Fail(kind == WatchlistSubjectKind.Document ? "document_number" : "name", $"has no value, which a {kindText} row needs; the row is not read");
        }

        var entry = new WatchlistEntryBuilder(id, kind)
        {
            Reason = Value("reason"),
            ListedOn = ListedOn(),
            Sex = Sex(),
        };
        var given = Value("given_name");
        var family = Value("family_name");
        entry.AddName(name ?? JoinName(given, family), WatchlistNameQuality.Primary, given, family);
        AddNames(entry, "aliases", WatchlistNameQuality.Alias);
        AddNames(entry, "weak_aliases", WatchlistNameQuality.WeakAlias);
        entry.AddName(Value("original_script_name"), WatchlistNameQuality.OriginalScript);
        foreach (var date in Values("date_of_birth"))
        {
            if (PartialDates.TryParseIso(date, out var iso) && iso.Length == date.Length)
            {
                entry.AddBirthDate(iso);
            }
            else
            {
                Error("national.bad-date", "date_of_birth", $"date_of_birth '{date}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD); not read");
            }
        }

        foreach (var country in Values("nationality"))
        {
            entry.AddNationality(WatchlistCountries.ResolveOrKeep(Code(country), _diagnostics, $"{id}: nationality", _record.Line, "nationality"));
        }

        entry.AddPlaceOfBirth(Value("place_of_birth"));
        if (documentNumber is not null)
        {
            var country = Value("document_country") is { } issuer
                ? WatchlistCountries.ResolveOrKeep(Code(issuer), _diagnostics, $"{id}: document_country", _record.Line, "document_country")
                : null;
            entry.AddDocument(new WatchlistDocumentRef(Value("document_type") ?? "Document", documentNumber, country, null));
        }

        if (Value("address") is { } address)
        {
            entry.AddAddress(new WatchlistAddress(address, null, null, null, null, null));
        }

        entry.AddRemark(Value("remarks"));
        return entry.Build();
    }

    private DateOnly? ListedOn()
    {
        var text = Value("listed_on");
        if (text is null)
        {
            return null;
        }

        if (text.Length == 10 && PartialDates.ParseDay(text) is { } day)
        {
            return day;
        }

        Error("national.bad-date", "listed_on", $"listed_on '{text}' is not a date (YYYY-MM-DD); not read");
        return null;
    }

    private string? Sex()
    {
        var text = Value("sex");
        switch (text?.ToUpperInvariant())
        {
            case null:
                return null;
            case "M" or "MALE":
                return "M";
            case "F" or "FEMALE":
                return "F";
            default:
                Warn("national.bad-sex", "sex", $"'{text}' is neither M nor F; read as unknown");
                return null;
        }
    }

    private void AddNames(WatchlistEntryBuilder entry, string column, WatchlistNameQuality quality)
    {
        foreach (var alias in Values(column))
        {
            entry.AddName(alias, quality);
        }
    }

    /// <summary>A country code typed in small letters ("rs") is still a code; names are left alone.</summary>
    private static string Code(string country) =>
        country.Length is 2 or 3 && country.All(char.IsAsciiLetter) ? country.ToUpperInvariant() : country;

    private static string? JoinName(string? given, string? family) =>
        given is null && family is null ? null : string.Join(' ', new[] { given, family }.OfType<string>());

    private string? Value(string column) =>
        _columns.TryGetValue(column, out var index) && index < _record.Fields.Count
            ? WatchlistEntryBuilder.Clean(_record.Fields[index])
            : null;

    private string[] Values(string column) =>
        Value(column)?.Split(NationalListCsvReader.ValueSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

    private WatchlistEntry? Fail(string column, string message)
    {
        Error("national.missing-value", column, $"{column} {message}");
        return null;
    }

    private void Error(string code, string column, string message) =>
        _diagnostics.Add(new Diagnostic(Severity.Error, code, message, Line: _record.Line, Field: column));

    private void Warn(string code, string? column, string message) =>
        _diagnostics.Add(new Diagnostic(Severity.Warning, code, message, Line: _record.Line, Field: column));
}
