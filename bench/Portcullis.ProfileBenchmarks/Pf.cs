using Portcullis.Profiles.Checking;

namespace Portcullis.ProfileBenchmarks;

/// <summary>
/// What RulesEngine's expressions call where its language (System.Linq.Dynamic.Core) has no direct
/// equivalent of the profile language: text that ignores case and never matches a missing value, and
/// named reference lists. Registered as a custom type (<c>ReSettings.CustomTypes</c>); the short name
/// keeps the workflow JSON readable. Semantics follow docs/profiles.md exactly, or hits would differ.
/// </summary>
public static class Pf
{
    private static ReferenceLists _lists = ReferenceLists.None;

    /// <summary>Set once before the rules run; the same lists the profiles are checked against.</summary>
    public static void UseLists(ReferenceLists lists) => _lists = lists;

    public static bool Same(string? value, string a) => value is not null && string.Equals(value, a, StringComparison.OrdinalIgnoreCase);

    // Names that are not operators of the expression language (which has `in`, `ne`, `is`...).
    // Fixed arities rather than params: the expression parser does not build arrays for a params call.
    public static bool OneOf(string? value, string a, string b) => Same(value, a) || Same(value, b);

    public static bool OneOf(string? value, string a, string b, string c) => Same(value, a) || Same(value, b) || Same(value, c);

    public static bool OneOf(string? value, string a, string b, string c, string d, string e, string f) =>
        Same(value, a) || Same(value, b) || Same(value, c) || Same(value, d) || Same(value, e) || Same(value, f);

    public static bool Differs(string? a, string? b) => a is not null && b is not null && !string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    public static bool Starts(string? value, string prefix) => value is not null && value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    public static bool Ends(string? value, string suffix) => value is not null && value.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

    public static bool Has(string? value, string part) => value is not null && value.Contains(part, StringComparison.OrdinalIgnoreCase);

    // The lists' sets ignore case (BenchProfiles.Lists), like the profile engine's.
    public static bool InList(string? value, string list) => value is not null && _lists.Find(list)!.Contains(value);

    public static bool NotInList(string? value, string list) => value is not null && !_lists.Find(list)!.Contains(value);
}
