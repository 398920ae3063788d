namespace Portcullis.Matching.Evidence;

/// <summary>One piece of evidence besides the name: what it was, how it moved the score, and the values compared.</summary>
public sealed record EvidenceItem(EvidenceKind Kind, float Effect, string Detail);

/// <summary>The kinds of evidence the scorer weighs besides the name.</summary>
public enum EvidenceKind
{
    /// <summary>Date of birth.</summary>
    DateOfBirth,

    /// <summary>Nationality or citizenship.</summary>
    Nationality,

    /// <summary>Sex.</summary>
    Sex,

    /// <summary>A travel or identity document number.</summary>
    Document,
}
