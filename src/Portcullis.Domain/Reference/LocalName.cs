namespace Portcullis.Domain.Reference;

/// <summary>A name in one of a jurisdiction's official languages.</summary>
/// <param name="Language">A BCP 47 tag: <c>sq</c>, <c>bs</c>, <c>hr</c>, <c>sr-Cyrl</c>, <c>sr-Latn</c>, <c>cnr</c>, <c>mk</c>.</param>
public sealed record LocalName(string Language, string Name);
