using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Data.People;
using Portcullis.Data.Scoping;
using Portcullis.Domain.People;

namespace Portcullis.Features.People;

/// <summary>
/// Who may see and manage whom. The scope filter already hides other units' people; these rules
/// decide, among the visible ones, what the reader may do. Administrators and the command line
/// manage everyone; a unit head manages the people of their own unit whose roles a unit head may
/// give (not the unit's auditor, who oversees the unit head).
/// </summary>
internal static class PeopleAccess
{
    public static bool MayView(AccessScope reader) =>
        reader.Level == ScopeLevel.Everything
        || reader.Roles.Any(r => r is Role.Officer or Role.Targeter or Role.UnitHead or Role.Auditor);

    public static bool MayManage(AccessScope reader, string? unit, IEnumerable<Role> roles) =>
        IsProgrammeAdministrator(reader)
        || (reader.Has(Role.UnitHead) && unit is not null && reader.Unit?.Value == unit && roles.All(RoleRules.UnitHeadMayAssign));

    /// <summary>Null when the reader may give these roles in this unit, else why not.</summary>
    public static string? WhyMayNotAssign(AccessScope reader, IReadOnlyCollection<Role> roles, string? unit)
    {
        if (IsProgrammeAdministrator(reader))
        {
            return null;
        }

        if (!reader.Has(Role.UnitHead))
        {
            return "Only unit heads and administrators manage people.";
        }

        if (unit is null || reader.Unit?.Value != unit)
        {
            return "A unit head manages the people of their own unit only.";
        }

        return roles.All(RoleRules.UnitHeadMayAssign)
            ? null
            : "A unit head gives the roles officer, targeter and unit head; ask an administrator for the others.";
    }

    public static bool IsProgrammeAdministrator(AccessScope reader) =>
        reader.Level == ScopeLevel.Everything && (reader.Has(Role.Administrator) || !reader.IsSignedIn);

    /// <summary>
    /// The person a manager wants to change, with their roles; or why not: not found (absent or
    /// outside the scope) or forbidden (visible, but not the reader's to manage, or themselves).
    /// </summary>
    public static async Task<ManagedPerson> FindToManageAsync(PortcullisDbContext db, string idOrUserName, CancellationToken cancellationToken)
    {
        var person = await PersonLookup.FindAsync(db, idOrUserName, cancellationToken);
        if (person is null)
        {
            return new ManagedPerson(null, [], OutcomeKind.NotFound);
        }

        var roles = (await RolesOfAsync(db, [person.Id], cancellationToken)).GetValueOrDefault(person.Id) ?? [];
        var mayManage = person.Id != db.Scope.PersonId && MayManage(db.Scope, person.UnitCode, roles);
        return new ManagedPerson(person, roles, mayManage ? OutcomeKind.Ok : OutcomeKind.Forbidden);
    }

    public static async Task<Dictionary<Guid, List<Role>>> RolesOfAsync(
        PortcullisDbContext db, IReadOnlyCollection<Guid> people, CancellationToken cancellationToken)
    {
        var links = await db.UserRoles.AsNoTracking()
            .Where(link => people.Contains(link.UserId))
            .ToListAsync(cancellationToken);
        return links
            .GroupBy(link => link.UserId)
            .ToDictionary(
                group => group.Key,
                group => group.Select(link => RoleIds.RoleOf(link.RoleId)).OfType<Role>().Order().ToList());
    }
}

/// <summary>The answer of <see cref="PeopleAccess.FindToManageAsync"/>: the person when <see cref="Access"/> is Ok.</summary>
internal sealed record ManagedPerson(Person? Person, IReadOnlyList<Role> Roles, OutcomeKind Access);
