using Portcullis.Profiles.Checking;
using Portcullis.Profiles.Compiling;
using Portcullis.Profiles.Travellers;

namespace Portcullis.Profiles.Tests;

/// <summary>Wraps a condition in a complete header, and checks and compiles it against the traveller catalogue.</summary>
internal static class ProfileBuilder
{
    public const string Header = """
        profile "Test"
        rationale "Because."
        owner RS-ACCU-BELGRADE
        valid 2026-12-01 to 2027-06-01
        hit cap 50 per day
        score 40
        """;

    /// <summary>Header lines take 6 lines; `when` is on line 7; the condition starts on line 8, column 3.</summary>
    public static string WithHeader(string condition) => Header + "\nwhen\n  " + condition + "\n";

    public static ReferenceLists Lists { get; } = new(new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        ["source-countries"] = new HashSet<string>(["CO", "PE", "BO", "EC"], StringComparer.Ordinal),
        ["hub-airports"] = new HashSet<string>(["IST", "DXB", "DOH"], StringComparer.Ordinal),
        ["free-mail-domains"] = new HashSet<string>(["gmail.com", "yahoo.com", "outlook.com", "mail.ru"], StringComparer.Ordinal),
    });

    public static ProfileCheck<TravellerFacts> Check(string text) =>
        ProfileChecker.Check(ProfileText.Parse(text), TravellerCatalogue.Fields, Lists);

    public static CompiledProfile<TravellerFacts> Compile(string text)
    {
        var check = Check(text);
        check.Errors.ShouldBeEmpty();
        return check.Profile!.Compile();
    }

    public static CompiledProfile<TravellerFacts> CompileCondition(string condition) => Compile(WithHeader(condition));

    public static IReadOnlyList<string> Errors(string text) => Check(text).Errors.Select(e => e.ToString()).ToList();

    public static IReadOnlyList<string> ConditionErrors(string condition) => Errors(WithHeader(condition));
}
