namespace Portcullis.Formats.Pnrgov;

/// <summary>
/// Names as reservation systems send them: a title is often glued to the given names ("MOLLYMRS",
/// "KONG CHUN MRS"). The title is split off so that names match documents and watch lists.
/// </summary>
internal static class PnrNames
{
    // Longest first, so that "MRS" is not read as "MR" + "S". "MS" is only split off when it stands
    // apart: glued, it ends too many names (WILLIAMS, ADAMS).
    private static readonly string[] GluedTitles = ["MSTR", "MISS", "MRS", "MR", "DR"];
    private static readonly string[] SeparateTitles = ["MSTR", "MISS", "MRS", "MR", "MS", "DR", "PROF", "REV", "CHD", "INF"];

    public static (string? Given, string? Title) SplitTitle(string given)
    {
        var text = given.Trim();
        if (text.Length == 0)
        {
            return (null, null);
        }

        var space = text.LastIndexOf(' ');
        if (space > 0)
        {
            var last = text[(space + 1)..];
            if (SeparateTitles.Contains(last, StringComparer.Ordinal))
            {
                return (text[..space].TrimEnd(), last);
            }
        }

        var word = space > 0 ? text[(space + 1)..] : text;
        foreach (var title in GluedTitles)
        {
            // At least two letters of name must remain before a glued title.
            if (word.Length >= title.Length + 2 && word.EndsWith(title, StringComparison.Ordinal))
            {
                return (text[..^title.Length], title);
            }
        }

        return (text, null);
    }

    /// <summary>Upper case without spaces, for matching a DOCS or INFT name to a TIF name.</summary>
    public static string Key(string? name) =>
        string.Concat((name ?? "").Where(char.IsLetter)).ToUpperInvariant();
}
