using System.Text;

namespace Portcullis.Matching.Tests.Text;

/// <summary>The labelled sets of testdata/matching.</summary>
internal static class MatchingTestData
{
    public static string Folder { get; } = RepositoryFolders.TestData("matching");

    /// <summary>The rows of a CSV file with a header, as name-to-value maps (RFC 4180 quoting).</summary>
    public static List<Dictionary<string, string>> ReadCsv(string relativePath)
    {
        var records = ParseCsv(File.ReadAllText(Path.Combine(Folder, relativePath), Encoding.UTF8));
        var header = records[0];
        return [.. records.Skip(1)
            .Where(r => r.Count == header.Count)
            .Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))];
    }

    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                record.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                records.Add(record);
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}
