namespace Portcullis.Profiles.Syntax;

/// <summary>
/// One token: its kind, its text as written (a text literal's is already unescaped), and where it starts.
/// </summary>
public sealed record Token(TokenKind Kind, string Text, SourcePosition At)
{
    public bool IsWord(string word) => Kind == TokenKind.Word && string.Equals(Text, word, StringComparison.Ordinal);
}
