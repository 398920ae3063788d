using System.Globalization;

namespace Portcullis.Formats.Cargo;

/// <summary>
/// ISO 6346 container numbers: owner code (3 letters), category (U, J, Z or R), 6-digit serial and a
/// check digit. Senders write them with spaces and hyphens ("MSKU 123456-5"); the normalized form has
/// neither. A wrong check digit is a typing error or a forged number: both worth a look at the border.
/// </summary>
public static class ContainerNumber
{
    /// <summary>Upper case, without spaces or hyphens; null stays null.</summary>
    public static string? Normalize(string? raw) =>
        raw is null ? null : string.Concat(raw.Where(c => c is not (' ' or '-' or '\t'))).ToUpperInvariant();

    /// <summary>
    /// True when the normalized text has the ISO 6346 shape: 4 letters and 7 digits, the 4th letter the
    /// equipment category U (freight container), J (detachable equipment) or Z (trailer, chassis). A
    /// reefer is a U container with a reefer size-type code: there is no R category.
    /// </summary>
    public static bool IsWellFormed(string? normalized) =>
        normalized is { Length: 11 } n &&
        n.Take(3).All(char.IsAsciiLetterUpper) && n[3] is 'U' or 'J' or 'Z' &&
        n.Skip(4).All(char.IsAsciiDigit);

    /// <summary>The check digit the first 10 characters call for; null when they are not a container number.</summary>
    public static int? ExpectedCheckDigit(string normalized)
    {
        if (!IsWellFormed(normalized))
        {
            return null;
        }

        // 10 cannot be written in one digit: ISO 6346 writes it as 0 (and advises owners not to issue such serials).
        return CheckSum(normalized) % 10;
    }

    /// <summary>ISO 6346's sum of the first ten characters (owner, category, serial), each worth its value times 2 to its position, modulo 11: 0 to 10.</summary>
    public static int CheckSum(string firstTen)
    {
        ArgumentNullException.ThrowIfNull(firstTen);
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var c = firstTen[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : LetterValue(c);
            sum += value << i;
        }

        return sum % 11;
    }

    /// <summary>True when the number is well formed and its check digit is right.</summary>
    public static bool IsValid(string? raw)
    {
        var n = Normalize(raw);
        return n is not null && ExpectedCheckDigit(n) is { } expected && n[10] - '0' == expected;
    }

    /// <summary>
    /// Normalizes and checks the number of a piece of equipment. Returns null when all is well or it is not
    /// meant to be a container number; otherwise a warning placed at <paramref name="at"/>.
    /// </summary>
    public static Diagnostic? Check(Equipment equipment, bool isContainer, Func<Severity, string, string, Diagnostic> at)
    {
        equipment.Number = Normalize(equipment.Number);
        if (equipment.Number is not { Length: > 0 } number || !isContainer)
        {
            return null;
        }

        if (ExpectedCheckDigit(number) is not { } expected)
        {
            return at(Severity.Warning, "cargo.container-number", $"container number '{number}' is not 4 letters (the 4th U, J, Z or R) and 7 digits");
        }

        equipment.NumberValid = number[10] - '0' == expected;
        return equipment.NumberValid.Value
            ? null
            : at(Severity.Warning, "cargo.container-check-digit", $"container number {number} has check digit {number[10]}; ISO 6346 gives {expected.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>A = 10 upwards, skipping 11, 22, 33: multiples of 11 would weaken the mod-11 check.</summary>
    private static int LetterValue(char letter)
    {
        var value = 10;
        for (var c = 'A'; c < letter; c++)
        {
            value++;
            if (value % 11 == 0)
            {
                value++;
            }
        }

        return value;
    }
}
