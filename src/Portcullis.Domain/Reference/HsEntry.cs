namespace Portcullis.Domain.Reference;

/// <summary>One line of the Harmonized System (HS 2022): a chapter, heading or subheading.</summary>
/// <param name="Code">2 digits (chapter), 4 (heading) or 6 (subheading).</param>
/// <param name="Description">The description as the source gives it (UN Comtrade's wording).</param>
/// <param name="Section">The section's Roman numeral (I to XXI).</param>
public sealed record HsEntry(string Code, string Description, string Section)
{
    /// <summary>2 for a chapter, 4 for a heading, 6 for a subheading.</summary>
    public int Level => Code.Length;
}
