namespace Portcullis.Formats.CargoImp;

/// <summary>
/// One line of a Cargo-IMP message with the continuation lines (those starting with a slant) that belong
/// to it: "SHP/ACC" followed by "/NAM/...", "/ADR/..." is one <see cref="ImpLine"/> with four parts.
/// Each part keeps its 1-based line number so that diagnostics place problems on the line sent.
/// </summary>
internal sealed class ImpLine(string tag, int number, string text)
{
    /// <summary>The three-letter identifier ("SHP", "RTD"...), or "AWB" for the waybill line that starts with the number.</summary>
    public string Tag { get; } = tag;

    public int Number { get; } = number;

    /// <summary>The line after its tag and first slant.</summary>
    public string Text { get; } = text;

    public List<(int Number, string Text)> Continuations { get; } = [];

    public string[] Fields => Text.Split('/');

    /// <summary>Splits the text into lines, grouping continuations under the line they continue.</summary>
    public static List<ImpLine> Split(IEnumerable<(int Number, string Text)> lines)
    {
        var result = new List<ImpLine>();
        foreach (var (number, text) in lines)
        {
            if (text.Length == 0)
            {
                continue;
            }

            if (text[0] == '/' && result.Count > 0)
            {
                result[^1].Continuations.Add((number, text[1..]));
                continue;
            }

            var slash = text.IndexOf('/', StringComparison.Ordinal);
            if (char.IsAsciiDigit(text[0]))
            {
                result.Add(new ImpLine("AWB", number, text));
            }
            else if (slash < 0)
            {
                result.Add(new ImpLine(text, number, ""));
            }
            else
            {
                result.Add(new ImpLine(text[..slash], number, text[(slash + 1)..]));
            }
        }

        return result;
    }
}
