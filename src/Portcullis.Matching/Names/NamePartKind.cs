namespace Portcullis.Matching.Names;

/// <summary>What a part of a name is, which decides how much it weighs when two names are compared.</summary>
public enum NamePartKind
{
    /// <summary>A given name, surname or the distinctive word of an organisation's name.</summary>
    Name,

    /// <summary>A single letter standing for a name ("N. Nazarbayev").</summary>
    Initial,

    /// <summary>An article or connective inside a name: al-, el-, bin, ibn, van, von, de, da.</summary>
    Particle,

    /// <summary>A title or honorific that is not part of the name: Mr, Dr, Sheikh, General, Haji.</summary>
    Title,

    /// <summary>An organisation's legal form: LTD, LLC, DOO, D.O.O., SH.P.K., DOOEL, AD, JSC, OOO.</summary>
    LegalForm,

    /// <summary>A word many organisations share: group, holding, international, trading, company.</summary>
    Generic,

    /// <summary>A number or ordinal.</summary>
    Number,
}
