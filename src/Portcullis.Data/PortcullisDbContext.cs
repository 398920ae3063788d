using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portcullis.Data.Auditing;
using Portcullis.Data.Conventions;
using Portcullis.Data.People;
using Portcullis.Data.Scoping;
using Portcullis.Data.Storage;
using Portcullis.Domain.Auditing;
using Portcullis.Domain.Cargo;
using Portcullis.Domain.Passengers;
using Portcullis.Domain.Targeting;
using Portcullis.Domain.Watchlists;

namespace Portcullis.Data;

/// <summary>
/// The one EF Core context of Portcullis, for SQLite and PostgreSQL. Created per request with the
/// person's <see cref="AccessScope"/>: scoped entities get a query filter (<see cref="ScopeFilter"/>)
/// so that no query can reach another unit's data by omission. Audit events queued with
/// <see cref="Audit"/> are chained and written in the same transaction as the change they describe.
/// </summary>
public sealed class PortcullisDbContext(
    DbContextOptions<PortcullisDbContext> options,
    IAccessScopeSource scope,
    TimeProvider time)
    : IdentityDbContext<Person, IdentityRole<Guid>, Guid>(options)
{
    private readonly List<AuditEvent> _pendingAudit = [];

    /// <summary>Who is asking, now: read by every query's filter and by the handlers.</summary>
    public AccessScope Scope => scope.Current;

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ReceivedMessage> ReceivedMessages => Set<ReceivedMessage>();

    public DbSet<Flight> Flights => Set<Flight>();

    public DbSet<FlightTraveller> FlightTravellers => Set<FlightTraveller>();

    public DbSet<Booking> Bookings => Set<Booking>();

    public DbSet<BookingPassenger> BookingPassengers => Set<BookingPassenger>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<Watchlist> Watchlists => Set<Watchlist>();

    public DbSet<WatchlistVersion> WatchlistVersions => Set<WatchlistVersion>();

    public DbSet<WatchlistEntryRow> WatchlistEntries => Set<WatchlistEntryRow>();

    public DbSet<ScreeningHit> ScreeningHits => Set<ScreeningHit>();

    public DbSet<RiskProfile> RiskProfiles => Set<RiskProfile>();

    public DbSet<RiskProfileVersion> RiskProfileVersions => Set<RiskProfileVersion>();

    public DbSet<ProfileHit> ProfileHits => Set<ProfileHit>();

    public DbSet<Target> Targets => Set<Target>();

    public DbSet<TargetingSettings> TargetingSettings => Set<TargetingSettings>();

    public DbSet<ReferenceList> ReferenceLists => Set<ReferenceList>();

    public DbSet<CargoVoyage> CargoVoyages => Set<CargoVoyage>();

    public DbSet<CargoConsignment> CargoConsignments => Set<CargoConsignment>();

    public DbSet<CargoGoodsItem> CargoGoods => Set<CargoGoodsItem>();

    public DbSet<TradeParty> TradeParties => Set<TradeParty>();

    public DbSet<ConsignmentParty> ConsignmentParties => Set<ConsignmentParty>();

    public DbSet<CargoContainer> CargoContainers => Set<CargoContainer>();

    public DbSet<ContainerMovement> ContainerMovements => Set<ContainerMovement>();

    public DbSet<CargoHit> CargoHits => Set<CargoHit>();

    public DatabaseProvider Provider => Database.ProviderName == PostgresProviderName ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;

    /// <summary>Read by the query filters; EF Core turns these into parameters per query.</summary>
    internal ScopeLevel ScopeLevelForFilters => Scope.Level;

    internal string? ScopeUnitForFilters => Scope.Unit?.Value;

    internal string? ScopeJurisdictionForFilters => Scope.Jurisdiction?.Value;

    /// <summary>The unit's border crossing point: unit-level people see the flights and voyages through it.</summary>
    internal string? ScopeLocationForFilters => Scope.Location;

    /// <summary>Queues an audit entry; it is written by the next <c>SaveChangesAsync</c>, atomically with the changes.</summary>
    public void Audit(AuditEvent audited) => _pendingAudit.Add(audited);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseChangesToTheAuditLog();
        if (_pendingAudit.Count > 0)
        {
            throw new InvalidOperationException("Audited changes are saved with SaveChangesAsync.");
        }

        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseChangesToTheAuditLog();
        if (_pendingAudit.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("Audited changes commit in a transaction of their own; do not open one around them.");
        }

        await AuditAppendLock.Gate.WaitAsync(cancellationToken);
        var appended = new List<AuditEntry>(_pendingAudit.Count);
        try
        {
            await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
            await LockTheChainAcrossProcessesAsync(cancellationToken);
            var last = await AuditEntries.AsNoTracking().IgnoreQueryFilters()
                .OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash })
                .FirstOrDefaultAsync(cancellationToken);
            var sequence = last?.Sequence ?? 0;
            var previousHash = last?.Hash ?? AuditChain.GenesisHash;
            var now = time.GetUtcNow();
            foreach (var audited in _pendingAudit)
            {
                var entry = AuditChain.Seal(audited, ++sequence, previousHash, now);
                previousHash = entry.Hash;
                appended.Add(entry);
            }

            AuditEntries.AddRange(appended);
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            _pendingAudit.Clear();
            return written;
        }
        catch
        {
            // Leave the context as the caller knew it: the queued events stay queued, the sealed
            // entries (with sequence numbers that may now be stale) are forgotten.
            foreach (var entry in appended)
            {
                Entry(entry).State = EntityState.Detached;
            }

            throw;
        }
        finally
        {
            AuditAppendLock.Gate.Release();
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time type: EF would store text that neither sorts nor compares as a time.
        // Microseconds since 1970 (UTC) sort and compare, and keep the precision PostgreSQL keeps.
        if (Database.ProviderName == SqliteProviderName)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcMicrosecondsConverter>();
        }
        else
        {
            // DateTime is only used for airlines' local times, which have no zone: stored as sent.
            configurationBuilder.Properties<DateTime>().HaveColumnType("timestamp without time zone");
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortcullisDbContext).Assembly);

        ScopeFilter.Apply<Person>(builder, this, p => p.UnitCode, p => p.JurisdictionCode);
        ScopeFilter.Apply<AuditEntry>(builder, this, e => e.ActorUnit, e => e.Jurisdiction);
        PassengerScopeFilters.Apply(builder, this);
        WatchlistScopeFilters.Apply(builder, this);
        CargoScopeFilters.Apply(builder, this);

        // A unit's profiles, hits, targets, settings and lists: its people, and its jurisdiction's auditors.
        ScopeFilter.Apply<RiskProfile>(builder, this, p => p.Unit, p => p.Jurisdiction);
        ScopeFilter.Apply<RiskProfileVersion>(builder, this, v => v.Unit, v => v.Jurisdiction);
        ScopeFilter.Apply<ProfileHit>(builder, this, h => h.Unit, h => h.Jurisdiction);
        ScopeFilter.Apply<Target>(builder, this, t => t.Unit, t => t.Jurisdiction);
        ScopeFilter.Apply<TargetingSettings>(builder, this, s => s.Unit, s => s.Jurisdiction);
        ScopeFilter.Apply<ReferenceList>(builder, this, l => l.Unit, l => l.Jurisdiction);

        SnakeCaseNames.Apply(builder);
    }

    internal const string SqliteProviderName = "Microsoft.EntityFrameworkCore.Sqlite";

    internal const string PostgresProviderName = "Npgsql.EntityFrameworkCore.PostgreSQL";

    private async Task LockTheChainAcrossProcessesAsync(CancellationToken cancellationToken)
    {
        if (Database.ProviderName == PostgresProviderName)
        {
            await Database.ExecuteSqlRawAsync(
                "SELECT pg_advisory_xact_lock({0})", [AuditAppendLock.PostgresAdvisoryKey], cancellationToken);
        }
    }

    private void RefuseChangesToTheAuditLog()
    {
        var tampered = ChangeTracker.Entries<AuditEntry>()
            .FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (tampered is not null)
        {
            throw new InvalidOperationException(
                $"The audit log is append-only: entry {tampered.Entity.Sequence} cannot be changed or removed.");
        }
    }
}
