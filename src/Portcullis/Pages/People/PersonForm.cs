using Portcullis.Data.Scoping;
using Portcullis.Domain.People;
using Portcullis.Domain.Reference;
using Portcullis.Features;

namespace Portcullis.Pages.People;

/// <summary>The fields of the add and change forms, and the choices the reader is offered.</summary>
public sealed class PersonForm
{
    public string UserName { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public string? Email { get; set; }

    public string? Unit { get; set; }

    public List<string> Roles { get; set; } = [];

    public string Language { get; set; } = Domain.People.Language.English;

    public IReadOnlyList<Role> ParsedRoles() =>
        Roles.Select(r => RoleRules.TryParse(r, out var role) ? role : (Role?)null).OfType<Role>().ToList();

    /// <summary>Administrators give any role in any unit; a unit head gives unit roles in their own unit.</summary>
    public static PersonFormChoices ChoicesFor(AccessScope reader) =>
        reader.Level == ScopeLevel.Everything
            ? new PersonFormChoices(RoleRules.All, ReferenceCatalog.Default.Units, UnitIsFixed: false)
            : new PersonFormChoices(
                RoleRules.All.Where(RoleRules.UnitHeadMayAssign).ToList(),
                ReferenceCatalog.Default.Units.Where(u => u.Code == reader.Unit).ToList(),
                UnitIsFixed: true);
}

public sealed record PersonFormChoices(IReadOnlyList<Role> Roles, IReadOnlyList<Unit> Units, bool UnitIsFixed);

/// <summary>What the form partial needs: the values, the choices, and the problems to show.</summary>
public sealed record PersonFormView(PersonForm Form, PersonFormChoices Choices, bool IsNew, IReadOnlyList<Problem> Problems);
