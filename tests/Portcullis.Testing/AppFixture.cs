using Xunit;

namespace Portcullis.Testing;

/// <summary>
/// One web application on one fresh database with <see cref="PeopleWorld"/>, shared by the tests
/// of a class. On PostgreSQL without a server configured, every test of the class is skipped.
/// </summary>
public abstract class AppFixture(string provider) : IAsyncLifetime
{
    private string? _skipReason;
    private TestDatabase? _database;
    private FeatureHost? _host;
    private PortcullisApp? _app;
    private PeopleWorld? _world;

    public string Provider { get; } = provider;

    public TestDatabase Database => Ready(_database);

    public FeatureHost Host => Ready(_host);

    public PortcullisApp App => Ready(_app);

    public PeopleWorld World => Ready(_world);

    public async ValueTask InitializeAsync()
    {
        if (Provider == TestDatabase.Postgres && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)))
        {
            _skipReason = $"PostgreSQL tests need {TestDatabase.PostgresVariable} (scripts/test sets it).";
            return;
        }

        _database = await TestDatabase.CreateAsync(Provider);
        _host = new FeatureHost(_database);
        _world = await PeopleWorld.CreateAsync(_host);
        _app = new PortcullisApp(_database);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    private T Ready<T>(T? value)
        where T : class
    {
        Assert.SkipWhen(_skipReason is not null, _skipReason ?? string.Empty);
        return value!;
    }
}

public sealed class SqliteApp() : AppFixture(TestDatabase.Sqlite);

public sealed class PostgresApp() : AppFixture(TestDatabase.Postgres);
