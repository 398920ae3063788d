using System.Globalization;
using System.Text;

namespace Portcullis.Formats.Watchlists;

/// <summary>
/// Reads OFAC's SDN list in its legacy CSV files: sdn.csv (one row an entry), and optionally alt.csv
/// (aliases) and add.csv (addresses), joined on ent_num. The files have no header row; "-0- " stands
/// for an empty value. Also reads the shorter variant with a header row (ent_num,sdn_name,sdn_type,
/// program,remarks), matching columns by name. A bad row is reported with its line and skipped.
/// </summary>
public static class OfacSdnReader
{
    public const string Source = "OFAC-SDN";

    /// <summary>sdn.csv's columns in order, as the header-row variant names them.</summary>
    private static readonly string[] SdnColumns =
        ["ent_num", "sdn_name", "sdn_type", "program", "title", "call_sign", "vess_type", "tonnage", "grt", "vess_flag", "vess_owner", "remarks"];

    private static readonly (string Column, string Label)[] VesselColumns =
        [("call_sign", "Call sign"), ("vess_type", "Vessel type"), ("tonnage", "Tonnage"), ("grt", "GRT"), ("vess_flag", "Flag"), ("vess_owner", "Owner")];

    public static WatchlistDocument Read(Stream sdn, Stream? alt = null, Stream? add = null)
    {
        var diagnostics = new List<Diagnostic>();
        var aliases = alt is null ? [] : ReadAliases(alt, diagnostics);
        var addresses = add is null ? [] : ReadAddresses(add, diagnostics);
        var entries = new List<WatchlistEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        using var text = new StreamReader(sdn, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var csv = new CsvRecordReader(text, diagnostics, "sdn.csv");
        Dictionary<string, int>? columns = null;
        var first = true;
        foreach (var record in csv.ReadAll())
        {
            if (first)
            {
                first = false;
                if (string.Equals(record.Fields[0].Trim().TrimStart('\uFEFF'), "ent_num", StringComparison.OrdinalIgnoreCase))
                {
                    columns = HeaderColumns(record, diagnostics);
                    continue;
                }
            }

            if (ReadEntry(record, columns, aliases, addresses, diagnostics) is { } entry)
            {
                if (!seen.Add(entry.ExternalId))
                {
                    diagnostics.Add(new Diagnostic(Severity.Warning, "ofac.duplicate", $"sdn.csv: ent_num {entry.ExternalId} appears again; both are kept", Line: record.Line, Field: "ent_num"));
                }

                entries.Add(entry);
            }
        }

        ReportOrphans(aliases, "alt.csv", seen, diagnostics);
        ReportOrphans(addresses, "add.csv", seen, diagnostics);
        return new WatchlistDocument(Source, null, entries, diagnostics);
    }

    /// <summary>Whether a record looks like a row of sdn.csv without a header: a number, a name, and twelve fields.</summary>
    internal static bool LooksLikeSdnRow(IReadOnlyList<string> fields) =>
        fields.Count == SdnColumns.Length && int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out _);

    private static Dictionary<string, int> HeaderColumns(CsvRecord header, List<Diagnostic> diagnostics)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim().TrimStart('\uFEFF');
            if (!SdnColumns.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, "ofac.unknown-column", $"sdn.csv: column '{name}' is not an SDN column; ignored", Line: header.Line, Field: name));
            }
            else if (!columns.TryAdd(name, i))
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, "ofac.duplicate-column", $"sdn.csv: column '{name}' appears twice; the first is read", Line: header.Line, Field: name));
            }
        }

        foreach (var required in SdnColumns[..3].Where(c => !columns.ContainsKey(c)))
        {
            diagnostics.Add(new Diagnostic(Severity.Error, "ofac.missing-column", $"sdn.csv: the header has no {required} column; no row can be read", Line: header.Line, Field: required));
        }

        return columns;
    }

    private static WatchlistEntry? ReadEntry(
        CsvRecord record, Dictionary<string, int>? columns, Dictionary<string, List<CsvRecord>> aliases,
        Dictionary<string, List<CsvRecord>> addresses, List<Diagnostic> diagnostics)
    {
        if (record.Damaged)
        {
            return null;
        }

        var expected = columns?.Values.DefaultIfEmpty(-1).Max() + 1 ?? SdnColumns.Length;
        if (columns is null ? record.Fields.Count != SdnColumns.Length : record.Fields.Count < expected)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, "ofac.columns",
                $"sdn.csv: {record.Fields.Count.ToString(CultureInfo.InvariantCulture)} fields where {expected.ToString(CultureInfo.InvariantCulture)} are expected; row not read", Line: record.Line));
            return null;
        }

        string? Field(string column) =>
            columns is null ? Value(record.Fields[Array.IndexOf(SdnColumns, column)])
            : columns.TryGetValue(column, out var index) ? Value(record.Fields[index]) : null;

        var id = Field("ent_num");
        var name = Field("sdn_name");
        if (id is null || name is null)
        {
            var missing = id is null ? "ent_num" : "sdn_name";
            diagnostics.Add(new Diagnostic(Severity.Error, "ofac.missing-value", $"sdn.csv: no {missing}; row not read", Line: record.Line, Field: missing));
            return null;
        }

        var kind = Kind(Field("sdn_type"));
        if (kind is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, "ofac.unknown-type", $"sdn.csv: {id}: SDN type '{Field("sdn_type")}' is none of individual, vessel, aircraft or -0- (entity); row not read", Line: record.Line, Field: "sdn_type"));
            return null;
        }

        var entry = new WatchlistEntryBuilder(id, kind.Value) { Reason = Field("program")?.Replace("] [", ", ", StringComparison.Ordinal) };
        AddName(entry, name, WatchlistNameQuality.Primary);
        foreach (var alias in aliases.GetValueOrDefault(id) ?? [])
        {
            AddName(entry, Value(alias.Fields[3]), WatchlistNameQuality.Alias);
            entry.AddRemark(Value(alias.Fields[4]) is { } note ? $"{Value(alias.Fields[3])}: {note}" : null);
        }

        if (Field("title") is { } title)
        {
            entry.AddRemark($"Title: {title}");
        }

        foreach (var (column, label) in VesselColumns)
        {
            if (Field(column) is { } value)
            {
                entry.AddRemark($"{label}: {value}");
            }
        }

        if (Field("remarks") is { } remarks)
        {
            OfacRemarks.Apply(remarks, entry, diagnostics, record.Line);
        }

        foreach (var address in addresses.GetValueOrDefault(id) ?? [])
        {
            var country = Value(address.Fields[4]);
            var read = new WatchlistAddress(
                Value(address.Fields[2]), Value(address.Fields[3]), null, null,
                country is null ? null : WatchlistCountries.Resolve(country) ?? country,
                Value(address.Fields[5]));
            if (read.ToString().Length > 0)
            {
                entry.AddAddress(read);
            }
        }

        return entry.Build();
    }

    /// <summary>
    /// An individual's name is "FAMILY, Given Names": the full name is written given names first. A
    /// name without the comma, and every other kind's name, is kept whole.
    /// </summary>
    private static void AddName(WatchlistEntryBuilder entry, string? name, WatchlistNameQuality quality)
    {
        var comma = name?.IndexOf(',', StringComparison.Ordinal) ?? -1;
        if (entry.Kind != WatchlistSubjectKind.Person || comma <= 0)
        {
            entry.AddName(name, quality);
            return;
        }

        var family = WatchlistEntryBuilder.Clean(name![..comma]);
        var given = WatchlistEntryBuilder.Clean(name[(comma + 1)..]);
        entry.AddName(given is null ? family : $"{given} {family}", quality, given, family);
    }

    private static WatchlistSubjectKind? Kind(string? type) => type?.ToUpperInvariant() switch
    {
        null => WatchlistSubjectKind.Organisation,
        "INDIVIDUAL" => WatchlistSubjectKind.Person,
        "VESSEL" => WatchlistSubjectKind.Vessel,
        "AIRCRAFT" => WatchlistSubjectKind.Aircraft,
        "ENTITY" => WatchlistSubjectKind.Organisation,
        _ => null,
    };

    /// <summary>alt.csv: ent_num, alt_num, alt_type (aka, fka, nka), alt_name, alt_remarks.</summary>
    private static Dictionary<string, List<CsvRecord>> ReadAliases(Stream alt, List<Diagnostic> diagnostics) =>
        ReadLinked(alt, "alt.csv", 5, diagnostics);

    /// <summary>add.csv: ent_num, add_num, address, city/state/postal code, country, add_remarks.</summary>
    private static Dictionary<string, List<CsvRecord>> ReadAddresses(Stream add, List<Diagnostic> diagnostics) =>
        ReadLinked(add, "add.csv", 6, diagnostics);

    private static Dictionary<string, List<CsvRecord>> ReadLinked(Stream stream, string file, int fieldCount, List<Diagnostic> diagnostics)
    {
        var byEntity = new Dictionary<string, List<CsvRecord>>(StringComparer.Ordinal);
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        foreach (var record in new CsvRecordReader(text, diagnostics, file).ReadAll())
        {
            if (record.Damaged)
            {
                continue;
            }

            if (string.Equals(record.Fields[0].Trim().TrimStart('\uFEFF'), "ent_num", StringComparison.OrdinalIgnoreCase))
            {
                continue; // a header row, where someone added one
            }

            if (record.Fields.Count != fieldCount || Value(record.Fields[0]) is not { } id)
            {
                diagnostics.Add(new Diagnostic(Severity.Error, "ofac.columns",
                    $"{file}: {record.Fields.Count.ToString(CultureInfo.InvariantCulture)} fields where {fieldCount.ToString(CultureInfo.InvariantCulture)} are expected, or no ent_num; row not read", Line: record.Line));
                continue;
            }

            if (!byEntity.TryGetValue(id, out var rows))
            {
                rows = [];
                byEntity.Add(id, rows);
            }

            rows.Add(record);
        }

        return byEntity;
    }

    private static void ReportOrphans(Dictionary<string, List<CsvRecord>> linked, string file, HashSet<string> entities, List<Diagnostic> diagnostics)
    {
        foreach (var (id, rows) in linked.Where(l => !entities.Contains(l.Key)))
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, "ofac.orphan", $"{file}: ent_num {id} is not in sdn.csv; its {rows.Count.ToString(CultureInfo.InvariantCulture)} row(s) are ignored", Line: rows[0].Line, Field: "ent_num"));
        }
    }

    /// <summary>The field trimmed; null for OFAC's "-0-" and for nothing.</summary>
    private static string? Value(string field)
    {
        var value = field.Trim();
        return value.Length == 0 || value == "-0-" ? null : value;
    }
}
