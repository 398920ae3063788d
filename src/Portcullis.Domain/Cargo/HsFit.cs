namespace Portcullis.Domain.Cargo;

/// <summary>Whether a goods description fits the HS chapter declared for it.</summary>
public enum HsFit
{
    /// <summary>Nothing to go on: a vague description, an unknown code, or words the nomenclature does not use.</summary>
    CannotTell,

    /// <summary>Some of the description's words are the chapter's own, or a synonym of them.</summary>
    Fits,

    /// <summary>The description's words belong to other chapters and none to the declared one.</summary>
    DoesNotFit,
}
