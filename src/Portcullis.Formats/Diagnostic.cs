using System.Globalization;

namespace Portcullis.Formats;

/// <summary>How bad a diagnostic is. An error means something was not read; a warning means it was read but is suspect.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// One problem found in a message, placed precisely enough to find it in the raw bytes: the segment's
/// position in the file (1-based), its tag and the byte offset where it starts. Line-oriented files
/// (CSV, XML) are placed by their line (1-based) and the column or element the problem is in.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, int? Segment = null, string? Tag = null, long? Offset = null, int? Line = null, string? Field = null)
{
    public override string ToString()
    {
        var where = Segment is null ? "" : $"segment {Segment.Value.ToString(CultureInfo.InvariantCulture)} {Tag} at byte {Offset?.ToString(CultureInfo.InvariantCulture)}: ";
        if (Line is not null)
        {
            where += $"line {Line.Value.ToString(CultureInfo.InvariantCulture)}{(Field is null ? "" : $", {Field}")}: ";
        }

        return $"{(Severity == Severity.Error ? "error" : "warning")} {Code}: {where}{Message}";
    }
}
