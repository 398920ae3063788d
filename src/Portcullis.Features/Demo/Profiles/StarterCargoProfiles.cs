using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Reference;
using Portcullis.Domain.Targeting;
using Portcullis.Features.Audit;
using Portcullis.Features.Targeting;

namespace Portcullis.Features.Demo.Profiles;

/// <summary>
/// For <c>serve --demo</c>: the starter cargo profiles (profiles/cargo, embedded) and their lists put
/// in force at the cargo units of the ports and airports the demo traffic serves, so the demo queue
/// shows cargo targets from the first minute. Each unit gets its own copy, owned by it. A real unit's
/// profiles are approved by its head, never by the command line; the demo's are marked approved by
/// "demo:starter" and audited as such, so nobody mistakes them for a head's decision.
/// </summary>
public static class StarterCargoProfiles
{
    public const string Approver = "demo:starter";

    /// <summary>The demo traffic's cargo ports and airports.</summary>
    public static IReadOnlyList<string> Locations { get; } = ["durres-port", "bar-port", "tirana-airport", "belgrade-airport", "skopje-airport"];

    public sealed record Result(int Units, int Profiles);

    public sealed class Handler(PortcullisDbContext db, SaveProfile.Handler save, SaveReferenceList.Handler saveList, TimeProvider time)
    {
        public async Task<Outcome<Result>> HandleAsync(CancellationToken cancellationToken)
        {
            var units = ReferenceCatalog.Default.Units
                .Where(u => Locations.Contains(u.LocationCode, StringComparer.Ordinal) && u.Kind is UnitKind.PortControlUnit or UnitKind.AirCargoControlUnit)
                .ToList();
            var profiles = 0;
            foreach (var unit in units)
            {
                foreach (var (name, values) in Lists())
                {
                    var list = await saveList.HandleAsync(new SaveReferenceList.Command(name, values, unit.Code.Value), cancellationToken);
                    if (list.Kind != OutcomeKind.Ok)
                    {
                        return Outcome<Result>.Invalid(list.Problems);
                    }
                }

                foreach (var text in Texts())
                {
                    var owned = OwnedBy(text, unit.Code.Value);
                    var saved = await save.HandleAsync(new SaveProfile.Command(owned, Unit: unit.Code.Value), cancellationToken);
                    if (saved.Kind != OutcomeKind.Ok)
                    {
                        return Outcome<Result>.Invalid(saved.Problems);
                    }

                    await ActivateAsync(saved.Value!.VersionId, cancellationToken);
                    profiles++;
                }
            }

            return Outcome<Result>.Ok(new Result(units.Count, profiles));
        }

        private async Task ActivateAsync(Guid versionId, CancellationToken cancellationToken)
        {
            var version = await db.RiskProfileVersions.IgnoreQueryFilters().FirstAsync(v => v.Id == versionId, cancellationToken);
            var now = time.GetUtcNow();
            version.Status = ProfileStatus.Active;
            version.SubmittedBy = version.ApprovedBy = version.ChangedBy = Approver;
            version.SubmittedAt = version.ApprovedAt = version.ChangedAt = now;
            db.Audit(AuditEvents.By(db.Scope, AuditActions.ProfileApproved, "profile", version.ProfileId.ToString("D"), version.Jurisdiction,
                JsonSerializer.Serialize(new { version = version.Number, by = Approver, demo = true })));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>The text with its <c>owner</c> line naming the unit that holds this copy.</summary>
    public static string OwnedBy(string text, string unit) =>
        string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(line => line.StartsWith("owner ", StringComparison.Ordinal) ? "owner " + unit : line));

    public static IReadOnlyList<string> Texts() =>
        [.. Resources("StarterCargoProfiles/").Where(n => n.EndsWith(".profile", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Select(Read)];

    public static IReadOnlyList<(string Name, string Values)> Lists() =>
        [.. Resources("StarterCargoProfiles/lists/").Order(StringComparer.Ordinal)
            .Select(n => (Path.GetFileNameWithoutExtension(n), Read(n)))];

    private static IEnumerable<string> Resources(string prefix) =>
        typeof(StarterCargoProfiles).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && !n[prefix.Length..].Contains('/', StringComparison.Ordinal));

    private static string Read(string resource)
    {
        using var stream = typeof(StarterCargoProfiles).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
