using System.Globalization;

namespace Portcullis.Profiles.Syntax;

/// <summary>
/// Reads a profile's header line by line until <c>when</c>, then hands the rest of the text to the
/// <see cref="ConditionParser"/>. Header lines are one per line so a reader can scan them; the
/// condition may be laid out freely.
/// </summary>
internal static class ProfileParser
{
    private static readonly string[] HeaderKeywords = ["profile", "subject", "rationale", "owner", "valid", "hit cap", "score"];

    /// <summary>What a profile may select; travellers when the text does not say.</summary>
    public static readonly string[] Subjects = [ProfileHeader.Travellers, ProfileHeader.Consignments];

    public static ParsedProfile Parse(string text)
    {
        var diagnostics = new List<ProfileDiagnostic>();
        var header = new ProfileHeader();
        var lines = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var lineStart = 0;
        var lineNumber = 1;
        while (lineStart <= text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var tokens = new Tokenizer(text, lineStart, lineEnd, new SourcePosition(lineNumber, 1), diagnostics).ReadAll();
            var first = tokens[0];
            if (first.IsWord("when"))
            {
                var after = new SourcePosition(first.At.Line, first.At.Column + 4);
                var before = diagnostics.Count;
                var conditionTokens = new Tokenizer(text, lineStart + first.At.Column - 1 + 4, text.Length, after, diagnostics).ReadAll();
                var condition = diagnostics.Count == before ? new ConditionParser(conditionTokens, diagnostics).ParseWhole() : null;
                return new ParsedProfile(header with { Lines = lines }, condition, first.At, diagnostics);
            }
            if (first.Kind != TokenKind.End)
            {
                header = ReadHeaderLine(header, tokens, text[lineStart..lineEnd], lines, diagnostics);
            }
            if (newline < 0)
            {
                break;
            }
            lineStart = newline + 1;
            lineNumber++;
        }
        diagnostics.Add(new ProfileDiagnostic(lineNumber, 1, "the profile has no `when`",
            "after the header lines write `when` followed by the condition, e.g. `when booking.oneWay`"));
        return new ParsedProfile(header with { Lines = lines }, null, new SourcePosition(lineNumber, 1), diagnostics);
    }

    private static ProfileHeader ReadHeaderLine(
        ProfileHeader header, List<Token> tokens, string line, Dictionary<string, SourcePosition> lines, List<ProfileDiagnostic> diagnostics)
    {
        var first = tokens[0];
        var keyword = first.Kind == TokenKind.Word && first.Text == "hit" && tokens[1].IsWord("cap") ? "hit cap" : first.Text;
        if (first.Kind != TokenKind.Word || !HeaderKeywords.Contains(keyword, StringComparer.Ordinal))
        {
            var looksLikeCondition = first.Text.Contains('.', StringComparison.Ordinal) || first.Kind != TokenKind.Word;
            diagnostics.Add(new ProfileDiagnostic(first.At.Line, first.At.Column, $"unknown header `{first.Text}`", looksLikeCondition
                ? "if this is the condition, write `when` on the line before it"
                : $"did you mean `{Closest.To(first.Text, HeaderKeywords)}`? Headers are {string.Join(", ", HeaderKeywords)}; the condition starts after `when`"));
            return header;
        }
        if (!lines.TryAdd(keyword, first.At))
        {
            diagnostics.Add(new ProfileDiagnostic(first.At.Line, first.At.Column, $"`{keyword}` is given twice", "keep one of the two lines"));
            return header;
        }
        var rest = tokens.Skip(keyword == "hit cap" ? 2 : 1).ToList();
        var before = diagnostics.Count;
        var read = keyword switch
        {
            "profile" => ReadText(rest, keyword, diagnostics) is { } name ? header with { Name = name } : header,
            "subject" => ReadSubject(header, rest, diagnostics),
            "rationale" => ReadText(rest, keyword, diagnostics) is { } why ? header with { Rationale = why } : header,
            "owner" => ReadOwner(header, first, line, diagnostics),
            "valid" => ReadValidity(header, rest, diagnostics),
            "hit cap" => ReadHitCap(header, rest, diagnostics),
            _ => ReadScore(header, rest, diagnostics),
        };
        return diagnostics.Count == before ? read : header;
    }

    private static string? ReadText(List<Token> rest, string keyword, List<ProfileDiagnostic> diagnostics)
    {
        if (rest.Count == 2 && rest[0].Kind == TokenKind.Text && rest[0].Text.Trim().Length > 0)
        {
            return rest[0].Text;
        }
        Fail(rest[0], $"`{keyword}` takes one text in double quotes", $"e.g. {keyword} \"...\"", diagnostics);
        return null;
    }

    private static ProfileHeader ReadSubject(ProfileHeader header, List<Token> rest, List<ProfileDiagnostic> diagnostics)
    {
        if (rest.Count != 2 || rest[0].Kind != TokenKind.Word || !Subjects.Contains(rest[0].Text, StringComparer.Ordinal))
        {
            var given = rest[0].Kind == TokenKind.End ? "" : $" (not `{rest[0].Text}`)";
            Fail(rest[0], $"`subject` takes what the profile selects: {string.Join(" or ", Subjects)}{given}", "e.g. subject consignments", diagnostics);
            return header;
        }
        return header with { Subject = rest[0].Text };
    }

    // Owners are unit codes such as RS-ACCU-BELGRADE: read raw, because a hyphen is subtraction elsewhere.
    private static ProfileHeader ReadOwner(ProfileHeader header, Token keyword, string line, List<ProfileDiagnostic> diagnostics)
    {
        var start = keyword.At.Column - 1 + "owner".Length;
        var comment = line.IndexOf('#', start);
        var value = line[start..(comment < 0 ? line.Length : comment)].Trim();
        var valid = value.Length > 0 && char.IsAsciiLetterOrDigit(value[0])
            && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
        if (!valid)
        {
            diagnostics.Add(new ProfileDiagnostic(keyword.At.Line, keyword.At.Column, "`owner` takes the owning unit's code",
                "e.g. owner RS-ACCU-BELGRADE (letters, digits, - _ .)"));
            return header;
        }
        return header with { Owner = value };
    }

    private static ProfileHeader ReadValidity(ProfileHeader header, List<Token> rest, List<ProfileDiagnostic> diagnostics)
    {
        if (rest.Count != 4 || rest[0].Kind != TokenKind.Date || !rest[1].IsWord("to") || rest[2].Kind != TokenKind.Date)
        {
            Fail(rest[0], "`valid` takes a period of dates", "e.g. valid 2026-12-01 to 2027-06-01", diagnostics);
            return header;
        }
        var from = DateOnly.ParseExact(rest[0].Text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = DateOnly.ParseExact(rest[2].Text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (to <= from)
        {
            Fail(rest[2], "the period ends before it starts", "the second date must be after the first", diagnostics);
            return header;
        }
        return header with { ValidFrom = from, ValidTo = to };
    }

    private static ProfileHeader ReadHitCap(ProfileHeader header, List<Token> rest, List<ProfileDiagnostic> diagnostics)
    {
        HitCapPeriod? period = rest.Count == 4 && rest[1].IsWord("per") ? rest[2].Text switch
        {
            "hour" => HitCapPeriod.Hour,
            "day" => HitCapPeriod.Day,
            "week" => HitCapPeriod.Week,
            _ => null,
        } : null;
        if (period is null || !TryPositiveInteger(rest[0], out var count))
        {
            Fail(rest[0], "`hit cap` takes a whole number of hits per hour, day or week", "e.g. hit cap 50 per day", diagnostics);
            return header;
        }
        return header with { HitCap = new HitCap(count, period.Value) };
    }

    private static ProfileHeader ReadScore(ProfileHeader header, List<Token> rest, List<ProfileDiagnostic> diagnostics)
    {
        if (rest.Count != 2 || !TryPositiveInteger(rest[0], out var score) || score > 100)
        {
            Fail(rest[0], "`score` takes a whole number from 1 to 100", "e.g. score 40", diagnostics);
            return header;
        }
        return header with { Score = score };
    }

    private static bool TryPositiveInteger(Token token, out int value)
    {
        value = 0;
        return token.Kind == TokenKind.Number
            && int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out value)
            && value > 0;
    }

    private static void Fail(Token at, string problem, string suggestion, List<ProfileDiagnostic> diagnostics) =>
        diagnostics.Add(new ProfileDiagnostic(at.At.Line, at.At.Column, problem, suggestion));
}
