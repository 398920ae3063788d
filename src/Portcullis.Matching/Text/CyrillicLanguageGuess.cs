namespace Portcullis.Matching.Text;

/// <summary>
/// Guesses the language of Cyrillic text from the letters only some alphabets have. A name is short,
/// so most names carry no such letter and stay <see cref="CyrillicLanguage.Unknown"/>; a caller that
/// knows better (the document's issuing state, a list's language) passes a hint, which wins.
/// </summary>
public static class CyrillicLanguageGuess
{
    public static CyrillicLanguage Guess(ReadOnlySpan<char> text, string? languageHint = null)
    {
        var hinted = FromHint(languageHint);
        return hinted != CyrillicLanguage.Unknown ? hinted : FromLetters(text);
    }

    /// <summary>The language for an ISO 639-1 or 639-2 code, with or without a region or script ("sr-Cyrl-RS").</summary>
    public static CyrillicLanguage FromHint(string? languageHint)
    {
        if (string.IsNullOrWhiteSpace(languageHint))
        {
            return CyrillicLanguage.Unknown;
        }

        var code = languageHint.AsSpan().Trim();
        var separator = code.IndexOfAny('-', '_');
        if (separator >= 0)
        {
            code = code[..separator];
        }

        return code.ToString().ToLowerInvariant() switch
        {
            "sr" or "srp" => CyrillicLanguage.Serbian,
            "mk" or "mkd" or "mac" => CyrillicLanguage.Macedonian,
            "ru" or "rus" => CyrillicLanguage.Russian,
            "uk" or "ukr" => CyrillicLanguage.Ukrainian,
            "bg" or "bul" => CyrillicLanguage.Bulgarian,
            "be" or "bel" => CyrillicLanguage.Belarusian,
            _ => CyrillicLanguage.Unknown,
        };
    }

    private static CyrillicLanguage FromLetters(ReadOnlySpan<char> text)
    {
        bool serbian = false, macedonian = false, ukrainian = false, dottedI = false, belarusian = false;
        bool russian = false, bulgarian = false;
        for (var i = 0; i < text.Length; i++)
        {
            var next = i + 1 < text.Length ? char.ToLowerInvariant(text[i + 1]) : '\0';
            switch (char.ToLowerInvariant(text[i]))
            {
                case 'ђ' or 'ћ':
                    serbian = true;
                    break;
                case 'џ' or 'љ' or 'њ' or 'ј':
                    // Shared by Serbian and Macedonian: Serbian unless ѓ, ќ or ѕ say otherwise.
                    serbian = true;
                    break;
                case 'ѓ' or 'ќ' or 'ѕ':
                    macedonian = true;
                    break;
                case 'ї' or 'є' or 'ґ':
                    ukrainian = true;
                    break;
                case 'і':
                    // Ukrainian and Belarusian both have і; ў, ы and э tell them apart.
                    dottedI = true;
                    break;
                case 'ў':
                    belarusian = true;
                    break;
                case 'ы' or 'э' or 'ё':
                    russian = true;
                    break;
                case 'ѝ':
                    bulgarian = true;
                    break;
                case 'ъ':
                    // Russian writes ъ only as a separator before е, ё, ю, я; Bulgarian writes it as a
                    // vowel before consonants (Българ, Кърджали) and, in pre-1945 spelling, word-finally.
                    // A final щ is no sign: Russian has it too (товарищ).
                    bulgarian |= next is not ('е' or 'ё' or 'ю' or 'я');
                    break;
                default:
                    break;
            }
        }

        if (macedonian)
        {
            return CyrillicLanguage.Macedonian;
        }

        if (serbian)
        {
            return CyrillicLanguage.Serbian;
        }

        if (belarusian || (dottedI && russian && !ukrainian))
        {
            return CyrillicLanguage.Belarusian;
        }

        if (ukrainian || dottedI)
        {
            return CyrillicLanguage.Ukrainian;
        }

        if (russian)
        {
            return CyrillicLanguage.Russian;
        }

        return bulgarian ? CyrillicLanguage.Bulgarian : CyrillicLanguage.Unknown;
    }
}
