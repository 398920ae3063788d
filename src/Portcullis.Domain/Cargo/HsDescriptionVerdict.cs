namespace Portcullis.Domain.Cargo;

/// <summary>What <see cref="HsDescriptionCheck"/> found, with the words that decided it, for an officer to read.</summary>
/// <param name="Fit">Fits, does not fit, or cannot tell.</param>
/// <param name="Vague">True when the description says nothing about the goods ("general cargo", "FAK", "said to contain").</param>
/// <param name="Chapter">The declared chapter (2 digits), or null when the code has none.</param>
/// <param name="MatchedWords">Fits: the description's words found in the chapter. Does not fit: the words that point elsewhere.</param>
/// <param name="OtherChapters">Does not fit: the chapters the description's words point to.</param>
/// <param name="Reason">One sentence saying why.</param>
public sealed record HsDescriptionVerdict(
    HsFit Fit,
    bool Vague,
    string? Chapter,
    IReadOnlyList<string> MatchedWords,
    IReadOnlyList<string> OtherChapters,
    string Reason);
