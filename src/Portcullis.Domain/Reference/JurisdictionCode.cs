using System.Diagnostics.CodeAnalysis;

namespace Portcullis.Domain.Reference;

/// <summary>
/// The two-letter code of a jurisdiction of the programme (ISO 3166-1 alpha-2, and XK for Kosovo*).
/// Always upper case ASCII; use <see cref="ReferenceCatalog.ResolveJurisdiction"/> to map the other
/// codes a message may carry (alpha-3, travel-document codes, UN/LOCODE).
/// </summary>
public readonly record struct JurisdictionCode
{
    public const int MaxLength = 2;

    public JurisdictionCode(string value)
    {
        if (!IsWellFormed(value))
        {
            throw new ArgumentException($"'{value}' is not a two-letter jurisdiction code.", nameof(value));
        }

        Value = value;
    }

    public string Value { get; }

    public static bool TryParse([NotNullWhen(true)] string? text, out JurisdictionCode code)
    {
        var candidate = text?.Trim().ToUpperInvariant();
        if (candidate is not null && IsWellFormed(candidate))
        {
            code = new JurisdictionCode(candidate);
            return true;
        }

        code = default;
        return false;
    }

    public override string ToString() => Value ?? string.Empty;

    private static bool IsWellFormed(string value) =>
        value is { Length: MaxLength } && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1]);
}
