using Portcullis.Profiles.Syntax;

namespace Portcullis.Profiles;

/// <summary>
/// Profiles as text, the form units exchange and keep under version control: <see cref="Parse"/> reads
/// one (never throws; mistakes are diagnostics), <c>Format</c> writes one in the canonical layout.
/// </summary>
public static class ProfileText
{
    public static ParsedProfile Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ProfileParser.Parse(text);
    }

    public static string Format(ParsedProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return ProfileFormatter.Format(profile);
    }

    /// <summary>One condition on one line, as it appears in explanations and messages.</summary>
    public static string Format(ConditionSyntax condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return ProfileFormatter.Expression(condition);
    }
}
