using Microsoft.EntityFrameworkCore;
using Portcullis.Data.Storage;
using Portcullis.Features.Setup;
using Portcullis.Testing;

namespace Portcullis.Features.Tests;

public sealed class StorageTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_schema_comes_from_migrations_that_match_the_model(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var host = new FeatureHost(database);

        var first = await host.RunAsync<MigrateDatabase.Handler, MigrateDatabase.Result>(FeatureHost.CommandLine, h => h.HandleAsync(CancellationToken.None));
        var second = await host.RunAsync<MigrateDatabase.Handler, MigrateDatabase.Result>(FeatureHost.CommandLine, h => h.HandleAsync(CancellationToken.None));

        first.Applied.ShouldNotBeEmpty();
        second.Applied.ShouldBeEmpty();
        second.AlreadyApplied.ShouldBe(first.Applied);
        await using var db = database.CreateContext(FeatureHost.CommandLine);
        db.Database.HasPendingModelChanges().ShouldBeFalse("a model change needs a migration in both Portcullis.Data.Sqlite and Portcullis.Data.Postgres");
        (await db.Roles.CountAsync(cancellationToken: TestContext.Current.CancellationToken)).ShouldBe(6);
    }

    [Fact]
    public async Task A_sqlite_database_is_created_in_wal_mode()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite, migrate: false);
        await using var host = new FeatureHost(database);
        await host.RunAsync<MigrateDatabase.Handler, MigrateDatabase.Result>(FeatureHost.CommandLine, h => h.HandleAsync(CancellationToken.None));

        await using var db = database.CreateContext(FeatureHost.CommandLine);
        var mode = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync(cancellationToken: TestContext.Current.CancellationToken);
        mode.ShouldBe("wal");
    }

    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite, "/srv/portcullis/data/portcullis.db")]
    [InlineData("other.db", DatabaseProvider.Sqlite, "/srv/portcullis/other.db")]
    [InlineData("Data Source=x/y.db", DatabaseProvider.Sqlite, "/srv/portcullis/x/y.db")]
    public void A_database_option_naming_a_file_means_sqlite(string? value, DatabaseProvider provider, string file)
    {
        var location = DatabaseLocation.Parse(value, "/srv/portcullis");

        location.Provider.ShouldBe(provider);
        location.SqliteFile.ShouldBe(file);
    }

    [Theory]
    [InlineData("Host=db.example;Database=portcullis;Username=app;Password=s3cret")]
    [InlineData("postgres://app:s3cret@db.example:5433/portcullis")]
    [InlineData("postgresql://app:s3cret@db.example/portcullis")]
    public void A_database_option_naming_a_server_means_postgresql_and_its_password_is_never_printed(string value)
    {
        var location = DatabaseLocation.Parse(value, "/srv");

        location.Provider.ShouldBe(DatabaseProvider.PostgreSql);
        location.ConnectionString.ShouldContain("db.example");
        location.ConnectionString.ShouldContain("s3cret");
        location.ToString().ShouldNotContain("s3cret");
    }

    [Fact]
    public void A_connection_string_for_neither_provider_is_refused() =>
        Should.Throw<FormatException>(() => DatabaseLocation.Parse("Flavour=oracle;Timeout=3", "/srv"))
            .Message.ShouldContain("neither a PostgreSQL connection string");
}
