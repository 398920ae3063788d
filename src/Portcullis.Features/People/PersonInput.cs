using Microsoft.AspNetCore.Identity;
using Portcullis.Data.People;
using Portcullis.Domain.People;
using Portcullis.Domain.Reference;

namespace Portcullis.Features.People;

/// <summary>The checks shared by adding and changing a person, and the translation of Identity's errors.</summary>
internal static class PersonInput
{
    public const string UserNameCharacters = "abcdefghijklmnopqrstuvwxyz0123456789._-";

    public static string NormalizeUserName(string userName) => userName.Trim().ToLowerInvariant();

    public static void CheckUserName(string userName, List<Problem> problems)
    {
        if (userName.Length is < 3 or > Person.UserNameMaxLength || userName.Any(c => !UserNameCharacters.Contains(c, StringComparison.Ordinal)))
        {
            problems.Add(new Problem("userName", "userName.invalid", PeopleProblems.UserNameInvalid));
        }
    }

    public static void CheckDisplayName(string displayName, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(displayName) || displayName.Length > Person.DisplayNameMaxLength)
        {
            problems.Add(new Problem("displayName", "displayName.invalid", PeopleProblems.DisplayNameInvalid));
        }
    }

    public static void CheckLanguage(string language, List<Problem> problems)
    {
        if (!Language.IsSupported(language))
        {
            problems.Add(new Problem("language", "language.unsupported", PeopleProblems.LanguageUnsupported));
        }
    }

    /// <summary>The checks adding and changing share: name, language, unit and roles. Returns the unit.</summary>
    public static Unit? CheckDetails(string displayName, string language, string? unit, IReadOnlyCollection<Role> roles, List<Problem> problems)
    {
        CheckDisplayName(displayName, problems);
        CheckLanguage(language, problems);
        return CheckUnitAndRoles(unit, roles, problems);
    }

    /// <summary>Resolves the unit code and checks it against the roles; null unit for programme roles.</summary>
    public static Unit? CheckUnitAndRoles(string? unitText, IReadOnlyCollection<Role> roles, List<Problem> problems)
    {
        Unit? unit = null;
        if (!string.IsNullOrWhiteSpace(unitText))
        {
            unit = UnitCode.TryParse(unitText, out var code) ? ReferenceCatalog.Default.FindUnit(code) : null;
            if (unit is null)
            {
                problems.Add(new Problem("unit", "unit.unknown", PeopleProblems.UnitUnknown));
                return null;
            }
        }

        if (RoleRules.Check(roles, unit is not null) is { } reason)
        {
            problems.Add(new Problem("roles", "roles.invalid", reason));
        }

        return unit;
    }

    /// <summary>Identity's errors as problems; the ones a form can meet get Portcullis's translatable texts.</summary>
    public static IReadOnlyList<Problem> FromIdentity(IdentityResult result) =>
        result.Errors.Select(e => new Problem(FieldOf(e.Code), "identity." + e.Code, e.Code switch
        {
            "DuplicateUserName" => PeopleProblems.UserNameTaken,
            "InvalidUserName" => PeopleProblems.UserNameInvalid,
            "InvalidEmail" => PeopleProblems.EmailInvalid,
            _ => e.Description,
        })).ToList();

    private static string FieldOf(string identityCode) => identityCode switch
    {
        _ when identityCode.StartsWith("Password", StringComparison.Ordinal) => "password",
        _ when identityCode.Contains("UserName", StringComparison.Ordinal) => "userName",
        _ when identityCode.Contains("Email", StringComparison.Ordinal) => "email",
        _ => string.Empty,
    };
}
