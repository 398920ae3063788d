namespace Portcullis.Domain.Reference;

/// <summary>
/// The Harmonized System 2022 to six digits (<c>Data/hs/</c>, PDDL), to tell whether a declared HS code
/// exists and what its chapter and heading say. National codes (8-digit CN, 10-digit TARIC and the
/// region's tariffs built on them) are accepted when their first six digits are an HS subheading: the
/// national digits themselves are not checked, as each tariff adds its own. Immutable; one instance
/// serves the process.
/// </summary>
public sealed class HsNomenclature
{
    private static readonly Lazy<HsNomenclature> Embedded = new(() =>
        new HsNomenclature(ReferenceDataLoader.LoadHsSections(), ReferenceDataLoader.LoadHsEntries()));

    private readonly Dictionary<string, HsEntry> _byCode;
    private readonly Dictionary<string, HsSection> _sections;

    public HsNomenclature(IReadOnlyCollection<HsSection> sections, IReadOnlyCollection<HsEntry> entries)
    {
        _sections = sections.ToDictionary(s => s.Number, StringComparer.Ordinal);
        _byCode = new Dictionary<string, HsEntry>(entries.Count, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Level is not (2 or 4 or 6) || !entry.Code.All(char.IsAsciiDigit))
            {
                throw new InvalidDataException($"hs2022.csv: '{entry.Code}' is not a 2-, 4- or 6-digit code.");
            }

            if (!_sections.ContainsKey(entry.Section))
            {
                throw new InvalidDataException($"hs2022.csv: {entry.Code} is in unknown section {entry.Section}.");
            }

            if (!_byCode.TryAdd(entry.Code, entry))
            {
                throw new InvalidDataException($"hs2022.csv: {entry.Code} is listed twice.");
            }
        }

        // Every heading and subheading hangs under a chapter and heading that exist, or lookups by prefix lie.
        foreach (var entry in _byCode.Values.Where(e => e.Level > 2))
        {
            if (!_byCode.ContainsKey(entry.Code[..(entry.Level - 2)]))
            {
                throw new InvalidDataException($"hs2022.csv: {entry.Code} has no parent {entry.Code[..(entry.Level - 2)]}.");
            }
        }
    }

    public static HsNomenclature Default => Embedded.Value;

    public IEnumerable<HsEntry> All => _byCode.Values;

    public IEnumerable<HsSection> Sections => _sections.Values;

    /// <summary>
    /// The code as digits only: dots, spaces and hyphens dropped ("0803.90.10" gives "08039010").
    /// Null when anything else is in it or no digit is left.
    /// </summary>
    public static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var digits = new System.Text.StringBuilder(code.Length);
        foreach (var c in code)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is not ('.' or ' ' or '-'))
            {
                return null;
            }
        }

        return digits.Length == 0 ? null : digits.ToString();
    }

    /// <summary>
    /// The code a declaration carries, as every cargo reader takes it: <see cref="Normalize"/>d and 6 to 10
    /// digits long (an HS subheading or a national code built on one, "0803.90.10" gives "08039010").
    /// Null otherwise. One rule so that the same code sent by sea, air or spreadsheet is read alike;
    /// whether it exists is <see cref="IsKnown"/>'s question, not this one's.
    /// </summary>
    public static string? DeclaredCode(string? code) =>
        Normalize(code) is { Length: >= 6 and <= 10 } digits ? digits : null;

    /// <summary>The chapter, heading or subheading with exactly this code (after <see cref="Normalize"/>), or null.</summary>
    public HsEntry? Find(string? code) => Normalize(code) is { } key ? _byCode.GetValueOrDefault(key) : null;

    /// <summary>The chapter a code of any length belongs to (its first two digits), or null.</summary>
    public HsEntry? Chapter(string? code) => Prefix(code, 2);

    /// <summary>The heading a code of four digits or more belongs to, or null.</summary>
    public HsEntry? Heading(string? code) => Prefix(code, 4);

    /// <summary>The subheading a code of six digits or more belongs to, or null.</summary>
    public HsEntry? Subheading(string? code) => Prefix(code, 6);

    /// <summary>The section a code of any length belongs to, or null.</summary>
    public HsSection? Section(string? code) => Chapter(code) is { } chapter ? _sections.GetValueOrDefault(chapter.Section) : null;

    /// <summary>
    /// True for a declarable code: 6 to 10 digits (even length, as HS, CN and TARIC codes are) whose first
    /// six are an HS 2022 subheading. Chapters and headings alone are not declarable.
    /// </summary>
    public bool IsKnown(string? code) =>
        Normalize(code) is { Length: 6 or 8 or 10 } key && _byCode.ContainsKey(key[..6]);

    private HsEntry? Prefix(string? code, int length) =>
        Normalize(code) is { } key && key.Length >= length ? _byCode.GetValueOrDefault(key[..length]) : null;
}
