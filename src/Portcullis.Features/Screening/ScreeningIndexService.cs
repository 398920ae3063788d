using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portcullis.Data;
using Portcullis.Data.Scoping;
using Portcullis.Domain.People;
using Portcullis.Formats.Watchlists;
using Portcullis.Matching.Screening;

namespace Portcullis.Features.Screening;

/// <summary>
/// The one screening index of the process, built from the current entries of every list (each tagged
/// with its list, version and entry row), at start-up and again after each import. Rebuilds run in the
/// background and swap the new index in whole (<see cref="ScreeningIndexHolder"/>); screening meanwhile
/// uses the index it has. After a rebuild, everyone still due to travel is screened again.
/// </summary>
public sealed partial class ScreeningIndexService(IServiceScopeFactory scopes, TimeProvider time, ILogger<ScreeningIndexService> logger) : IDisposable
{
    /// <summary>
    /// How long after arrival a traveller is still screened when a list changes: a day, so that a
    /// hit on someone who landed this morning still reaches the unit (who may still be in the port
    /// or the country). Arrival times are the airline's local times; read as UTC they are one or two
    /// hours late for the region, which widens the window a little and never narrows it.
    /// </summary>
    public static readonly TimeSpan RescreenAfterArrival = TimeSpan.FromHours(24);

    /// <summary>The actor of background work in the audit log.</summary>
    public static readonly AccessScope SystemScope = new(ScopeLevel.Everything, null, "system:screening", null, null, new HashSet<Role>());

    private readonly ScreeningIndexHolder _holder = new();
    private readonly SemaphoreSlim _rebuildGate = new(1, 1);
    private readonly object _pendingLock = new();
    private volatile bool _built;
    private float _lowestThreshold = MatchThreshold.Default;
    private Task _pending = Task.CompletedTask;

    /// <summary>Held while hits are written: an ingest and a re-screen racing must not raise the same hit twice.</summary>
    private readonly SemaphoreSlim _hitsGate = new(1, 1);

    /// <summary>The last background rebuild and re-screen; tests and the demo wait for it.</summary>
    public Task Pending
    {
        get
        {
            lock (_pendingLock)
            {
                return _pending;
            }
        }
    }

    /// <summary>The lowest threshold of any list: the engine is asked at this, each list then applies its own.</summary>
    public float LowestThreshold => Volatile.Read(ref _lowestThreshold);

    /// <summary>The current index, built on first use if start-up has not built it yet.</summary>
    public async Task<ScreeningIndex> CurrentAsync(CancellationToken cancellationToken)
    {
        if (!_built)
        {
            await RebuildAsync(cancellationToken);
        }

        return _holder.Current;
    }

    /// <summary>
    /// Screens subjects with <paramref name="screenBatch"/> against the current index, a thousand at a time
    /// (a message's ids in one query would pass the databases' limits on a statement's parameters, ADR
    /// 0017), holding the hits gate; returns the hits raised. Nothing to do when no list has entries.
    /// </summary>
    internal async Task<int> ScreenInBatchesAsync(IReadOnlyCollection<Guid> ids, Func<ScreeningIndex, Guid[], Task<int>> screenBatch, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return 0;
        }

        var current = await CurrentAsync(cancellationToken);
        if (current.EntryCount == 0)
        {
            return 0;
        }

        await _hitsGate.WaitAsync(cancellationToken);
        try
        {
            var raised = 0;
            foreach (var batch in ids.Distinct().Chunk(1000))
            {
                raised += await screenBatch(current, batch);
            }

            return raised;
        }
        finally
        {
            _hitsGate.Release();
        }
    }

    /// <summary>Reads the current entries of every list and swaps in a new index built from them.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await _rebuildGate.WaitAsync(cancellationToken);
        try
        {
            await using var unit = scopes.CreateAsyncScope();
            await using var db = SystemContext(unit.ServiceProvider);
            var lists = await db.Watchlists.AsNoTracking().Include(w => w.SharedWith).ToDictionaryAsync(w => w.Id, cancellationToken);
            var rows = await db.WatchlistEntries.AsNoTracking().Where(e => e.ToVersion == null).ToListAsync(cancellationToken);
            var tags = lists.Values.ToDictionary(
                w => w.Id,
                w => (Threshold: w.Threshold ?? MatchThreshold.Default, Jurisdictions: (IReadOnlySet<string>)w.SharedWith.Select(s => s.Jurisdiction).Append(w.OwnerJurisdiction).ToHashSet(StringComparer.Ordinal)));
            var entries = new List<ScreeningEntry>(rows.Count);
            foreach (var row in rows)
            {
                var list = lists[row.WatchlistId];
                var (threshold, jurisdictions) = tags[row.WatchlistId];
                entries.Add(ToScreeningEntry(row, new ScreeningTag(list.Id, list.Name, list.Subject, row.FromVersion, row.Id, row.ExternalId, threshold, jurisdictions)));
            }

            await _holder.RebuildAsync(entries, cancellationToken);
            Volatile.Write(ref _lowestThreshold, tags.Values.Select(t => t.Threshold).Append(MatchThreshold.Default).Min());
            _built = true;
            LogBuilt(logger, entries.Count, lists.Count);
        }
        finally
        {
            _rebuildGate.Release();
        }
    }

    /// <summary>
    /// Rebuilds the index and screens everyone still due to travel again, in the background; only new
    /// hits are raised. Returns at once; <see cref="Pending"/> completes when the work is done.
    /// </summary>
    public void StartRebuildAndRescreen()
    {
        lock (_pendingLock)
        {
            var previous = _pending;
            _pending = Task.Run(async () =>
            {
                await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                try
                {
                    await RebuildAsync(CancellationToken.None);
                    var raised = await RescreenDueTravellersAsync(CancellationToken.None);
                    raised += await RescreenDueConsignmentsAsync(CancellationToken.None);
                    LogRescreened(logger, raised);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogFailed(logger, e);
                }
            });
        }
    }

    /// <summary>Screens the travellers of flights not yet arrived, or arrived within <see cref="RescreenAfterArrival"/>.</summary>
    public async Task<int> RescreenDueTravellersAsync(CancellationToken cancellationToken)
    {
        await using var unit = scopes.CreateAsyncScope();
        await using var db = SystemContext(unit.ServiceProvider);
        var (cutoff, cutoffDay) = DueCutoff();
        var due = await db.FlightTravellers.AsNoTracking()
            .Where(t => t.Flight!.Arrival >= cutoff || (t.Flight.Arrival == null && t.Flight.DepartureDate >= cutoffDay))
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);
        var screening = new ScreenTravellers(this, time);
        var targeting = unit.ServiceProvider.GetRequiredService<Targeting.TargetTravellers>();
        return await RescreenAsync(db, due, 500, screening.ScreenAsync, targeting.TargetAsync, cancellationToken);
    }

    /// <summary>Screens the consignments of voyages not yet arrived, or arrived within <see cref="RescreenAfterArrival"/>: a company listed today is found on the manifest received yesterday.</summary>
    public async Task<int> RescreenDueConsignmentsAsync(CancellationToken cancellationToken)
    {
        await using var unit = scopes.CreateAsyncScope();
        await using var db = SystemContext(unit.ServiceProvider);
        var (cutoff, cutoffDay) = DueCutoff();
        var due = await db.CargoConsignments.AsNoTracking()
            .Where(c => !c.Cancelled && (c.Voyage!.Arrival >= cutoff || (c.Voyage.Arrival == null && c.Voyage.Date >= cutoffDay)))
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        var screening = new Cargo.ScreenConsignments(this, time);
        var targeting = unit.ServiceProvider.GetRequiredService<Cargo.TargetConsignments>();
        return await RescreenAsync(db, due, 1000, screening.ScreenAsync, targeting.TargetAsync, cancellationToken);
    }

    /// <summary>
    /// Arrivals from this time on are still due. Unspecified, as carriers' local times are stored:
    /// PostgreSQL refuses to compare a UTC value with them.
    /// </summary>
    private (DateTime Cutoff, DateOnly CutoffDay) DueCutoff()
    {
        var cutoff = DateTime.SpecifyKind(time.GetUtcNow().UtcDateTime - RescreenAfterArrival, DateTimeKind.Unspecified);
        return (cutoff, DateOnly.FromDateTime(cutoff));
    }

    /// <summary>Screens the subjects in batches; a batch that raised hits is targeted again, since new hits change the targets of the units that may see them.</summary>
    private static async Task<int> RescreenAsync<TResult>(
        PortcullisDbContext db, List<Guid> due, int batchSize,
        Func<PortcullisDbContext, IReadOnlyCollection<Guid>, CancellationToken, Task<int>> screen,
        Func<PortcullisDbContext, IReadOnlyCollection<Guid>, CancellationToken, Task<TResult>> target,
        CancellationToken cancellationToken)
    {
        var raised = 0;
        foreach (var batch in due.Chunk(batchSize))
        {
            var raisedNow = await screen(db, batch, cancellationToken);
            db.ChangeTracker.Clear();
            if (raisedNow > 0)
            {
                await target(db, batch, cancellationToken);
                db.ChangeTracker.Clear();
            }

            raised += raisedNow;
        }

        return raised;
    }

    /// <summary>A context that sees everything: the system reading lists and travellers for screening, not a person.</summary>
    internal static PortcullisDbContext SystemContext(IServiceProvider services) =>
        new(services.GetRequiredService<DbContextOptions<PortcullisDbContext>>(), new FixedAccessScope(SystemScope), services.GetRequiredService<TimeProvider>());

    /// <summary>The stored row as the readers gave it, so that the one mapping (<see cref="ScreeningEntries"/>) serves files and lists alike.</summary>
    private static ScreeningEntry ToScreeningEntry(Domain.Watchlists.WatchlistEntryRow row, ScreeningTag tag)
    {
        var stored = StoredEntry.From(row);
        var entry = new WatchlistEntry
        {
            ExternalId = row.ExternalId,
            Kind = Enum.TryParse<WatchlistSubjectKind>(row.Kind, ignoreCase: true, out var kind) ? kind : WatchlistSubjectKind.Person,
            Names = [.. stored.Names.Select(n => new WatchlistName(n.Full, n.Given, n.Family, Enum.TryParse<WatchlistNameQuality>(n.Quality, out var q) ? q : WatchlistNameQuality.Alias))],
            BirthDates = stored.BirthDates,
            Nationalities = stored.Nationalities,
            Sex = stored.Sex,
            Documents = [.. stored.Documents.Select(d => new WatchlistDocumentRef(d.Type, d.Number, d.IssuingCountry, d.Note))],
        };
        return ScreeningEntries.From(entry, tag);
    }

    public void Dispose()
    {
        _rebuildGate.Dispose();
        _hitsGate.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Screening index built: {Entries} entries of {Lists} lists")]
    private static partial void LogBuilt(ILogger logger, int entries, int lists);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-screened the travellers still due: {Hits} new hits")]
    private static partial void LogRescreened(ILogger logger, int hits);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rebuilding the screening index or re-screening failed; the previous index stays in use")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
