using System.Text;
using Portcullis.Matching.Text;

namespace Portcullis.Matching.Names;

/// <summary>
/// Turns a name as written (any script, any order, with titles, particles and legal forms) into parts
/// ready for comparison. Steps: transliterate non-Latin runs; join dotted legal forms (D.O.O., SH.P.K.);
/// read "SURNAME, Given" as surname first; fold to lower-case ASCII; split Arabic compounds written
/// as one word (Abdulrahman = Abd + Rahman); classify each part; map romanisation variants to one
/// spelling; compute each part's phonetic key and weight. Pure and thread-safe.
/// </summary>
public static class NameAnalyzer
{
    private static readonly string[] AbdPrefixes = ["abdul", "abdel", "abdal", "abdol", "abdoul", "abdur", "abdus", "abdun", "abd"];

    /// <summary>Analyses a name. <paramref name="familyName"/>, when the source gives it apart, marks those parts as the surname.</summary>
    public static AnalyzedName Analyze(string name, SubjectKind subject = SubjectKind.Unknown, string? familyName = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var latin = ToLatin(name);
        var familyTokens = familyName is null ? null : new HashSet<string>(Tokens(JoinDottedLegalForms(ToLatin(familyName), subject)), StringComparer.Ordinal);
        latin = JoinDottedLegalForms(latin, subject);

        // "PETROVIC, Djordje" puts the surname first; the comma is the only sign of it.
        var comma = latin.IndexOf(',', StringComparison.Ordinal);
        if (familyTokens is null && subject != SubjectKind.Organisation && comma > 0 && latin.IndexOf(',', comma + 1) < 0)
        {
            familyTokens = new HashSet<string>(Tokens(latin[..comma]), StringComparer.Ordinal);
        }

        var tokens = SplitCompounds(Tokens(latin));
        if (subject != SubjectKind.Person)
        {
            tokens = LegalFormPhrases.Collapse(tokens);
        }

        var vowelsUncertain = HasVowellessScript(name);
        var noDistinctiveWord = tokens.All(t => t.Length == 1 || NameVocabulary.GenericWords.Contains(t) || NameVocabulary.LegalForms.Contains(t));
        var parts = new List<NamePart>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            // "A.B.C. Company": when nothing else distinguishes the name, its letters and common words do.
            var kind = noDistinctiveWord ? NamePartKind.Name : Classify(tokens, i, subject);
            var canonical = kind == NamePartKind.Name && NameVocabulary.Variants.TryGetValue(tokens[i], out var variant) ? variant : tokens[i];
            var key = PhoneticKey.Of(canonical);
            var isFamily = familyTokens is not null && familyTokens.Contains(tokens[i]);
            parts.Add(new NamePart(tokens[i], key, PhoneticKey.Skeleton(key), kind, isFamily, Weigh(kind, key, isFamily), vowelsUncertain));
        }

        return new AnalyzedName(name, latin, subject, parts);
    }

    // Arabic and Hebrew script write no short vowels: their transliterations guess them.
    private static bool HasVowellessScript(string text)
    {
        foreach (var c in text)
        {
            if (c is (>= '\u0590' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFEFF'))
            {
                return true;
            }
        }

        return false;
    }

    private static string ToLatin(string text) => ScriptDetector.IsLatinOnly(text) ? text : Transliteration.ToLatin(text);

    private static List<string> Tokens(string latin)
    {
        var folded = LatinFolding.Fold(latin);
        if (folded.Length == 0)
        {
            return [];
        }

        var tokens = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = UndoDigitsForLetters(tokens[i]);
        }

        return [.. tokens];
    }

    // "Ig0r Sech1n": digits typed for the letters they look like, inside a word that has letters.
    private static string UndoDigitsForLetters(string token)
    {
        if (!token.Any(char.IsAsciiDigit) || token.Count(char.IsAsciiLetter) < 2)
        {
            return token;
        }

        if (token.Length > 2 && (token.EndsWith("st", StringComparison.Ordinal) || token.EndsWith("nd", StringComparison.Ordinal)
            || token.EndsWith("rd", StringComparison.Ordinal) || token.EndsWith("th", StringComparison.Ordinal)) && token[..^2].All(char.IsAsciiDigit))
        {
            return token[..^2];
        }

        return string.Create(token.Length, token, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch { '0' => 'o', '1' => 'i', '3' => 'e', '4' => 'a', '5' => 's', '7' => 't', '8' => 'b', '9' => 'g', var c => c };
            }
        });
    }

    private static List<string> SplitCompounds(List<string> tokens)
    {
        List<string>? result = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var prefix = AbdCompoundPrefix(token);
            if (prefix is null)
            {
                result?.Add(token);
                continue;
            }

            result ??= tokens.Take(i).ToList();
            result.Add("abd");
            var rest = token[prefix.Length..];
            // Abdurrahman, Abdussalam: the article's consonant is assimilated to the name's first
            // letter; spelled with one letter (Abdurahman), that letter still begins the name.
            if (prefix.Length == 5 && prefix[^1] != 'l' && rest[0] != prefix[^1])
            {
                rest = prefix[^1] + rest;
            }

            result.Add(rest);
        }

        return result ?? tokens;
    }

    private static string? AbdCompoundPrefix(string token)
    {
        if (token.Length < 6 || !token.StartsWith("abd", StringComparison.Ordinal)
            || NameVocabulary.Variants.ContainsKey(token) || NameVocabulary.Canonicals.Contains(token))
        {
            return null;
        }

        foreach (var prefix in AbdPrefixes)
        {
            if (token.StartsWith(prefix, StringComparison.Ordinal) && token.Length - prefix.Length >= 3)
            {
                return prefix;
            }
        }

        return null;
    }

    private static NamePartKind Classify(List<string> tokens, int index, SubjectKind subject)
    {
        var token = tokens[index];
        var othersExist = tokens.Count > 1;
        if (token.All(char.IsAsciiDigit) || IsRomanNumeral(token, tokens.Count))
        {
            return NamePartKind.Number;
        }

        // A person's name may carry a legal form when it names a company ("Nicolás Maduro LLC"); only the
        // unmistakable ones then, and never first.
        if (othersExist && NameVocabulary.LegalForms.Contains(token) && HasOtherDistinctive(tokens, index)
            && (subject != SubjectKind.Person || (index > 0 && token.Length >= 3)))
        {
            return NamePartKind.LegalForm;
        }

        if (subject != SubjectKind.Organisation && othersExist && NameVocabulary.Titles.Contains(token) && HasOtherDistinctive(tokens, index))
        {
            return NamePartKind.Title;
        }

        // "Abd" (servant of) always leads a compound name: alone it says nothing of who is meant.
        if (othersExist && (NameVocabulary.Particles.Contains(token) || IsAbd(token)))
        {
            return NamePartKind.Particle;
        }

        if (token.Length == 1)
        {
            return NamePartKind.Initial;
        }

        return subject != SubjectKind.Person && othersExist && NameVocabulary.GenericWords.Contains(token) ? NamePartKind.Generic : NamePartKind.Name;
    }

    private static bool IsAbd(string token) => token == "abd" || (NameVocabulary.Variants.TryGetValue(token, out var canonical) && canonical == "abd");

    private static bool HasOtherDistinctive(List<string> tokens, int index)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i != index && !NameVocabulary.LegalForms.Contains(tokens[i]) && !NameVocabulary.Titles.Contains(tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRomanNumeral(string token, int count) =>
        count > 1 && token is "ii" or "iii" or "iv" or "vi" or "vii" or "viii" or "ix" or "xi" or "xii";

    private static float Weigh(NamePartKind kind, string key, bool isFamily)
    {
        var weight = kind switch
        {
            NamePartKind.Name => key.Length <= 2 ? 0.8f : 1f,
            NamePartKind.Number => 0.8f,
            NamePartKind.Initial => 0.35f,
            NamePartKind.Generic => 0.4f,
            NamePartKind.Particle => 0.1f,
            _ => 0f,
        };
        return isFamily ? weight * 1.25f : weight;
    }

    /// <summary>
    /// Joins abbreviations written with dots into one word when the result is a legal form
    /// ("D.O.O." → "DOO", "Sh.p.k." → "Shpk") or an organisation's initials ("A.B.C." → "ABC").
    /// </summary>
    private static string JoinDottedLegalForms(string text, SubjectKind subject)
    {
        if (subject == SubjectKind.Person || text.IndexOf('.', StringComparison.Ordinal) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var word in text.Split(' '))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            var trimmed = word.TrimEnd(',', ';');
            var joined = trimmed.Replace(".", string.Empty, StringComparison.Ordinal);
            var isDotted = trimmed.Contains('.', StringComparison.Ordinal) && trimmed.Split('.', StringSplitOptions.RemoveEmptyEntries).All(s => s.Length <= 3);
            var isInitials = isDotted && trimmed.Split('.', StringSplitOptions.RemoveEmptyEntries).All(s => s.Length == 1);
            var join = isDotted && joined.Length > 1 && (isInitials || NameVocabulary.LegalForms.Contains(LatinFolding.Fold(joined)));
            builder.Append(join ? joined + word[trimmed.Length..] : word);
        }

        return builder.ToString();
    }
}
