namespace Portcullis.Domain.People;

/// <summary>
/// The user interface languages. Serbian, Bosnian and Montenegrin officers share one Latin-script
/// variant (<c>sr-Latn</c>): the three standards differ little in the words a screen uses.
/// </summary>
public static class Language
{
    public const string English = "en";
    public const string Albanian = "sq";
    public const string SerbianBosnianMontenegrinLatin = "sr-Latn";
    public const string Macedonian = "mk";

    public static IReadOnlyList<string> All { get; } = [English, Albanian, SerbianBosnianMontenegrinLatin, Macedonian];

    /// <summary>Each language named in itself, as a language menu shows it.</summary>
    public static string NativeName(string language) => language switch
    {
        English => "English",
        Albanian => "Shqip",
        SerbianBosnianMontenegrinLatin => "Srpski / Bosanski / Crnogorski",
        Macedonian => "Македонски",
        _ => language,
    };

    public static bool IsSupported(string? language) => All.Contains(language, StringComparer.Ordinal);
}
