using System.Buffers;
using System.Globalization;

namespace Portcullis.Matching.Documents;

/// <summary>
/// Finds passport and identity numbers in prose: the notes and comments of watch lists ("Iraqi
/// passport No. M0003264580", "national identification number 2984 3543 10", "Passport no.
/// 50/SM-1273"). A number is a run of letters and digits, possibly broken by spaces, hyphens, slashes or
/// dots, holding at least one digit and 5 to 20 characters once normalized. It is taken when a
/// keyword comes a few words before it, or, without a keyword, when it could hardly be anything else
/// (a short letter prefix and six digits or more, as "KZ-1234567"). Dates and telephone numbers are
/// left alone.
/// </summary>
public static class DocumentNumberExtractor
{
    public const int MinimumLength = 5;
    public const int MaximumLength = 20;

    /// <summary>How many words may stand between a keyword and its number ("passport issued in Iraq No. ...").</summary>
    private const int WordsAfterKeyword = 4;

    /// <summary>A lone number needs this many digits: fewer are as often house numbers, years with a day, or counts.</summary>
    private const int MinimumDigitsWithoutKeyword = 6;

    private static readonly SearchValues<char> WordGapCharacters = SearchValues.Create(" \t\r\n-'’");

    private static readonly HashSet<string> MonthNames = new(
        ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC",
         "JANUARY", "FEBRUARY", "MARCH", "APRIL", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"],
        StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<ExtractedDocumentNumber> Extract(string freeText)
    {
        ArgumentNullException.ThrowIfNull(freeText);
        var tokens = TextToken.Split(freeText);
        var found = new List<ExtractedDocumentNumber>();
        Announcement? pending = null;
        var i = 0;
        while (i < tokens.Count)
        {
            if (DocumentKeywords.NotDocuments.Contains(tokens[i].Text))
            {
                pending = new Announcement(DocumentKind.Other, tokens[i].Text, WordsAfterKeyword, IsNotDocument: true);
                i++;
                continue;
            }

            if (KeywordAt(freeText, tokens, i) is { } keyword)
            {
                var end = tokens[i + keyword.Words.Length - 1].End;
                var written = freeText[tokens[i].Start..end];
                // "No." and "number" keep what an earlier keyword said: "passport number", "ID card No.",
                // "phone number".
                pending = keyword.Kind is { } kind ? new Announcement(kind, written, WordsAfterKeyword)
                    : pending is not null ? pending with { Words = WordsAfterKeyword }
                    : new Announcement(DocumentKind.Other, written, WordsAfterKeyword);
                i += keyword.Words.Length;
                continue;
            }

            var runEnd = RunEnd(freeText, tokens, i);
            var start = tokens[i].Start;
            var stop = tokens[runEnd - 1].End;
            var raw = freeText[start..stop];
            var number = DocumentNumber.Normalize(raw);
            if (IsCandidate(freeText, tokens, i, runEnd, number))
            {
                if (pending is { IsNotDocument: true })
                {
                    pending = null;
                }
                else if (pending is not null)
                {
                    found.Add(new ExtractedDocumentNumber(number, raw, pending.Kind, start, pending.Keyword));
                    pending = null;
                }
                else if (StandsAlone(raw, number))
                {
                    found.Add(new ExtractedDocumentNumber(number, raw, DocumentKind.Other, start, null));
                }
            }
            else if (pending is not null)
            {
                pending = pending.Words > 1 ? pending with { Words = pending.Words - 1 } : null;
            }

            i = runEnd;
        }

        return found;
    }

    /// <summary>A keyword seen and waiting for its number, for at most <c>Words</c> more words; after a word such as "phone" or "case" it waits to discard its number.</summary>
    private sealed record Announcement(DocumentKind Kind, string Keyword, int Words, bool IsNotDocument = false);

    private static DocumentKeywords.Keyword? KeywordAt(string text, List<TextToken> tokens, int at)
    {
        foreach (var keyword in DocumentKeywords.All)
        {
            if (at + keyword.Words.Length > tokens.Count)
            {
                continue;
            }

            var matches = true;
            for (var w = 0; w < keyword.Words.Length && matches; w++)
            {
                var token = tokens[at + w];
                matches = string.Equals(token.Text, keyword.Words[w], StringComparison.OrdinalIgnoreCase)
                    && (w == 0 || IsWordGap(text.AsSpan(tokens[at + w - 1].End, token.Start - tokens[at + w - 1].End)));
            }

            if (matches)
            {
                return keyword;
            }
        }

        // "N°" and "Nº" are written without a dot and glued to their sign.
        var t = tokens[at];
        if (t.Text is "N" or "n" && t.End < text.Length && text[t.End] is '°' or 'º')
        {
            return new DocumentKeywords.Keyword(["N"], null);
        }

        return null;
    }

    // Between the words of one keyword: a space, a line break, a hyphen (laissez-passer) or an
    // apostrophe (carte d'identité).
    private static bool IsWordGap(ReadOnlySpan<char> gap) =>
        gap.Length is > 0 and <= 3 && !gap.ContainsAnyExcept(WordGapCharacters);

    // Where the run of tokens that starts at `from` ends (exclusive). A run is one number written in
    // pieces: "A 123456", "2984 3543 10", "50/SM-1273", "DE- 473900", "B/011641".
    private static int RunEnd(string text, List<TextToken> tokens, int from)
    {
        var first = tokens[from];
        if (first.IsLettersOnly && !first.IsUpperCase)
        {
            return from + 1; // a word, not the start of a number ("Jan", "QDi")
        }

        var hasDigit = first.HasDigit;
        var end = from + 1;
        while (end < tokens.Count)
        {
            var previous = tokens[end - 1];
            var next = tokens[end];
            var gap = text.AsSpan(previous.End, next.Start - previous.End);
            if (!Joins(gap, previous, next, hasDigit) || KeywordAt(text, tokens, end) is not null)
            {
                break;
            }

            hasDigit |= next.HasDigit;
            end++;
        }

        return end;
    }

    private static bool Joins(ReadOnlySpan<char> gap, TextToken previous, TextToken next, bool runHasDigit)
    {
        if (next.IsLettersOnly && !next.IsUpperCase)
        {
            return false;
        }

        var spaces = 0;
        var marks = 0;
        foreach (var c in gap)
        {
            if (c == ' ')
            {
                spaces++;
            }
            else if (c is '-' or '/' or '.' or '‐' or '–')
            {
                marks++;
            }
            else
            {
                return false; // a comma, a bracket, a line break: the number has ended
            }
        }

        if (marks > 1 || spaces > 2)
        {
            return false;
        }

        if (marks == 1)
        {
            // "Jan. 2001" and "No. 12": a dot followed by a space ends an abbreviation or a sentence.
            return !(gap.Contains('.') && gap[^1] == ' ');
        }

        // Across a plain space only short groups join, so that two numbers side by side stay two:
        // digits grouped for reading ("2984 3543 10"), a letter prefix ("A 123456", "SE 012820"), and
        // the groups of an Italian fiscal code ("LBR HBB 61S17 Z352F").
        return (previous.Text.Length <= 4 && (next.HasDigit || (!runHasDigit && next.Text.Length <= 3)))
            || (previous.Text.Length <= 5 && next.Text.Length <= 5 && IsMixed(previous) && IsMixed(next));
    }

    private static bool IsMixed(TextToken token) => token.HasDigit && token.Text.Any(char.IsLetter);

    private static bool IsCandidate(string text, List<TextToken> tokens, int from, int end, string number)
    {
        if (number.Length is < MinimumLength or > MaximumLength || !number.Any(char.IsAsciiDigit))
        {
            return false;
        }

        // "+381 11 123 4567": a telephone number.
        var before = tokens[from].Start - 1;
        while (before >= 0 && text[before] == ' ' && tokens[from].Start - before <= 2)
        {
            before--;
        }

        if (before >= 0 && text[before] == '+')
        {
            return false;
        }

        return !IsDate(tokens, from, end);
    }

    // "12 JAN 2001", "2001-01-12", "12.01.2001", "12/1/01": day, month and year in either order; and
    // spans of years.
    private static bool IsDate(List<TextToken> tokens, int from, int end)
    {
        var run = tokens.GetRange(from, end - from);
        if (run.Any(t => MonthNames.Contains(t.Text)) && run.All(t => MonthNames.Contains(t.Text) || t.Text.All(char.IsAsciiDigit)))
        {
            return true;
        }

        // "1995-1997": a span of years.
        if (run.Count >= 2 && run.All(t => t.Text.Length == 4 && t.Text.All(char.IsAsciiDigit) && t.Text[..2] is "19" or "20"))
        {
            return true;
        }

        if (run.Count != 3 || !run.All(t => t.Text.All(char.IsAsciiDigit)))
        {
            return false;
        }

        var (a, b, c) = (run[0].Text, run[1].Text, run[2].Text);
        if (a.Length == 4 && b.Length <= 2 && c.Length <= 2)
        {
            return IsMonth(b) && IsDay(c);
        }

        return a.Length <= 2 && b.Length <= 2 && c.Length is 2 or 4
            && ((IsDay(a) && IsMonth(b)) || (IsMonth(a) && IsDay(b)));
    }

    private static bool IsMonth(string digits) => int.Parse(digits, CultureInfo.InvariantCulture) is >= 1 and <= 12;

    private static bool IsDay(string digits) => int.Parse(digits, CultureInfo.InvariantCulture) is >= 1 and <= 31;

    // Without a keyword only the shape of a document number will do: up to three letters, then six
    // digits or more, written whole ("04643632", "R00012098") or, after a letter prefix, with at most
    // one hyphen, slash or dot and spaces ("KZ-1234567", "B/002210", "TR-P 614 166"). Broken digits
    // alone are as likely ranges, amounts or years ("180-185", "1 000 000", "2009-10"), and reference
    // symbols such as "S/2019/123" have two slashes.
    private static bool StandsAlone(string raw, string number)
    {
        var marks = raw.Count(c => !char.IsLetterOrDigit(c) && c != ' ');
        var broken = raw.Length != number.Length;
        var letters = 0;
        while (letters < number.Length && char.IsAsciiLetter(number[letters]))
        {
            letters++;
        }

        var digits = number.Length - letters;
        return marks <= 1
            && (!broken || letters > 0)
            && letters <= 3
            && digits >= MinimumDigitsWithoutKeyword
            && number.AsSpan(letters).IndexOfAnyExceptInRange('0', '9') < 0;
    }
}
