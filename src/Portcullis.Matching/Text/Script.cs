namespace Portcullis.Matching.Text;

/// <summary>
/// The writing systems a name can arrive in. Only those that a traveller's name or a watch-list entry
/// is likely to use get their own value; every other script is <see cref="Other"/>, and text without
/// a single letter is <see cref="None"/>.
/// </summary>
public enum Script
{
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Armenian,
    Georgian,
    Han,
    Hangul,
    Kana,
    Thai,
    Devanagari,
    Other,
    None,
}
