using Portcullis.Matching.Names;

namespace Portcullis.Matching.Scoring;

/// <summary>
/// The similarity of two name parts in [0, 1], and why. Equal keys score 1 (the same name in another
/// convention); otherwise typing errors are allowed by length (one vowel up to 3 letters, one and a half
/// edits up to 5, two up to 8, three beyond) and each costs 1.25 times its share of the length; equal
/// consonant skeletons (of three consonants or more) score 0.85 when one side was written without short
/// vowels (Arabic, Hebrew script) and its letters all appear in the other; an initial matches a name it begins.
/// </summary>
public static class PartSimilarity
{
    private const float EditCost = 1.25f;

    /// <summary>Compares two parts.</summary>
    public static (float Similarity, PartComparison Reason) Compare(NamePart a, NamePart b)
    {
        if (a.Kind == NamePartKind.Initial || b.Kind == NamePartKind.Initial)
        {
            // An initial against a whole name is weak evidence: it agrees with one name in twenty-six.
            return a.Text[0] == b.Text[0] ? (a.Kind == b.Kind ? 1f : 0.6f, PartComparison.Initial) : (0f, PartComparison.Initial);
        }

        // The consonant rule reads the side written without short vowels against the side with them.
        return b.VowelsUncertain && !a.VowelsUncertain
            ? CompareKeys(b.Text, b.Key, b.Skeleton, a.Text, a.Key, a.Skeleton, firstIsVowelless: true)
            : CompareKeys(a.Text, a.Key, a.Skeleton, b.Text, b.Key, b.Skeleton, firstIsVowelless: a.VowelsUncertain && !b.VowelsUncertain);
    }

    /// <summary>Compares two parts by their folded text, key and skeleton.</summary>
    public static (float Similarity, PartComparison Reason) CompareKeys(string textA, string keyA, string skeletonA, string textB, string keyB, string skeletonB, bool firstIsVowelless)
    {
        if (string.Equals(textA, textB, StringComparison.Ordinal))
        {
            return (1f, PartComparison.Same);
        }

        if (string.Equals(keyA, keyB, StringComparison.Ordinal))
        {
            return (1f, PartComparison.Variant);
        }

        // Keys first; the spellings too, because a typo can break a digraph the key relies on
        // ("Lakhal" typed "Lakahl" loses its kh).
        // A swap of two letters is a typing slip between Latin spellings, not a transliteration's guess.
        var (best, reason) = (TypoSimilarity(keyA, keyB, !firstIsVowelless), PartComparison.Typo);
        if (!ReferenceEquals(textA, keyA) || !ReferenceEquals(textB, keyB))
        {
            best = Math.Max(best, TypoSimilarity(textA, textB, !firstIsVowelless));
        }

        if (firstIsVowelless && best < 0.85f && skeletonA.Length >= 3 && Math.Abs(keyA.Length - keyB.Length) <= 3
            && SameConsonants(skeletonA, skeletonB) && IsWrittenWithin(keyA, keyB))
        {
            best = 0.85f;
            reason = PartComparison.Consonants;
        }

        return (Math.Max(best, 0f), reason);
    }

    /// <summary>
    /// True when every letter of the vowelless spelling appears, in order, in the vowelled one: Arabic
    /// script writes long vowels, so "amir" (امیر) is not "omar" (عمر) although both have m and r. A
    /// first vowel is not compared (the script's alef and ain both begin with one), and vowels compare by
    /// kind: a; e and i; o, u and w.
    /// </summary>
    private static bool IsWrittenWithin(string vowelless, string vowelled)
    {
        var i = IsVowel(vowelless[0]) ? 1 : 0;
        var j = IsVowel(vowelled[0]) ? 1 : 0;
        for (; i < vowelless.Length; i++)
        {
            while (j < vowelled.Length && !Compatible(vowelless[i], vowelled[j]))
            {
                j++;
            }

            if (j == vowelled.Length)
            {
                return false;
            }

            j++;
        }

        return true;
    }

    private static bool SameConsonants(string vowellessSkeleton, string vowelledSkeleton)
    {
        if (vowellessSkeleton.Length != vowelledSkeleton.Length)
        {
            return false;
        }

        for (var i = 0; i < vowellessSkeleton.Length; i++)
        {
            if (!Compatible(vowellessSkeleton[i], vowelledSkeleton[i]))
            {
                return false;
            }
        }

        return true;
    }

    // A letter of the vowelless spelling against one of the vowelled: vowels by kind (a; e and i; o,
    // u and w), and the sounds Arabic script has no letter for, written with the nearest: p as b
    // (Pérez, بيريز), v as f, g as j, k or gh.
    private static bool Compatible(char vowelless, char vowelled) =>
        VowelKind(vowelless) == VowelKind(vowelled)
        || (vowelless == 'b' && vowelled == 'p')
        || (vowelless == 'f' && vowelled == 'v')
        || (vowelless is 'j' or 'i' or 'k' or 'h' && vowelled == 'g');

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static char VowelKind(char c) => c switch { 'e' => 'i', 'o' or 'v' => 'u', _ => c };

    private static float TypoSimilarity(string a, string b, bool cheapTransposition)
    {
        var allowedHalves = AllowedHalfEdits(Math.Min(a.Length, b.Length));
        var halves = EditDistance.Compute(a, b, allowedHalves, cheapTransposition);
        if (halves > allowedHalves)
        {
            return 0f;
        }

        // The first letter is rarely mistyped: an edit there costs more, unless it is swapped with the second.
        var swappedStart = a.Length > 1 && b.Length > 1 && a[0] == b[1] && a[1] == b[0];
        var penalty = a[0] == b[0] || swappedStart ? 0f : 0.1f;
        return Math.Max(0f, 1f - (EditCost * halves / 2f / Math.Max(a.Length, b.Length)) - penalty);
    }

    /// <summary>How many half edits (see <see cref="EditDistance"/>) a part of this length may differ by and still be the same name.</summary>
    public static int AllowedHalfEdits(int length) => length switch
    {
        <= 1 => 0,
        <= 3 => 2,
        <= 5 => 3,
        <= 8 => 4,
        _ => 6,
    };
}
