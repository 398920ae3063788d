namespace Portcullis.Matching.Documents;

/// <summary>A run of letters and digits in free text, with where it stands.</summary>
internal readonly record struct TextToken(int Start, int End, string Text)
{
    public bool HasDigit => Text.Any(char.IsDigit);

    public bool IsLettersOnly => !HasDigit;

    /// <summary>No lower-case letter: "SM", "A", "06FBO2262", but not "Jan" or "QDi".</summary>
    public bool IsUpperCase => !Text.Any(char.IsLower);

    /// <summary>The tokens of a text: maximal runs of letters and digits (any script, full-width included).</summary>
    public static List<TextToken> Split(string text)
    {
        var tokens = new List<TextToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            tokens.Add(new TextToken(start, i, text[start..i]));
        }

        return tokens;
    }
}
