using Portcullis.Profiles.Compiling;

namespace Portcullis.Profiles.Tests;

/// <summary>
/// <see cref="TextSet"/> answers exactly what a set ignoring case (ordinal) answers, on its fast paths
/// (short ASCII texts packed into a number, a few texts of each length compared) and off them.
/// </summary>
public sealed class TextSetTests
{
    // Short codes, the seven/eight character edge of packing, long texts, punctuation next to letters
    // (@ and ` differ from A and a by the case bit), and letters outside ASCII whose upper or lower case
    // is an ASCII letter (Kelvin sign, dotless i, dotted I, long s) or that have no one-letter case (ß).
    private static readonly string[] Texts =
    [
        "", "C", "co", "CO", "Co", "PE", "ABCDEFG", "abcdefg", "ABCDEFGH", "abcdefgh", "gmail.com", "GMAIL.COM",
        "gmail.co", "outlook.com", "@", "`", "[", "{", "a@", "A`", "\u212A", "k", "K", "\u0131", "i", "I", "\u0130",
        "\u017F", "s", "S", "stra\u00DFe", "STRASSE", "\u00E9t\u00E9", "\u00C9T\u00C9", "CO\u0000", "C\u0000",
    ];

    public static TheoryData<string[]> Sets() => new(
        [],
        ["CO", "PE", "BO", "EC"],
        ["cash", "CA"],
        ["gmail.com", "yahoo.com", "outlook.com", "mail.ru"],
        ["k", "i", "s", "STRASSE", "\u00E9t\u00E9"],
        ["\u212A", "\u0131", "\u0130", "\u017F", "stra\u00DFe"],
        ["@", "`", "a@"],
        ["ABCDEFG", "abcdefgh"],
        // More than a few values of one length: the frozen set answers for texts of that length.
        ["AA", "BB", "CC", "DD", "EE", "FF", "gmail.com", "yahoo.com", "other.com", "fourth.co", "fifth.com"]);

    [Theory]
    [MemberData(nameof(Sets))]
    public void Contains_answers_what_a_set_ignoring_case_answers(string[] values)
    {
        var set = new TextSet(values);
        var reference = new HashSet<string>(values, StringComparer.OrdinalIgnoreCase);
        foreach (var text in Texts.Concat(values))
        {
            set.Contains(text).ShouldBe(reference.Contains(text), $"\"{text}\" in [{string.Join(", ", values)}]");
        }
    }
}
