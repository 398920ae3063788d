namespace Portcullis.Matching.Documents;

/// <summary>
/// The check digit of a machine-readable zone field (ICAO Doc 9303 part 3, 4.9): each character's
/// value (digits as themselves, A to Z as 10 to 35, the filler '&lt;' as 0) times the repeating weights
/// 7, 3, 1, summed, modulo 10.
/// </summary>
public static class MrzCheckDigit
{
    private static readonly int[] Weights = [7, 3, 1];

    /// <summary>The check digit, 0 to 9.</summary>
    /// <exception cref="ArgumentException">A character is not a digit, an upper-case letter or '&lt;'.</exception>
    public static int Compute(ReadOnlySpan<char> field) =>
        TryCompute(field, out var digit)
            ? digit
            : throw new ArgumentException("An MRZ field holds only digits, upper-case letters A to Z and '<'.", nameof(field));

    /// <summary>The check digit, or false when a character is outside the MRZ set.</summary>
    public static bool TryCompute(ReadOnlySpan<char> field, out int digit)
    {
        var sum = 0;
        for (var i = 0; i < field.Length; i++)
        {
            var value = ValueOf(field[i]);
            if (value < 0)
            {
                digit = 0;
                return false;
            }

            sum += value * Weights[i % Weights.Length];
        }

        digit = sum % 10;
        return true;
    }

    /// <summary>Whether <paramref name="checkDigit"/> is the digit computed from <paramref name="field"/>.</summary>
    public static bool IsValid(ReadOnlySpan<char> field, char checkDigit) =>
        checkDigit is >= '0' and <= '9' && TryCompute(field, out var digit) && digit == checkDigit - '0';

    private static int ValueOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A' + 10,
        '<' => 0,
        _ => -1,
    };
}
