using System.Globalization;

namespace Portcullis.Formats.Cargo;

/// <summary>
/// An air waybill number: the airline's 3-digit prefix and an 8-digit serial whose last digit is the
/// first seven taken as a number modulo 7 (IATA Resolution 600a). Accepted as "115-12345675",
/// "11512345675" or "115 1234 5675"; normalized to "PPP-SSSSSSSS".
/// </summary>
public sealed record AirWaybillNumber(string Prefix, string Serial)
{
    public override string ToString() => Prefix + "-" + Serial;

    /// <summary>The check digit the first seven digits of the serial call for.</summary>
    public int ExpectedCheckDigit => (int)(long.Parse(Serial.AsSpan(0, 7), NumberStyles.None, CultureInfo.InvariantCulture) % 7);

    public bool CheckDigitValid => Serial[7] - '0' == ExpectedCheckDigit;

    /// <summary>Reads a number: 11 digits once hyphens and spaces are dropped. Null when it is not one.</summary>
    public static AirWaybillNumber? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        Span<char> digits = stackalloc char[11];
        var count = 0;
        foreach (var c in text.AsSpan().Trim())
        {
            if (c is '-' or ' ')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c) || count == 11)
            {
                return null;
            }

            digits[count++] = c;
        }

        return count == 11 ? new AirWaybillNumber(new string(digits[..3]), new string(digits[3..])) : null;
    }

    /// <summary>
    /// Sets the consignment's number from the text: normalized and check-digit validated when it is an
    /// AWB number (a wrong check digit is a warning), kept as sent otherwise (a warning says so).
    /// </summary>
    public static void Apply(Consignment consignment, string? text, List<Diagnostic> diagnostics, int? line, string field)
    {
        var number = Normalize(text, diagnostics, line, field, out var valid);
        if (number is not null)
        {
            consignment.Number = number;
            consignment.NumberValid = valid;
        }
    }

    /// <summary>
    /// The number normalized ("PPP-SSSSSSSS") when it is an AWB number, with <paramref name="valid"/>
    /// saying whether its check digit holds (a warning when not); as sent otherwise, with a warning.
    /// </summary>
    public static string? Normalize(string? text, List<Diagnostic> diagnostics, int? line, string field, out bool? valid)
    {
        valid = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var number = TryParse(text);
        if (number is null)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.awb-number", $"'{text.Trim()}' is not an air waybill number (3-digit prefix and 8-digit serial)", Line: line, Field: field));
            return text.Trim();
        }

        valid = number.CheckDigitValid;
        if (!number.CheckDigitValid)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, "cargo.awb-check-digit",
                $"air waybill {number}: check digit {number.Serial[7]} is wrong, {number.Serial[..7]} modulo 7 gives {number.ExpectedCheckDigit.ToString(CultureInfo.InvariantCulture)}", Line: line, Field: field));
        }

        return number.ToString();
    }
}
