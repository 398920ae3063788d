using System.Text;

namespace Portcullis.Domain.Reference;

/// <summary>
/// Reads RFC 4180 CSV (quoted fields, doubled quotes, commas and line breaks inside quotes) into
/// rows keyed by the header. Small on purpose: the reference files are a few hundred rows.
/// </summary>
internal static class CsvRecords
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(TextReader reader, string source)
    {
        using var rows = ReadRows(reader).GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new InvalidDataException($"{source}: the file is empty, a header row was expected.");
        }

        var header = rows.Current;
        var line = 1;
        while (rows.MoveNext())
        {
            line++;
            var fields = rows.Current;
            if (fields.Count != header.Count)
            {
                throw new InvalidDataException(
                    $"{source}, row {line}: {fields.Count} fields, but the header has {header.Count}.");
            }

            var record = new Dictionary<string, string>(header.Count, StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                record[header[i]] = fields[i];
            }

            yield return record;
        }
    }

    private static IEnumerable<List<string>> ReadRows(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var rowHasContent = false;
        int next;
        while ((next = reader.Read()) != -1)
        {
            var c = (char)next;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inQuotes = true;
                    rowHasContent = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    rowHasContent = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (rowHasContent || field.Length > 0)
                    {
                        fields.Add(field.ToString());
                        yield return fields;
                    }

                    fields = [];
                    field.Clear();
                    rowHasContent = false;
                    break;
                default:
                    field.Append(c);
                    rowHasContent = true;
                    break;
            }
        }

        if (rowHasContent || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }
}
