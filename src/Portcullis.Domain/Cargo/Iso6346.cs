namespace Portcullis.Domain.Cargo;

/// <summary>
/// ISO 6346 container identification: a three-letter owner code, an equipment category identifier
/// (U freight container, J detachable freight-container-related equipment, Z trailer or chassis), six
/// digits of serial number and a check digit. Reefers are not a category: a refrigerated container is
/// a U whose size and type code says so (45R1). Only the format and the check digit are checked here;
/// whether an owner code is registered with the BIC is not.
/// </summary>
public static class Iso6346
{
    /// <summary>True for three capital letters followed by U, J or Z ("MSCU", "TRLZ").</summary>
    public static bool IsOwnerCode(string? prefix) =>
        prefix is { Length: 4 } && char.IsAsciiLetterUpper(prefix[0]) && char.IsAsciiLetterUpper(prefix[1]) && char.IsAsciiLetterUpper(prefix[2])
        && prefix[3] is 'U' or 'J' or 'Z';

    /// <summary>True for an owner code, six digits and a check digit that agrees with them (MSCU1234566).</summary>
    public static bool IsValidNumber(string? number) =>
        number is { Length: 11 } && IsOwnerCode(number[..4]) && number[4..].All(char.IsAsciiDigit)
        && CheckDigit(number[..10]) == number[10] - '0';

    /// <summary>The check digit of the first ten characters: letters are worth 10 to 38 skipping multiples of 11, weighted by 2^position, modulo 11, 10 counting as 0.</summary>
    public static int CheckDigit(string firstTen)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += LetterOrDigitValue(firstTen[i]) << i;
        }

        return sum % 11 % 10;
    }

    private static int LetterOrDigitValue(char c)
    {
        if (char.IsAsciiDigit(c))
        {
            return c - '0';
        }

        // A is 10; every value that is a multiple of 11 (11, 22, 33) is skipped.
        var value = 10 + (c - 'A');
        return value + ((value - 1) / 10);
    }
}
