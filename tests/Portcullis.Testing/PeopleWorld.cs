using Portcullis.Domain.People;

namespace Portcullis.Testing;

/// <summary>
/// A small installation for scoping tests: two units in Albania, one in Serbia, an auditor, an
/// administrator and a coordinator. Ids by user name.
/// </summary>
public sealed class PeopleWorld
{
    public const string DurresUnit = "AL-PCU-DURRES";
    public const string TiranaUnit = "AL-ACCU-TIRANA";
    public const string BelgradeUnit = "RS-ACCU-BELGRADE";

    private PeopleWorld(Dictionary<string, Guid> ids) => Ids = ids;

    public Dictionary<string, Guid> Ids { get; }

    public static async Task<PeopleWorld> CreateAsync(FeatureHost host)
    {
        var people = new (string UserName, Role Role, string? Unit)[]
        {
            ("durres.head", Role.UnitHead, DurresUnit),
            ("durres.officer", Role.Officer, DurresUnit),
            ("durres.targeter", Role.Targeter, DurresUnit),
            ("durres.auditor", Role.Auditor, DurresUnit),
            ("tirana.head", Role.UnitHead, TiranaUnit),
            ("tirana.officer", Role.Officer, TiranaUnit),
            ("belgrade.officer", Role.Officer, BelgradeUnit),
            ("admin", Role.Administrator, null),
            ("coordinator", Role.ProgrammeCoordinator, null),
        };
        var ids = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var (userName, role, unit) in people)
        {
            ids[userName] = await host.AddPersonAsync(userName, role, unit);
        }

        return new PeopleWorld(ids);
    }
}
