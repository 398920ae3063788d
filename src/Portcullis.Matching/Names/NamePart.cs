namespace Portcullis.Matching.Names;

/// <summary>
/// One part of an analysed name. <see cref="Text"/> is the folded spelling shown in explanations;
/// <see cref="Key"/> is what the comparison uses (its variant-canonical, phonetic form) and
/// <see cref="Skeleton"/> the key's consonants, for finding candidates across vowel spellings.
/// <see cref="VowelsUncertain"/> marks a part read from a script that writes no short vowels.
/// </summary>
public sealed record NamePart(string Text, string Key, string Skeleton, NamePartKind Kind, bool IsFamilyName, float Weight, bool VowelsUncertain = false)
{
    /// <summary>True for parts that carry identity: names, initials and numbers.</summary>
    public bool IsIdentifying => Kind is NamePartKind.Name or NamePartKind.Initial or NamePartKind.Number;
}
