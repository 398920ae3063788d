using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Domain.Targeting;
using Portcullis.Profiles.Checking;
using Portcullis.Profiles.Compiling;

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
    // Compiled profiles and sets of every subject kind, typed by the caller: a version belongs to one kind.
    private readonly ConcurrentDictionary<(Guid Version, DateTimeOffset Lists), object?> _compiled = new();
    private readonly ConcurrentDictionary<string, object> _sets = new(StringComparer.Ordinal);

    internal SemaphoreSlim Gate { get; } = new(1, 1);

    public async Task<UnitProfileSet<TFacts>> GetAsync<TFacts>(PortcullisDbContext db, string unit, ProfileSubject<TFacts> subject, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await db.RiskProfileVersions.IgnoreQueryFilters().AsNoTracking()
            .Where(v => v.Unit == unit && v.Profile!.SubjectKind == subject.Kind && (v.Status == ProfileStatus.Active || v.Status == ProfileStatus.Approved || v.Status == ProfileStatus.Draft || v.Status == ProfileStatus.Submitted))
            .Select(v => new { v.Id, v.ProfileId, v.Number, v.Name, v.Rationale, v.Score, v.HitCapCount, v.HitCapPeriod, v.Status, v.ValidFrom, v.ValidTo, v.Text, Latest = v.Profile!.LatestVersion })
            .ToListAsync(cancellationToken);
        // An approved version runs from the first day of its validity, as an active one does.
        var live = rows.Where(v => v.Status is ProfileStatus.Active or ProfileStatus.Approved && v.ValidFrom <= today && today <= v.ValidTo);
        var shadow = rows.Where(v => v.Status is ProfileStatus.Draft or ProfileStatus.Submitted && v.Number == v.Latest);
        var needed = live.Concat(shadow).ToList();
        if (needed.Count == 0)
        {
            return SetOf<TFacts>([], [], default);
        }

        var stamp = await UnitReferenceLists.StampAsync(db, unit, cancellationToken);
        ReferenceLists? lists = null;
        var runnable = new Dictionary<Guid, RunnableVersion<TFacts>>();
        foreach (var v in needed)
        {
            if (!_compiled.TryGetValue((v.Id, stamp), out var compiled))
            {
                lists ??= await UnitReferenceLists.LoadAsync(db, unit, cancellationToken);

                // A list renamed or removed after approval makes the text fail its check: the version
                // stops running rather than running with a missing list.
                var check = subject.Typed(ProfileSubjects.Check(v.Text, lists));
                compiled = check is { Succeeded: true } ? check.Profile!.Compile() : null;
                _compiled[(v.Id, stamp)] = compiled;
            }

            if (compiled is CompiledProfile<TFacts> typed)
            {
                runnable[v.Id] = new RunnableVersion<TFacts>(new VersionFacts(v.Id, v.ProfileId, v.Number, v.Name, v.Rationale, v.Score, v.HitCapCount, v.HitCapPeriod), typed);
            }
        }

        var liveVersions = live.Where(v => runnable.ContainsKey(v.Id)).Select(v => runnable[v.Id]).OrderBy(v => v.VersionId).ToList();
        var shadowVersions = shadow.Where(v => runnable.ContainsKey(v.Id)).Select(v => runnable[v.Id]).OrderBy(v => v.VersionId).ToList();
        return SetOf(liveVersions, shadowVersions, stamp);
    }

    private UnitProfileSet<TFacts> SetOf<TFacts>(List<RunnableVersion<TFacts>> live, List<RunnableVersion<TFacts>> shadow, DateTimeOffset stamp) =>
        new(live, CompiledSet(live, stamp), shadow, CompiledSet(shadow, stamp));

    private CompiledProfileSet<TFacts> CompiledSet<TFacts>(List<RunnableVersion<TFacts>> versions, DateTimeOffset stamp)
    {
        var key = typeof(TFacts).Name + ":" + string.Join(',', versions.Select(v => v.VersionId.ToString("N"))) + "@" + stamp.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (CompiledProfileSet<TFacts>)_sets.GetOrAdd(key, _ => CompiledProfileSet<TFacts>.Compile([.. versions.Select(v => v.Compiled.Profile)]));
    }
}
