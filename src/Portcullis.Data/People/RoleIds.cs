using Portcullis.Domain.People;

namespace Portcullis.Data.People;

/// <summary>Fixed ids for the six roles, so that migrations seed them and code can join on them.</summary>
public static class RoleIds
{
    public static Guid Of(Role role) => role switch
    {
        Role.Officer => new Guid("5c0a7c1e-0001-4000-8000-000000000001"),
        Role.Targeter => new Guid("5c0a7c1e-0002-4000-8000-000000000002"),
        Role.UnitHead => new Guid("5c0a7c1e-0003-4000-8000-000000000003"),
        Role.ProgrammeCoordinator => new Guid("5c0a7c1e-0004-4000-8000-000000000004"),
        Role.Administrator => new Guid("5c0a7c1e-0005-4000-8000-000000000005"),
        Role.Auditor => new Guid("5c0a7c1e-0006-4000-8000-000000000006"),
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static Role? RoleOf(Guid id) => RoleRules.All.Cast<Role?>().FirstOrDefault(r => Of(r!.Value) == id);
}
