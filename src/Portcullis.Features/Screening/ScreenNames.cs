using Portcullis.Formats;
using Portcullis.Formats.Watchlists;
using Portcullis.Matching;
using Portcullis.Matching.Evidence;
using Portcullis.Matching.Screening;

namespace Portcullis.Features.Screening;

/// <summary>
/// Screens a CSV of names (columns <c>id,name</c>, optionally <c>dateOfBirth,nationality,documentNumber</c>)
/// against list files, without a database: the engine of <c>portcullis screen</c>. Rows are screened in
/// parallel; hits come back in the order of the rows.
/// </summary>
public static class ScreenNames
{
    /// <summary>One hit: the screened row, the entry it matched, the list it is on, and the result.</summary>
    public sealed record Hit(string RowId, string Name, string List, MatchResult Result);

    /// <summary>A row of the names file.</summary>
    public sealed record Row(int Line, string Id, ScreeningQuery Query);

    /// <summary>Builds one index over the lists (each entry tagged with its file name).</summary>
    public static ScreeningIndex BuildIndex(IEnumerable<string> listPaths)
    {
        var entries = new List<ScreeningEntry>();
        foreach (var path in listPaths)
        {
            var document = WatchlistFiles.Read(path);
            var errors = document.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            if (errors.Count > 0)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}: {errors[0]}");
            }

            entries.AddRange(ScreeningEntries.From(document, Path.GetFileName(path)));
        }

        return ScreeningIndex.Build(entries);
    }

    /// <summary>Reads the names file; a row without a name or with a bad date is an error naming its line.</summary>
    public static IReadOnlyList<Row> ReadRows(Stream stream, string fileLabel)
    {
        var diagnostics = new List<Diagnostic>();
        using var text = new StreamReader(stream);
        var records = new CsvRecordReader(text, diagnostics, fileLabel).ReadAll().ToList();
        if (records.Count == 0)
        {
            throw new InvalidDataException($"{fileLabel}: empty file; expected a header row id,name[,dateOfBirth,nationality,documentNumber]");
        }

        var header = records[0].Fields.Select(f => f.Trim()).ToList();
        int Column(string name) => header.FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        var (id, name, dob, nationality, document) = (Column("id"), Column("name"), Column("dateOfBirth"), Column("nationality"), Column("documentNumber"));
        if (id < 0 || name < 0)
        {
            throw new InvalidDataException($"{fileLabel}: line 1: the header must have the columns id and name (found: {string.Join(",", header)})");
        }

        var rows = new List<Row>(records.Count - 1);
        foreach (var record in records.Skip(1))
        {
            string? Field(int column) => column >= 0 && column < record.Fields.Count && record.Fields[column].Trim().Length > 0 ? record.Fields[column].Trim() : null;
            var birth = Field(dob);
            PartialDate? date = birth is null ? null : PartialDate.Parse(birth) ?? throw new InvalidDataException($"{fileLabel}: line {record.Line}, dateOfBirth: \"{birth}\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
            var query = new ScreeningQuery(
                Field(name) ?? string.Empty,
                SubjectKind.Unknown,
                date,
                Field(nationality) is { } n ? [n.ToUpperInvariant()] : null,
                DocumentNumber: Field(document));
            if (query.Name.Length == 0 && query.DocumentNumber is null)
            {
                throw new InvalidDataException($"{fileLabel}: line {record.Line}: neither a name nor a document number");
            }

            rows.Add(new Row(record.Line, Field(id) ?? string.Empty, query));
        }

        return rows;
    }

    /// <summary>Screens every row; the hits of each row best first.</summary>
    public static IReadOnlyList<Hit> Screen(ScreeningIndex index, IReadOnlyList<Row> rows, float threshold = MatchThreshold.Default)
    {
        var perRow = new IReadOnlyList<MatchResult>[rows.Count];
        Parallel.For(0, rows.Count, i => perRow[i] = index.Screen(rows[i].Query, threshold));
        var hits = new List<Hit>();
        for (var i = 0; i < rows.Count; i++)
        {
            hits.AddRange(perRow[i].Select(r => new Hit(rows[i].Id, rows[i].Query.Name, r.Entry.Tag as string ?? string.Empty, r)));
        }

        return hits;
    }
}
