using System.Text;

namespace Portcullis.Matching.Text;

/// <summary>
/// Puts a transliterated letter in the case of its source. A capital that becomes two Latin letters
/// is written "Lj" inside a capitalised word and "LJ" inside one in capitals: the case of its
/// neighbour decides, so that "Љубомир" gives "Ljubomir" and "ЉУБОМИР" gives "LJUBOMIR".
/// </summary>
internal static class LatinCasing
{
    /// <param name="latin">The transliteration, in lower case.</param>
    /// <param name="sourceIsUpper">Whether the source letter is a capital.</param>
    /// <param name="wordIsUpper">Whether the neighbouring source letter is a capital too.</param>
    public static void Append(StringBuilder output, string latin, bool sourceIsUpper, bool wordIsUpper)
    {
        if (!sourceIsUpper || latin.Length == 0)
        {
            output.Append(latin);
            return;
        }

        output.Append(char.ToUpperInvariant(latin[0]));
        for (var i = 1; i < latin.Length; i++)
        {
            output.Append(wordIsUpper ? char.ToUpperInvariant(latin[i]) : latin[i]);
        }
    }

    /// <summary>
    /// Whether the letter after the <paramref name="consumed"/> letters at <paramref name="index"/> is
    /// a capital, or, at the end of a word, the letter before.
    /// </summary>
    public static bool NeighbourIsUpper(ReadOnlySpan<char> run, int index, int consumed)
    {
        var after = index + consumed;
        if (after < run.Length && char.IsLetter(run[after]))
        {
            return char.IsUpper(run[after]);
        }

        return index > 0 && char.IsLetter(run[index - 1]) && char.IsUpper(run[index - 1]);
    }
}
