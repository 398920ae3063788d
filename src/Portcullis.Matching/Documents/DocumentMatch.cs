namespace Portcullis.Matching.Documents;

/// <summary>A document as a traveller or a list entry gives it: the number, and the type and issuing country when known.</summary>
/// <param name="IssuingCountry">ISO 3166-1 alpha-2.</param>
public sealed record DocumentQuery(string Number, string? Type = null, string? IssuingCountry = null);

public enum DocumentMatchKind
{
    None,
    Near,
    Exact,
}

/// <summary>How a candidate's document compares with the query's, and why, in a sentence for the officer.</summary>
/// <param name="Rule">For <see cref="DocumentMatchKind.Near"/>: which rule made the numbers near.</param>
public sealed record DocumentMatchResult(DocumentMatchKind Kind, NearRule? Rule, string Explanation);

/// <summary>
/// Compares two documents by number. A number is only unique within its issuer, so the same number
/// from two different countries is not a match; an unknown country does not stand in the way.
/// </summary>
public static class DocumentMatch
{
    public static DocumentMatchResult Compare(DocumentQuery query, DocumentQuery candidate)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidate);
        var left = DocumentNumber.Normalize(query.Number);
        var right = DocumentNumber.Normalize(candidate.Number);
        if (left.Length == 0 || right.Length == 0)
        {
            return new(DocumentMatchKind.None, null, "No document number to compare.");
        }

        if (query.IssuingCountry is { Length: > 0 } a && candidate.IssuingCountry is { Length: > 0 } b
            && !string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return new(DocumentMatchKind.None, null, $"Issued by {a.ToUpperInvariant()} and {b.ToUpperInvariant()}: numbers of different countries are not compared.");
        }

        var typeNote = TypeNote(query.Type, candidate.Type);
        if (string.Equals(left, right, StringComparison.Ordinal))
        {
            return new(DocumentMatchKind.Exact, null, $"Same document number {left}{typeNote}.");
        }

        return DocumentNumber.NearBy(left, right) switch
        {
            NearRule.SameSkeleton => new(DocumentMatchKind.Near, NearRule.SameSkeleton,
                $"{left} and {right} differ only in look-alike characters (O/0, I/1...){typeNote}."),
            NearRule.OneEdit => new(DocumentMatchKind.Near, NearRule.OneEdit,
                $"{left} and {right} are one keying error apart{typeNote}."),
            _ => new(DocumentMatchKind.None, null, $"{left} and {right} are different numbers."),
        };
    }

    // Lists often file an identity card as a passport; a different type is said, not held against the match.
    private static string TypeNote(string? query, string? candidate) =>
        query is { Length: > 0 } && candidate is { Length: > 0 } && !string.Equals(query.Trim(), candidate.Trim(), StringComparison.OrdinalIgnoreCase)
            ? $" (types differ: {query.Trim()} and {candidate.Trim()})"
            : "";
}
