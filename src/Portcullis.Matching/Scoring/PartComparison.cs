namespace Portcullis.Matching.Scoring;

/// <summary>How two name parts compared: the reason an explanation shows.</summary>
public enum PartComparison
{
    /// <summary>Spelled the same once folded (case, accents and the region's letters aside).</summary>
    Same,

    /// <summary>Different spellings of one name: transliteration conventions or romanisation variants.</summary>
    Variant,

    /// <summary>Consonants agree, vowels differ (as when Arabic short vowels are guessed).</summary>
    Consonants,

    /// <summary>A small number of typing errors.</summary>
    Typo,

    /// <summary>An initial standing for the name.</summary>
    Initial,

    /// <summary>Two parts written as one word on the other side ("Abdulrahman" / "Abdul Rahman").</summary>
    Joined,
}
