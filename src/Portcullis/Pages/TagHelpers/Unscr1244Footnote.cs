namespace Portcullis.Pages.TagHelpers;

/// <summary>
/// Remembers, for one response, that Kosovo* was named, so that the layout prints the UNSCR 1244
/// footnote at the foot of that page and only that page.
/// </summary>
public static class Unscr1244Footnote
{
    private static readonly object Key = new();

    public static void MarkNeeded(HttpContext context) => context.Items[Key] = true;

    public static bool IsNeeded(HttpContext context) => context.Items.ContainsKey(Key);
}
