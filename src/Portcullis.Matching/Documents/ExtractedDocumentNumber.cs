namespace Portcullis.Matching.Documents;

/// <summary>What kind of document a number found in text belongs to, as far as the words around it tell.</summary>
public enum DocumentKind
{
    Other,
    Passport,
    NationalId,
}

/// <summary>
/// A document number found in free text.
/// </summary>
/// <param name="Number">Normalized (<see cref="DocumentNumber.Normalize"/>).</param>
/// <param name="Raw">The text as written, from <paramref name="Offset"/>: "A 123456", "2984 3543 10".</param>
/// <param name="Kind">From the keyword before it; <see cref="DocumentKind.Other"/> when there was none or it said only "No.".</param>
/// <param name="Offset">Where <paramref name="Raw"/> starts in the text, in chars.</param>
/// <param name="Keyword">The keyword that announced the number, as written; null when the number stood alone.</param>
public sealed record ExtractedDocumentNumber(string Number, string Raw, DocumentKind Kind, int Offset, string? Keyword);
