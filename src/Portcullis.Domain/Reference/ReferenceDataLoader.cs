using System.Globalization;
using System.Text.Json;

namespace Portcullis.Domain.Reference;

/// <summary>
/// Loads the reference files embedded in this assembly (see <c>Reference/Data/README.md</c>) and
/// checks that they agree with each other, so that a bad edit fails the first test, not a user.
/// </summary>
public static class ReferenceDataLoader
{
    private const string ResourcePrefix = "Portcullis.Reference.";

    public static ReferenceCatalog LoadEmbedded()
    {
        var countries = ReadCsv("countries.csv", r => new Country(r["alpha2"], r["alpha3"], r["numeric"], r["name"]));
        var jurisdictions = ReadJurisdictions();
        var locations = ReadCsv("locations.csv", r => new Location(
            r["code"],
            Enum.Parse<LocationKind>(r["kind"]),
            r["name"],
            r["localName"],
            new JurisdictionCode(r["jurisdiction"]),
            r["unlocode"],
            NullIfEmpty(r["iata"]),
            NullIfEmpty(r["icao"]),
            r["timeZone"]));
        var kosovoPlaces = ReadCsv("kosovo-unlocodes.csv", r => r["unlocode"]);
        var agencies = ReadCsv("agencies.csv", r => new Agency(
            r["code"],
            new JurisdictionCode(r["jurisdiction"]),
            Enum.Parse<AgencyKind>(r["kind"]),
            r["name"],
            new LocalName(r["language"], r["localName"])));
        var units = ReadCsv("units.csv", r => new Unit(
            new UnitCode(r["code"]),
            Enum.Parse<UnitKind>(r["kind"]),
            r["name"],
            r["location"],
            new UnitCode(r["code"]).Jurisdiction,
            r["agencies"].Split(' ', StringSplitOptions.RemoveEmptyEntries)));

        return new ReferenceCatalog(countries, jurisdictions, locations, kosovoPlaces, agencies, units);
    }

    /// <summary>The world's airports (<c>airports/airports.csv</c>, derived from OpenFlights: see its README).</summary>
    public static List<Airport> LoadAirports() =>
        ReadCsv("airports.csv", r => new Airport(
            Code(r["iata"], 3, "iata", digits: true),
            Code(r["country"], 2, "country", digits: false),
            NullIfEmpty(r["timeZone"])));

    /// <summary>The 21 HS sections (<c>hs/hs-sections.csv</c>, PDDL: see its README).</summary>
    public static List<HsSection> LoadHsSections() =>
        ReadCsv("hs-sections.csv", r => new HsSection(r["section"], r["name"]));

    /// <summary>
    /// HS 2022 chapters, headings and subheadings (<c>hs/hs2022.csv</c>). The source's TOTAL rows (99,
    /// 9999, 999999: UN Comtrade's "not specified according to kind") are not HS codes and are left out.
    /// </summary>
    public static List<HsEntry> LoadHsEntries() =>
        ReadCsv<HsEntry?>("hs2022.csv", r => r["section"] == "TOTAL" ? null : new HsEntry(r["hscode"], r["description"].Trim(), r["section"]))
            .OfType<HsEntry>()
            .ToList();

    /// <summary>Ports and airports of the region and its neighbours (<c>unlocode/unlocodes.csv</c>: see its README).</summary>
    public static List<UnLocodePlace> LoadUnLocodes() =>
        ReadCsv("unlocodes.csv", r => new UnLocodePlace(
            Code(r["unlocode"], 5, "unlocode", digits: true),
            r["name"],
            Code(r["country"], 2, "country", digits: false),
            NullIfEmpty(r["subdivision"]),
            UnLocodeFunctionCodes(r["function"]),
            r["status"],
            NullIfEmpty(r["iata"])));

    /// <summary>"1234----" to flags: each position holds its digit or '-'; B marks a former border crossing.</summary>
    private static UnLocodeFunctions UnLocodeFunctionCodes(string value)
    {
        var functions = UnLocodeFunctions.None;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == 'B')
            {
                functions |= UnLocodeFunctions.Border;
            }
            else if (c != '-' && c != '0')
            {
                functions |= c >= '1' && c <= '8' && c - '1' == i
                    ? (UnLocodeFunctions)(1 << i)
                    : throw new ArgumentException($"function '{value}': '{c}' is out of place.");
            }
        }

        return functions;
    }

    /// <summary>AWB prefixes of the region's cargo carriers (<c>airlines/airline-prefixes.csv</c>: see its README).</summary>
    public static List<AirlinePrefix> LoadAirlinePrefixes() =>
        ReadCsv("airline-prefixes.csv", r => new AirlinePrefix(
            r["prefix"].Length == 3 && r["prefix"].All(char.IsAsciiDigit) ? r["prefix"] : throw new ArgumentException($"prefix '{r["prefix"]}' is not three digits."),
            r["carrier"]));

    /// <summary>A code of capital letters (and digits where allowed: a few small airports have codes like DU9).</summary>
    private static string Code(string value, int length, string column, bool digits) =>
        value.Length == length && value.All(c => char.IsAsciiLetterUpper(c) || (digits && char.IsAsciiDigit(c)))
            ? value
            : throw new ArgumentException($"{column} '{value}' is not {length.ToString(CultureInfo.InvariantCulture)} capital letters{(digits ? " or digits" : "")}.");

    private static List<T> ReadCsv<T>(string file, Func<IReadOnlyDictionary<string, string>, T> map)
    {
        using var reader = new StreamReader(OpenResource(file));
        var result = new List<T>();
        var row = 1;
        foreach (var record in CsvRecords.Read(reader, file))
        {
            row++;
            try
            {
                result.Add(map(record));
            }
            catch (Exception e) when (e is ArgumentException or KeyNotFoundException)
            {
                throw new InvalidDataException(
                    string.Create(CultureInfo.InvariantCulture, $"{file}, row {row}: {e.Message}"), e);
            }
        }

        return result;
    }

    private static List<Jurisdiction> ReadJurisdictions()
    {
        using var stream = OpenResource("jurisdictions.json");
        var rows = JsonSerializer.Deserialize<List<JurisdictionRow>>(stream, JsonOptions)
            ?? throw new InvalidDataException("jurisdictions.json: empty.");
        return rows
            .Select(r => new Jurisdiction(
                new JurisdictionCode(r.Code),
                r.Alpha3,
                r.DocumentCodes,
                r.Name,
                r.LocalNames.Select(n => new LocalName(n.Language, n.Name)).ToList(),
                r.Unscr1244))
            .ToList();
    }

    private static Stream OpenResource(string file) =>
        typeof(ReferenceDataLoader).Assembly.GetManifestResourceStream(ResourcePrefix + file)
        ?? throw new InvalidOperationException($"The reference file {file} is not embedded in Portcullis.Domain.");

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record JurisdictionRow(
        string Code,
        string Alpha3,
        List<string> DocumentCodes,
        string Name,
        List<LocalNameRow> LocalNames,
        bool Unscr1244);

    private sealed record LocalNameRow(string Language, string Name);
}
