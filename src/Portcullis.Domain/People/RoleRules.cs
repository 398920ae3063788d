namespace Portcullis.Domain.People;

/// <summary>The invariants on a person's roles and unit, in one place.</summary>
public static class RoleRules
{
    /// <summary>Every role, in the order the user interface lists them.</summary>
    public static IReadOnlyList<Role> All { get; } = Enum.GetValues<Role>();

    /// <summary>Identity role names: stable, lower-case, stored in the database and in cookies.</summary>
    public static string Name(Role role) => role switch
    {
        Role.Officer => "officer",
        Role.Targeter => "targeter",
        Role.UnitHead => "unit-head",
        Role.ProgrammeCoordinator => "programme-coordinator",
        Role.Administrator => "administrator",
        Role.Auditor => "auditor",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static bool TryParse(string? text, out Role role)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Name(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }

    /// <summary>Coordinators and administrators work for the whole programme; everyone else for one unit.</summary>
    public static bool BindsToUnit(Role role) => role is not (Role.ProgrammeCoordinator or Role.Administrator);

    /// <summary>
    /// Null when the roles and the unit fit together, otherwise the reason they do not: at least one
    /// role; unit roles need a unit; programme roles exclude a unit and cannot be mixed with unit roles
    /// (a coordinator who is also an officer would see personal data through the back door).
    /// </summary>
    public static string? Check(IReadOnlyCollection<Role> roles, bool hasUnit)
    {
        if (roles.Count == 0)
        {
            return "A person needs at least one role.";
        }

        var unitRoles = roles.Count(BindsToUnit);
        if (unitRoles > 0 && unitRoles < roles.Count)
        {
            return "Programme roles (coordinator, administrator) cannot be combined with unit roles.";
        }

        if (unitRoles > 0 && !hasUnit)
        {
            return "Officers, targeters, unit heads and auditors belong to a unit: choose one.";
        }

        if (unitRoles == 0 && hasUnit)
        {
            return "Coordinators and administrators work for the whole programme and belong to no unit.";
        }

        return null;
    }

    /// <summary>The roles a unit head may give: the unit roles that carry no oversight of the unit head.</summary>
    public static bool UnitHeadMayAssign(Role role) => role is Role.Officer or Role.Targeter or Role.UnitHead;
}
