using System.Text;

namespace Portcullis.Formats.Cargo;

/// <summary>What a received file is, told from its first bytes, so one door (parse, ingest) serves passenger and cargo data.</summary>
public enum CargoFormat
{
    /// <summary>Not cargo data: passenger data (PAXLST, PNRGOV, their JSON) or unreadable.</summary>
    None,
    Cuscar,
    CargoXml,
    CargoImp,
    Csv,
    Json,
}

/// <summary>
/// Sniffs a file's first 8 KB: EDIFACT whose message type is CUSCAR, XML (only cargo arrives as XML),
/// Cargo-IMP text whose first message line is FWB or FHL, the CSV manifest template's header (a bl_number column), or JSON
/// in the cargo shape (a "consignments" property). Reads from a seekable stream and puts it back.
/// </summary>
public static class CargoFileKind
{
    private const int Window = 8192;

    public static CargoFormat Detect(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            throw new ArgumentException("the stream must be seekable to be sniffed", nameof(stream));
        }

        var start = stream.Position;
        var buffer = new byte[Window];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0)
        {
            read += n;
        }

        stream.Position = start;
        return Detect(Encoding.UTF8.GetString(buffer, 0, read).TrimStart('\uFEFF', ' ', '\t', '\r', '\n'));
    }

    internal static CargoFormat Detect(string head)
    {
        if (head.StartsWith("UNA", StringComparison.Ordinal) || head.StartsWith("UNB", StringComparison.Ordinal) || head.StartsWith("UNH", StringComparison.Ordinal))
        {
            return head.Contains("CUSCAR:", StringComparison.Ordinal) ? CargoFormat.Cuscar : CargoFormat.None;
        }

        if (head.StartsWith('<'))
        {
            return CargoFormat.CargoXml;
        }

        if (head.StartsWith('{'))
        {
            return head.Contains("\"consignments\"", StringComparison.Ordinal) ? CargoFormat.Json : CargoFormat.None;
        }

        var firstLine = head.Split('\n', 2)[0].Trim();
        if (firstLine.StartsWith("FWB/", StringComparison.Ordinal) || firstLine.StartsWith("FHL/", StringComparison.Ordinal) || ImpAfterAddressing(head))
        {
            return CargoFormat.CargoImp;
        }

        // The template's header names its columns; bl_number is the one every manifest row has (docs/formats/cargo-csv.md).
        return firstLine.Split(',', ';').Any(c => string.Equals(c.Trim().Trim('"'), "bl_number", StringComparison.OrdinalIgnoreCase)) ? CargoFormat.Csv : CargoFormat.None;
    }

    /// <summary>Cargo-IMP sent over Type B has address lines (QK, a dot line) before the message line.</summary>
    private static bool ImpAfterAddressing(string head) =>
        head.Split('\n').Take(6).Any(line => line.TrimStart().StartsWith("FWB/", StringComparison.Ordinal) || line.TrimStart().StartsWith("FHL/", StringComparison.Ordinal));
}
