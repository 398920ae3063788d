namespace Portcullis.Profiles.Syntax;

/// <summary>
/// What the tokenizer recognises. Words (keywords, field names, lambda variables) are all
/// <see cref="Word"/>: the parser decides by position, so a field may share a keyword's spelling.
/// </summary>
public enum TokenKind
{
    Word,
    Number,
    Text,
    Date,
    DateTime,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Plus,
    Minus,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
    Comma,
    Arrow,
    End,
}
