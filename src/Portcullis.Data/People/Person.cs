using Microsoft.AspNetCore.Identity;

namespace Portcullis.Data.People;

/// <summary>
/// A person who signs in: an ASP.NET Core Identity user with the unit they work for. Lives here,
/// not in the domain, because it is an Identity type; the rules on roles and units are in
/// <see cref="Portcullis.Domain.People.RoleRules"/>.
/// </summary>
public sealed class Person : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 200;
    public const int UserNameMaxLength = 64;
    public const int LanguageMaxLength = 16;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Null for coordinators and administrators, who work for the whole programme.</summary>
    public string? UnitCode { get; set; }

    /// <summary>The unit's jurisdiction, kept on the row so that the scope filter needs no join.</summary>
    public string? JurisdictionCode { get; set; }

    /// <summary>The user interface language: en, sq, sr-Latn or mk.</summary>
    public string Language { get; set; } = "en";

    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DisabledAt { get; set; }
}
