using Microsoft.EntityFrameworkCore;

namespace Portcullis.Data.Postgres;

public static class PostgresStorage
{
    /// <summary>Points the context at a PostgreSQL database, with this assembly's migrations.</summary>
    public static DbContextOptionsBuilder UsePostgresStorage(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgresStorage).Assembly.GetName().Name));
}
