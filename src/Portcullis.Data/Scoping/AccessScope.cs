using Portcullis.Domain.People;
using Portcullis.Domain.Reference;

namespace Portcullis.Data.Scoping;

/// <summary>
/// Who is asking, and therefore what the query filters let through. One instance per request (or
/// per command-line run), given to <see cref="PortcullisDbContext"/> when it is created.
/// </summary>
public sealed record AccessScope(
    ScopeLevel Level,
    Guid? PersonId,
    string ActorName,
    UnitCode? Unit,
    JurisdictionCode? Jurisdiction,
    IReadOnlySet<Role> Roles)
{
    public static AccessScope Anonymous { get; } = new(ScopeLevel.Nothing, null, "anonymous", null, null, new HashSet<Role>());

    /// <summary>The command line: the operator of the machine can already read the database file.</summary>
    public static AccessScope CommandLine(string operatorName) =>
        new(ScopeLevel.Everything, null, "cli:" + operatorName, null, null, new HashSet<Role>());

    /// <summary>The scope a signed-in person's roles give them.</summary>
    public static AccessScope ForPerson(Guid personId, string userName, UnitCode? unit, IReadOnlyCollection<Role> roles)
    {
        var set = roles.ToHashSet();
        var level = set switch
        {
            _ when set.Contains(Role.Administrator) => ScopeLevel.Everything,
            _ when unit is null => ScopeLevel.Nothing,
            _ when set.Contains(Role.Auditor) => ScopeLevel.Jurisdiction,
            _ when set.Count > 0 => ScopeLevel.Unit,
            _ => ScopeLevel.Nothing,
        };
        return new AccessScope(level, personId, userName, unit, unit?.Jurisdiction, set);
    }

    /// <summary>Where the request came from, for the audit log; null on the command line.</summary>
    public string? RemoteAddress { get; init; }

    public bool IsSignedIn => PersonId is not null;

    /// <summary>The border crossing point of the person's unit (tirana-airport), if they have a unit.</summary>
    public string? Location => Unit is { } unit ? ReferenceCatalog.Default.FindUnit(unit)?.LocationCode : null;

    public bool Has(Role role) => Roles.Contains(role);
}
