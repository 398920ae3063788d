using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Targeting;
using Portcullis.Profiles.Checking;
using Portcullis.Profiles.Compiling;
using Portcullis.Profiles.Travellers;

namespace Portcullis.Features.Targeting;

/// <summary>
/// Compiles each unit's runnable profile versions once and keeps them while nothing changes: a version's
/// text never changes, so a compiled version is reused until the unit's reference lists change; a set
/// is reused while the same versions run. The versions are read from the database on every call (one
/// small query), so an approval on another process is seen by the next message.
/// Also the gate that makes targeting one writer at a time in this process.
/// </summary>
public sealed class ProfileSetCache
{
    private readonly ConcurrentDictionary<(Guid Version, DateTimeOffset Lists), CompiledProfile<TravellerFacts>?> _compiled = new();
    private readonly ConcurrentDictionary<string, CompiledProfileSet<TravellerFacts>> _sets = new(StringComparer.Ordinal);

    internal SemaphoreSlim Gate { get; } = new(1, 1);

    public async Task<UnitProfileSet> GetAsync(PortcullisDbContext db, string unit, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await db.RiskProfileVersions.IgnoreQueryFilters().AsNoTracking()
            .Where(v => v.Unit == unit && (v.Status == ProfileStatus.Active || v.Status == ProfileStatus.Approved || v.Status == ProfileStatus.Draft || v.Status == ProfileStatus.Submitted))
            .Select(v => new { v.Id, v.ProfileId, v.Number, v.Name, v.Rationale, v.Score, v.HitCapCount, v.HitCapPeriod, v.Status, v.ValidFrom, v.ValidTo, v.Text, Latest = v.Profile!.LatestVersion })
            .ToListAsync(cancellationToken);
        // An approved version runs from the first day of its validity, as an active one does.
        var live = rows.Where(v => v.Status is ProfileStatus.Active or ProfileStatus.Approved && v.ValidFrom <= today && today <= v.ValidTo);
        var shadow = rows.Where(v => v.Status is ProfileStatus.Draft or ProfileStatus.Submitted && v.Number == v.Latest);
        var needed = live.Concat(shadow).ToList();
        if (needed.Count == 0)
        {
            return Empty;
        }

        var stamp = await UnitReferenceLists.StampAsync(db, unit, cancellationToken);
        ReferenceLists? lists = null;
        var runnable = new Dictionary<Guid, RunnableVersion>();
        foreach (var v in needed)
        {
            if (!_compiled.TryGetValue((v.Id, stamp), out var compiled))
            {
                lists ??= await UnitReferenceLists.LoadAsync(db, unit, cancellationToken);

                // A list renamed or removed after approval makes the text fail its check: the version
                // stops running rather than running with a missing list.
                var check = TravellerProfiles.Check(v.Text, lists);
                compiled = check.Succeeded ? check.Profile!.Compile() : null;
                _compiled[(v.Id, stamp)] = compiled;
            }

            if (compiled is not null)
            {
                runnable[v.Id] = new RunnableVersion(v.Id, v.ProfileId, v.Number, v.Name, v.Rationale, v.Score, v.HitCapCount, v.HitCapPeriod, compiled);
            }
        }

        var liveVersions = live.Where(v => runnable.ContainsKey(v.Id)).Select(v => runnable[v.Id]).OrderBy(v => v.VersionId).ToList();
        var shadowVersions = shadow.Where(v => runnable.ContainsKey(v.Id)).Select(v => runnable[v.Id]).OrderBy(v => v.VersionId).ToList();
        return new UnitProfileSet(liveVersions, SetOf(liveVersions, stamp), shadowVersions, SetOf(shadowVersions, stamp));
    }

    private CompiledProfileSet<TravellerFacts> SetOf(IReadOnlyList<RunnableVersion> versions, DateTimeOffset stamp)
    {
        var key = string.Join(',', versions.Select(v => v.VersionId.ToString("N"))) + "@" + stamp.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return _sets.GetOrAdd(key, _ => CompiledProfileSet<TravellerFacts>.Compile([.. versions.Select(v => v.Compiled.Profile)]));
    }

    private static UnitProfileSet Empty { get; } = new([], CompiledProfileSet<TravellerFacts>.Compile([]), [], CompiledProfileSet<TravellerFacts>.Compile([]));
}
