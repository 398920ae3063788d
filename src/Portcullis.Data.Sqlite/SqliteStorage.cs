using Microsoft.EntityFrameworkCore;

namespace Portcullis.Data.Sqlite;

public static class SqliteStorage
{
    /// <summary>Points the context at a SQLite database, with this assembly's migrations.</summary>
    public static DbContextOptionsBuilder UseSqliteStorage(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteStorage).Assembly.GetName().Name));
}
