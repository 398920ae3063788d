using System.Diagnostics.CodeAnalysis;

namespace Portcullis.Domain.Reference;

/// <summary>
/// The code of an inter-agency unit, for example <c>AL-PCU-DURRES</c>: upper-case ASCII letters,
/// digits and hyphens, starting with the jurisdiction code.
/// </summary>
public readonly record struct UnitCode
{
    public const int MaxLength = 32;

    public UnitCode(string value)
    {
        if (!IsWellFormed(value))
        {
            throw new ArgumentException(
                $"'{value}' is not a unit code (upper-case letters, digits and hyphens, at most {MaxLength}).",
                nameof(value));
        }

        Value = value;
    }

    public string Value { get; }

    /// <summary>The jurisdiction is the code's first two letters, a rule the catalogue checks on load.</summary>
    public JurisdictionCode Jurisdiction => new(Value[..JurisdictionCode.MaxLength]);

    public static bool TryParse([NotNullWhen(true)] string? text, out UnitCode code)
    {
        var candidate = text?.Trim().ToUpperInvariant();
        if (candidate is not null && IsWellFormed(candidate))
        {
            code = new UnitCode(candidate);
            return true;
        }

        code = default;
        return false;
    }

    public override string ToString() => Value ?? string.Empty;

    private static bool IsWellFormed(string value) =>
        value is { Length: > 3 and <= MaxLength }
        && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1]) && value[2] == '-'
        && value.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-');
}
