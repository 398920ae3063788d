using System.Globalization;
using Portcullis.Domain.Reference;
using Portcullis.Formats.Cargo;
using Portcullis.Formats.Watchlists;

namespace Portcullis.Formats.CargoCsv;

/// <summary>
/// One data row of the CSV manifest template: its fields by column name, trimmed, and typed values
/// with a diagnostic (Line, Field) for each one that cannot be read. A bad value is left out, never thrown.
/// </summary>
internal sealed class CargoCsvRow(CsvRecord record, Dictionary<string, int> columns, List<Diagnostic> diagnostics)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

    public int Line => record.Line;

    /// <summary>The trimmed value of a column, or null when the column is absent or the field empty.</summary>
    public string? Text(string column)
    {
        if (!columns.TryGetValue(column, out var index) || index >= record.Fields.Count)
        {
            return null;
        }

        var value = record.Fields[index].Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>The '|'-separated values of a column, trimmed, empty ones dropped.</summary>
    public List<string> List(string column) =>
        Text(column)?.Split(CargoCsvColumns.ValueSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList() ?? [];

    /// <summary>A code upper-cased with spaces dropped ("al drz" gives ALDRZ).</summary>
    public string? Code(string column) => Text(column)?.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>
    /// A UN/LOCODE, warned when not five letters or digits. A port (<paramref name="port"/>) is also warned
    /// when unknown in a country the table covers; origins and places of delivery may be inland places,
    /// which the table does not hold.
    /// </summary>
    public string? Location(string column, bool port) => CheckLocation(Code(column), column, port);

    public List<string> Ports(string column) =>
        List(column).Select(v => CheckLocation(v.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant(), column, port: true)).OfType<string>().ToList();

    /// <summary>An ISO 3166 alpha-2 country as sent (upper case); warned when not two letters.</summary>
    public string? Country(string column)
    {
        var code = Code(column);
        if (code is not null && (code.Length != 2 || !code.All(char.IsAsciiLetterUpper)))
        {
            Warn("cargo-csv.bad-country", column, $"'{code}' is not an ISO 3166 alpha-2 country code; kept as sent");
        }

        return code;
    }

    public int? Integer(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error("cargo-csv.bad-number", column, $"'{text}' is not a whole number; not read");
        return null;
    }

    /// <summary>
    /// A decimal with a point. A decimal comma ("1250,5", as the region's spreadsheets write it) is read
    /// with a warning; thousands separators are not accepted, as "1,250" could be either.
    /// </summary>
    public decimal? Decimal(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return Bounded(value, text, column);
        }

        if (text.Count(c => c == ',') == 1 && !text.Contains('.', StringComparison.Ordinal)
            && decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            Warn("cargo-csv.decimal-comma", column, $"'{text}' has a decimal comma; read as {value.ToString(CultureInfo.InvariantCulture)}");
            return Bounded(value, text, column);
        }

        Error("cargo-csv.bad-number", column, $"'{text}' is not a number (digits and a decimal point); not read");
        return null;
    }

    // A number of 10^15 or more is no figure of a manifest (CargoUnits.Largest), and would overflow the sums.
    private decimal? Bounded(decimal value, string text, string column)
    {
        if (Math.Abs(value) < CargoUnits.Largest)
        {
            return value;
        }

        Error("cargo-csv.bad-number", column, $"'{text}' is 10^15 or more, no figure of a manifest; not read");
        return null;
    }

    /// <summary>A local date and time, ISO 8601 (2026-11-28, 2026-11-28T06:30 or with a space).</summary>
    public DateTime? DateTime(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        if (System.DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        Error("cargo-csv.bad-date", column, $"'{text}' is not a date (YYYY-MM-DD, optionally THH:MM); not read");
        return null;
    }

    /// <summary>The HS code as digits, warned when malformed (not read) or not an HS 2022 subheading (kept).</summary>
    public string? HsCode(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        var digits = HsNomenclature.DeclaredCode(text);
        if (digits is null)
        {
            Error("cargo-csv.bad-hs-code", column, $"'{text}' is not an HS code (6 to 10 digits); not read");
            return null;
        }

        if (!HsNomenclature.Default.IsKnown(digits))
        {
            Warn("cargo-csv.unknown-hs-code", column, $"{digits} is not under an HS 2022 subheading; kept as sent");
        }

        return digits;
    }

    public void Warn(string code, string? column, string message) =>
        diagnostics.Add(new Diagnostic(Severity.Warning, code, message, Line: record.Line, Field: column));

    public void Error(string code, string? column, string message) =>
        diagnostics.Add(new Diagnostic(Severity.Error, code, message, Line: record.Line, Field: column));

    private string? CheckLocation(string? code, string column, bool port)
    {
        if (code is null)
        {
            return null;
        }

        if (code.Length != 5 || !code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)) || !char.IsAsciiLetterUpper(code[0]) || !char.IsAsciiLetterUpper(code[1]))
        {
            Warn("cargo-csv.bad-locode", column, $"'{code}' is not a UN/LOCODE (country and three letters or digits); kept as sent");
        }
        else if (port && UnLocodes.Default.IsUnknownInCoveredCountry(code))
        {
            Warn("cargo-csv.unknown-locode", column, $"{code} is not a port or airport in UN/LOCODE; kept as sent");
        }

        return code;
    }
}
