using Portcullis.Formats.Watchlists;
using Portcullis.Matching.Documents;

namespace Portcullis.Features.Screening;

/// <summary>
/// The document numbers a list entry can be found by. A number field that holds a plain number is
/// taken as it is; one that holds prose ("Passport number A 123456, issued on 12 Jan. 2001", as 67 of
/// the UN list's do) gives the numbers found in it, and so does the document's note.
/// </summary>
public static class ListedDocumentNumbers
{
    private const int LongestPlainNumber = 24;

    /// <summary>The numbers, normalized, each once.</summary>
    public static IReadOnlyList<string> Of(WatchlistDocumentRef document)
    {
        var numbers = new List<string>(2);
        if (IsPlain(document.Number))
        {
            numbers.Add(DocumentNumber.Normalize(document.Number));
        }
        else
        {
            numbers.AddRange(DocumentNumberExtractor.Extract(document.Number).Select(n => n.Number));
            if (numbers.Count == 0)
            {
                // The field is meant to hold a number: when the prose reader finds none (a short one,
                // "tazkira number 4414", or a file code, "N°235/MISPAT/DIRCAB"), every word with a
                // digit in it that is not a year stands for one.
                numbers.AddRange(WordsWithDigits(document.Number));
            }
        }

        if (!string.IsNullOrWhiteSpace(document.Note))
        {
            numbers.AddRange(DocumentNumberExtractor.Extract(document.Note).Select(n => n.Number));
        }

        return [.. numbers.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> WordsWithDigits(string text) =>
        text.Split([' ', ',', ';', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsAsciiDigit))
            .Select(DocumentNumber.Normalize)
            .Where(n => n.Length >= 4 && !IsYear(n));

    private static bool IsYear(string n) => n.Length == 4 && n.All(char.IsAsciiDigit) && n[0] is '1' or '2';

    // Plain: letters, digits and separators only, and short once normalized; prose has words.
    private static bool IsPlain(string number)
    {
        var normalized = DocumentNumber.Normalize(number);
        if (normalized.Length == 0 || normalized.Length > LongestPlainNumber)
        {
            return false;
        }

        var words = number.Split([' ', ',', ';', ':'], StringSplitOptions.RemoveEmptyEntries);
        return !words.Any(w => w.Length > 3 && w.All(char.IsLetter));
    }
}
