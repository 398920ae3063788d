using System.Text;

namespace Portcullis.Commands;

/// <summary>Left-aligned columns for a terminal, two spaces apart.</summary>
internal static class TextTable
{
    public static void Write(TextWriter output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = new List<IReadOnlyList<string>> { headers };
        all.AddRange(rows);
        var widths = headers.Select((_, column) => all.Max(row => row[column].Length)).ToArray();
        foreach (var row in all)
        {
            var line = new StringBuilder();
            for (var column = 0; column < row.Count; column++)
            {
                line.Append(column == row.Count - 1 ? row[column] : row[column].PadRight(widths[column] + 2));
            }

            output.WriteLine(line.ToString().TrimEnd());
        }
    }
}
