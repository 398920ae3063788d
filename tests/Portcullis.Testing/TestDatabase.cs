using Microsoft.EntityFrameworkCore;
using Npgsql;
using Portcullis.Data;
using Portcullis.Data.Scoping;
using Portcullis.Data.Storage;
using Portcullis.Hosting;
using Xunit;

namespace Portcullis.Testing;

/// <summary>
/// A fresh database for one test, migrated by the product's own migrations: a SQLite file in the
/// temporary folder, or a new database on the PostgreSQL server of <see cref="PostgresVariable"/>.
/// Disposing it deletes it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "PORTCULLIS_TEST_POSTGRES";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly Func<Task> _drop;

    private TestDatabase(string provider, DatabaseLocation location, Func<Task> drop)
    {
        Provider = provider;
        Location = location;
        _drop = drop;
    }

    /// <summary>Both providers, for <c>[Theory, MemberData(...)]</c>: every data test runs on each.</summary>
    public static TheoryData<string> Providers => new(Sqlite, Postgres);

    public string Provider { get; }

    public DatabaseLocation Location { get; }

    /// <summary>Creates and migrates the database; skips the test when PostgreSQL is asked for but not configured.</summary>
    public static async Task<TestDatabase> CreateAsync(string provider, bool migrate = true)
    {
        var database = provider switch
        {
            Sqlite => CreateSqlite(),
            Postgres => await CreatePostgresAsync(),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
        if (migrate)
        {
            await using var db = database.CreateContext(AccessScope.CommandLine("test"));
            await db.Database.MigrateAsync();
        }

        return database;
    }

    public PortcullisDbContext CreateContext(AccessScope scope) =>
        new(
            (DbContextOptions<PortcullisDbContext>)new DbContextOptionsBuilder<PortcullisDbContext>().UseStorage(Location).Options,
            new FixedAccessScope(scope),
            TimeProvider.System);

    public async ValueTask DisposeAsync() => await _drop();

    /// <summary>
    /// What an attacker with database access does to the audit log: take the append-only triggers
    /// away, then edit. The hash chain must still give them away.
    /// </summary>
    public async Task TamperWithAuditLogAsync(string sql)
    {
        await using var db = CreateContext(AccessScope.CommandLine("attacker"));
        await db.Database.ExecuteSqlRawAsync(Provider == Postgres
            ? "ALTER TABLE audit_entries DISABLE TRIGGER USER"
            : "DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete;");

        // Raw SQL, not a format string: tampered JSON has braces.
        await db.Database.ExecuteSqlRawAsync(sql.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
    }

    private static TestDatabase CreateSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "portcullis-tests");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
        var location = DatabaseLocation.Parse(file, folder);
        return new TestDatabase(Sqlite, location, () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(file + suffix);
            }

            return Task.CompletedTask;
        });
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        Assert.SkipWhen(string.IsNullOrWhiteSpace(server), $"PostgreSQL tests need {PostgresVariable} (scripts/test sets it).");
        var name = $"portcullis_test_{Guid.NewGuid():N}";
        await ExecuteAsync(server!, $"CREATE DATABASE {name}");
        var location = new DatabaseLocation(
            DatabaseProvider.PostgreSql,
            new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
        return new TestDatabase(Postgres, location, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server!, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        });
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
