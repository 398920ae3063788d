using System.Globalization;

namespace Portcullis.Profiles.Syntax;

/// <summary>
/// Splits a stretch of profile text into tokens, tracking line and column so that every later error
/// can point at the exact character. Comments run from <c>#</c> to the end of the line.
/// </summary>
internal sealed class Tokenizer
{
    private readonly string _text;
    private readonly int _end;
    private readonly List<ProfileDiagnostic> _diagnostics;
    private int _index;
    private int _line;
    private int _column;
    private SourcePosition _afterLastToken;

    public Tokenizer(string text, int start, int end, SourcePosition startAt, List<ProfileDiagnostic> diagnostics)
    {
        _text = text;
        _index = start;
        _end = end;
        _line = startAt.Line;
        _column = startAt.Column;
        _diagnostics = diagnostics;
        _afterLastToken = startAt;
    }

    public List<Token> ReadAll()
    {
        var tokens = new List<Token>();
        while (true)
        {
            SkipSpaceAndComments();
            var at = new SourcePosition(_line, _column);
            if (_index >= _end)
            {
                // The end sits just after the last token, so "expected `)`" points at the line it is missing from.
                tokens.Add(new Token(TokenKind.End, "", _afterLastToken));
                return tokens;
            }
            var token = ReadOne(at);
            if (token is not null)
            {
                tokens.Add(token);
                _afterLastToken = new SourcePosition(_line, _column);
            }
        }
    }

    private void SkipSpaceAndComments()
    {
        while (_index < _end)
        {
            var c = _text[_index];
            if (c == '#')
            {
                while (_index < _end && _text[_index] != '\n')
                {
                    Advance();
                }
            }
            else if (char.IsWhiteSpace(c))
            {
                Advance();
            }
            else
            {
                return;
            }
        }
    }

    private Token? ReadOne(SourcePosition at)
    {
        var c = _text[_index];
        if (char.IsAsciiLetter(c) || c == '_')
        {
            return ReadWord(at);
        }
        if (char.IsAsciiDigit(c))
        {
            return ReadNumberOrDate(at);
        }
        if (c == '"')
        {
            return ReadText(at);
        }
        var two = _index + 1 < _end ? _text.Substring(_index, 2) : "";
        var pair = two switch
        {
            "!=" => TokenKind.NotEqual,
            "<=" => TokenKind.LessOrEqual,
            ">=" => TokenKind.GreaterOrEqual,
            "=>" => TokenKind.Arrow,
            _ => (TokenKind?)null,
        };
        if (pair is { } pairKind)
        {
            Advance();
            Advance();
            return new Token(pairKind, two, at);
        }
        TokenKind? single = c switch
        {
            '=' => TokenKind.Equal,
            '<' => TokenKind.Less,
            '>' => TokenKind.Greater,
            '+' => TokenKind.Plus,
            '-' => TokenKind.Minus,
            '(' => TokenKind.OpenParen,
            ')' => TokenKind.CloseParen,
            '[' => TokenKind.OpenBracket,
            ']' => TokenKind.CloseBracket,
            ',' => TokenKind.Comma,
            _ => null,
        };
        Advance();
        if (single is { } kind)
        {
            return new Token(kind, c.ToString(), at);
        }
        _diagnostics.Add(new ProfileDiagnostic(at.Line, at.Column, $"unexpected character `{c}`",
            "conditions use field names, literals, and = != < <= > >= + - ( ) [ ] , =>"));
        return null;
    }

    // Field names are dotted words (booking.payment.type) read as one token, so that an unknown field
    // is reported once, at its first character, with the whole name.
    private Token ReadWord(SourcePosition at)
    {
        var start = _index;
        while (_index < _end)
        {
            var c = _text[_index];
            var continuesName = char.IsAsciiLetterOrDigit(c) || c == '_'
                || (c == '.' && _index + 1 < _end && (char.IsAsciiLetter(_text[_index + 1]) || _text[_index + 1] == '_'));
            if (!continuesName)
            {
                break;
            }
            Advance();
        }
        return new Token(TokenKind.Word, _text[start.._index], at);
    }

    private Token ReadNumberOrDate(SourcePosition at)
    {
        var start = _index;
        while (_index < _end && (char.IsAsciiLetterOrDigit(_text[_index]) || _text[_index] is '-' or ':' or '.'))
        {
            // A minus only belongs to a date (2026-12-01); in "5-3" it is subtraction.
            if (_text[_index] == '-' && !LooksLikeDate(start))
            {
                break;
            }
            if (_text[_index] == '.' && !(_index + 1 < _end && char.IsAsciiDigit(_text[_index + 1])))
            {
                break;
            }
            if (char.IsAsciiLetter(_text[_index]) && !LooksLikeDate(start))
            {
                break;
            }
            Advance();
        }
        var text = _text[start.._index];
        if (LooksLikeDate(start))
        {
            if (text.Length == 10)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    BadDate(at, text);
                }
                return new Token(TokenKind.Date, text, at);
            }
            if (!DateTime.TryParseExact(text, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out _))
            {
                BadDate(at, text);
            }
            return new Token(TokenKind.DateTime, text, at);
        }
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
        {
            _diagnostics.Add(new ProfileDiagnostic(at.Line, at.Column, $"`{text}` is not a number",
                "write numbers with digits and an optional decimal point, e.g. 2 or 12.5"));
        }
        return new Token(TokenKind.Number, text, at);
    }

    private void BadDate(SourcePosition at, string text) =>
        _diagnostics.Add(new ProfileDiagnostic(at.Line, at.Column, $"`{text}` is not a valid date",
            "write dates as YYYY-MM-DD (e.g. 2026-12-01) and times as YYYY-MM-DDTHH:MM (e.g. 2026-12-01T06:30)"));

    private bool LooksLikeDate(int start) =>
        start + 10 <= _end
        && char.IsAsciiDigit(_text[start]) && char.IsAsciiDigit(_text[start + 1])
        && char.IsAsciiDigit(_text[start + 2]) && char.IsAsciiDigit(_text[start + 3])
        && _text[start + 4] == '-' && _text[start + 7] == '-';

    private Token ReadText(SourcePosition at)
    {
        Advance();
        var value = new System.Text.StringBuilder();
        while (_index < _end && _text[_index] != '"' && _text[_index] != '\n')
        {
            if (_text[_index] == '\\' && _index + 1 < _end && _text[_index + 1] is '"' or '\\')
            {
                Advance();
            }
            value.Append(_text[_index]);
            Advance();
        }
        if (_index < _end && _text[_index] == '"')
        {
            Advance();
        }
        else
        {
            _diagnostics.Add(new ProfileDiagnostic(at.Line, at.Column, "this text has no closing quote",
                "end the text with \" on the same line"));
        }
        return new Token(TokenKind.Text, value.ToString(), at);
    }

    private void Advance()
    {
        if (_text[_index] == '\n')
        {
            _line++;
            _column = 1;
        }
        else
        {
            _column++;
        }
        _index++;
    }
}
