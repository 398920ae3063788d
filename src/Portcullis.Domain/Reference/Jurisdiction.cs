namespace Portcullis.Domain.Reference;

/// <summary>One of the six jurisdictions of the programme.</summary>
/// <param name="Alpha3">ISO 3166-1 alpha-3 (XKX for Kosovo*, the code the EU uses).</param>
/// <param name="DocumentCodes">ICAO Doc 9303 codes found on travel documents besides <paramref name="Alpha3"/> (RKS, UNK).</param>
/// <param name="RequiresUnscr1244Footnote">True for Kosovo*: wherever it is named, the footnote goes with it.</param>
public sealed record Jurisdiction(
    JurisdictionCode Code,
    string Alpha3,
    IReadOnlyList<string> DocumentCodes,
    string Name,
    IReadOnlyList<LocalName> LocalNames,
    bool RequiresUnscr1244Footnote)
{
    /// <summary>The text every page and export that names Kosovo* carries.</summary>
    public const string Unscr1244Footnote =
        "*All references to Kosovo are to be understood in the context of UN Security Council resolution 1244 (1999).";

    /// <summary>The English name as it must be shown: "Kosovo*" for Kosovo*, the plain name otherwise.</summary>
    public string DisplayName => RequiresUnscr1244Footnote ? Name + "*" : Name;
}
