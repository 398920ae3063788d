using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Data.Postgres;
using Portcullis.Data.Sqlite;
using Portcullis.Data.Storage;

namespace Portcullis.Hosting;

public static class StorageRegistration
{
    /// <summary>
    /// Registers <see cref="PortcullisDbContext"/> on the provider the location names. The context
    /// is created per scope with that scope's <see cref="Portcullis.Data.Scoping.AccessScope"/>.
    /// </summary>
    /// <param name="locate">Called once, when the location is first needed: under the test host the
    /// configuration is complete only then.</param>
    public static IServiceCollection AddPortcullisStorage(this IServiceCollection services, Func<IServiceProvider, DatabaseLocation> locate)
    {
        services.AddSingleton(locate);
        services.AddDbContext<PortcullisDbContext>((provider, options) => options.UseStorage(provider.GetRequiredService<DatabaseLocation>()));
        return services;
    }

    public static DbContextOptionsBuilder UseStorage(this DbContextOptionsBuilder options, DatabaseLocation location) =>
        location.Provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqliteStorage(location.ConnectionString),
            DatabaseProvider.PostgreSql => options.UsePostgresStorage(location.ConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(location), location.Provider, null),
        };
}
