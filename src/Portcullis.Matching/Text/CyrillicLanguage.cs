namespace Portcullis.Matching.Text;

/// <summary>
/// The languages written in Cyrillic whose romanisation differs enough to matter for names.
/// <see cref="Unknown"/> is transliterated like Russian, the commonest.
/// </summary>
public enum CyrillicLanguage
{
    Unknown,
    Russian,
    Ukrainian,
    Belarusian,
    Bulgarian,
    Serbian,
    Macedonian,
}
