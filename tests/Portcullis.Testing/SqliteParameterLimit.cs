using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portcullis.Testing;

/// <summary>
/// Lowers SQLite's limit on the parameters of one statement for a test's connections. A query that
/// passes every id of a batch in one statement then fails on a batch of a few thousand, where the real
/// limits (32,766 on SQLite, 65,535 on PostgreSQL) take a manifest of a hundred thousand bills to reach.
/// </summary>
public sealed class SqliteParameterLimit(int limit) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            SQLitePCL.raw.sqlite3_limit(sqlite.Handle, SQLitePCL.raw.SQLITE_LIMIT_VARIABLE_NUMBER, limit);
        }
    }
}
