using System.Globalization;

namespace Portcullis.Formats.Cargo;

/// <summary>
/// IMO ship identification numbers: 7 digits, the last a check digit (the first six times 7, 6, 5, 4,
/// 3, 2, summed, mod 10). The number stays with a hull for life, unlike its name, flag and call sign.
/// </summary>
public static class ImoNumber
{
    /// <summary>The digits without an "IMO" prefix or spaces, upper case; null stays null.</summary>
    public static string? Normalize(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        var text = string.Concat(raw.Where(c => c is not (' ' or '-' or '\t'))).ToUpperInvariant();
        return text.StartsWith("IMO", StringComparison.Ordinal) ? text[3..] : text;
    }

    public static bool IsWellFormed(string? normalized) => normalized is { Length: 7 } n && n.All(char.IsAsciiDigit);

    /// <summary>The check digit the first six digits call for; null when it is not 7 digits.</summary>
    public static int? ExpectedCheckDigit(string normalized)
    {
        if (!IsWellFormed(normalized))
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 6; i++)
        {
            sum += (normalized[i] - '0') * (7 - i);
        }

        return sum % 10;
    }

    public static bool IsValid(string? raw)
    {
        var n = Normalize(raw);
        return n is not null && ExpectedCheckDigit(n) is { } expected && n[6] - '0' == expected;
    }

    /// <summary>Null when the number is right; otherwise a warning placed by <paramref name="at"/>.</summary>
    public static Diagnostic? Check(string normalized, Func<Severity, string, string, Diagnostic> at)
    {
        if (ExpectedCheckDigit(normalized) is not { } expected)
        {
            return at(Severity.Warning, "cargo.imo-number", $"IMO number '{normalized}' is not 7 digits");
        }

        return normalized[6] - '0' == expected
            ? null
            : at(Severity.Warning, "cargo.imo-check-digit", $"IMO number {normalized} has check digit {normalized[6]}; the first six digits give {expected.ToString(CultureInfo.InvariantCulture)}");
    }
}
