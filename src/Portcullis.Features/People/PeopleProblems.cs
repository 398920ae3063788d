namespace Portcullis.Features.People;

/// <summary>
/// The fixed texts of the problems the people forms can meet. Fixed, not built with the value that
/// was wrong, so that the pages can show them in the reader's language (the field is named apart).
/// </summary>
public static class PeopleProblems
{
    public const string UserNameInvalid = "A user name has 3 to 64 characters: lower-case letters a-z, digits, '.', '_' and '-'.";
    public const string DisplayNameInvalid = "A name is required, at most 200 characters.";
    public const string LanguageUnsupported = "The language is one of English (en), Albanian (sq), Serbian/Bosnian/Montenegrin (sr-Latn) and Macedonian (mk).";
    public const string UnitUnknown = "This is not a unit code; the reference data lists the units.";
    public const string UserNameTaken = "This user name is already taken.";
    public const string EmailInvalid = "This is not an e-mail address.";

    public static IReadOnlyList<string> All { get; } =
        [UserNameInvalid, DisplayNameInvalid, LanguageUnsupported, UnitUnknown, UserNameTaken, EmailInvalid];
}
