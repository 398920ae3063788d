namespace Portcullis.Matching.Text;

/// <summary>
/// The Latin for each lower-case Cyrillic letter, per language, position-free. The letters whose
/// Latin depends on their place in the word (Ukrainian є ї й ю я, Bulgarian final -ия) are decided
/// by <see cref="CyrillicTransliterator"/>. A language's table answers null for a letter it lacks,
/// and the letter is then read as the language it belongs to would read it.
/// </summary>
internal static class CyrillicLetters
{
    /// <summary>Russian, passport and BGN style: ё and э as plain e, hard and soft signs dropped.</summary>
    public static string? Russian(char c) => c switch
    {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' or 'ё' or 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' or 'ь' => "",
        'ы' => "y",
        'ю' => "yu",
        'я' => "ya",
        _ => null,
    };

    /// <summary>Ukrainian, the national system of 2010 (Cabinet resolution 55), in the forms used inside a word.</summary>
    public static string? Ukrainian(char c) => c switch
    {
        'г' => "h",
        'ґ' => "g",
        'и' => "y",
        'і' => "i",
        'є' => "ie",
        'ї' => "i",
        'й' => "i",
        'ю' => "iu",
        'я' => "ia",
        'ь' => "",
        _ => Russian(c),
    };

    /// <summary>Belarusian, a plain passport-style reading: г as h, ў as u.</summary>
    public static string? Belarusian(char c) => c switch
    {
        'г' => "h",
        'ё' => "yo",
        'і' => "i",
        'ў' => "u",
        _ => Russian(c),
    };

    /// <summary>Bulgarian, the Transliteration Act of 2009: щ sht, ъ a, х h, ь y.</summary>
    public static string? Bulgarian(char c) => c switch
    {
        'х' => "h",
        'щ' => "sht",
        'ъ' => "a",
        'ь' => "y",
        'ѝ' => "i",
        _ => Russian(c),
    };

    /// <summary>Serbian Cyrillic to Serbian Latin (gajica), letter for letter as Serbs write it.</summary>
    public static string? Serbian(char c) => c switch
    {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'ђ' => "đ",
        'е' => "e",
        'ж' => "ž",
        'з' => "z",
        'и' => "i",
        'ј' => "j",
        'к' => "k",
        'л' => "l",
        'љ' => "lj",
        'м' => "m",
        'н' => "n",
        'њ' => "nj",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'ћ' => "ć",
        'у' => "u",
        'ф' => "f",
        'х' => "h",
        'ц' => "c",
        'ч' => "č",
        'џ' => "dž",
        'ш' => "š",
        _ => null,
    };

    /// <summary>
    /// Macedonian as Macedonian documents romanise it: Serbian Latin for the shared letters, and gj, kj,
    /// dz for ѓ, ќ, ѕ (library catalogues write ǵ and ḱ instead; matching folds the two together).
    /// </summary>
    public static string? Macedonian(char c) => c switch
    {
        'ѓ' => "gj",
        'ќ' => "kj",
        'ѕ' => "dz",
        _ => Serbian(c),
    };

    /// <summary>Any letter of the languages above, read as the language it belongs to reads it.</summary>
    public static string? Any(char c) =>
        Serbian(c) ?? Macedonian(c) ?? Ukrainian(c) ?? Belarusian(c) ?? Bulgarian(c);
}
