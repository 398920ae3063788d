using System.Text;

namespace Portcullis.Formats.Watchlists;

/// <summary>
/// Reads a national list written in Portcullis's CSV template (docs/formats/watchlists.md): a header
/// row naming the columns, then one entry a row. The same template carries lists of lost and stolen
/// travel documents: rows of kind "document" with a document number and no name.
/// </summary>
public static class NationalListCsvReader
{
    public const string DefaultSource = "national";

    /// <summary>Separates several values in one field (aliases, dates of birth, nationalities).</summary>
    public const char ValueSeparator = '|';

    /// <summary>The template's columns; only id and kind must be there, and name or document_number.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "kind", "name", "given_name", "family_name", "aliases", "weak_aliases", "original_script_name",
        "date_of_birth", "place_of_birth", "nationality", "sex", "document_type", "document_number",
        "document_country", "address", "reason", "listed_on", "remarks",
    ];

    private static readonly string[] RequiredColumns = ["id", "kind"];

    public static WatchlistDocument Read(Stream stream, string source = DefaultSource)
    {
        var diagnostics = new List<Diagnostic>();
        var entries = new List<WatchlistEntry>();
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var csv = new CsvRecordReader(text, diagnostics, "list");
        var header = csv.Read();
        if (header is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, "national.empty", "the file is empty: a header row is required", Line: 1));
            return new WatchlistDocument(source, null, entries, diagnostics);
        }

        var columns = ReadHeader(header, diagnostics);
        if (columns is null)
        {
            return new WatchlistDocument(source, null, entries, diagnostics);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in csv.ReadAll())
        {
            if (record.Damaged)
            {
                continue;
            }

            var row = new NationalListRow(record, header.Fields.Count, columns, diagnostics);
            if (row.ToEntry() is { } entry)
            {
                if (!seen.Add(entry.ExternalId))
                {
                    diagnostics.Add(new Diagnostic(Severity.Warning, "national.duplicate-id", $"id {entry.ExternalId} appears again; both rows are kept", Line: record.Line, Field: "id"));
                }

                entries.Add(entry);
            }
        }

        return new WatchlistDocument(source, null, entries, diagnostics);
    }

    /// <summary>The header's columns by name, or null when a required one is missing (nothing can be read then).</summary>
    private static Dictionary<string, int>? ReadHeader(CsvRecord header, List<Diagnostic> diagnostics)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim().TrimStart('\uFEFF').ToLowerInvariant();
            if (!Columns.Contains(name, StringComparer.Ordinal))
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, "national.unknown-column", $"column '{name}' is not in the template; ignored", Line: header.Line, Field: name));
            }
            else if (!columns.TryAdd(name, i))
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, "national.duplicate-column", $"column '{name}' appears twice; the first is read", Line: header.Line, Field: name));
            }
        }

        var missing = RequiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (!columns.ContainsKey("name") && !columns.ContainsKey("document_number"))
        {
            missing.Add("name");
        }

        foreach (var column in missing)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, "national.missing-column", $"the header has no '{column}' column; no row can be read", Line: header.Line, Field: column));
        }

        return missing.Count == 0 ? columns : null;
    }
}
