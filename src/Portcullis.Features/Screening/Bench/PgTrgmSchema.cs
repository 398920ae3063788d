using System.Data.Common;
using System.Diagnostics;
using System.Globalization;

namespace Portcullis.Features.Screening.Bench;

/// <summary>
/// What a team would build instead of a screening engine: the list's names in a PostgreSQL table with a
/// pg_trgm GIN index. Lives in a fresh schema of its own, dropped (with the extension, if it was created
/// there) when disposed, so the bench leaves nothing behind on the server.
/// </summary>
public sealed class PgTrgmSchema : IDisposable
{
    private readonly DbDataSource _dataSource;

    private PgTrgmSchema(DbDataSource dataSource, string name, string searchPath)
    {
        _dataSource = dataSource;
        Name = name;
        SearchPath = searchPath;
    }

    public string Name { get; }

    /// <summary>The schema and the one pg_trgm lives in, for each session's search_path.</summary>
    public string SearchPath { get; private set; }

    /// <summary>Seconds CREATE INDEX ... USING gin took.</summary>
    public double IndexSeconds { get; private set; }

    /// <summary>False when the server has no pg_trgm to offer (its extension files are not installed).</summary>
    public static bool IsAvailable(DbDataSource dataSource)
    {
        using var connection = dataSource.OpenConnection();
        return Convert.ToInt64(Scalar(connection, "SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm'"), CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>Creates the schema, the table of (entry_id, name), loads the names and indexes them.</summary>
    public static PgTrgmSchema Create(DbDataSource dataSource, IReadOnlyList<(string EntryKey, string Name)> names)
    {
        var name = "portcullis_bench_" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..12];
        using var connection = dataSource.OpenConnection();
        Execute(connection, $"CREATE SCHEMA {name}");
        var schema = new PgTrgmSchema(dataSource, name, name);
        try
        {
            return schema.Fill(connection, names);
        }
        catch
        {
            // Whatever failed, the server is left as it was found.
            schema.Dispose();
            throw;
        }
    }

    private PgTrgmSchema Fill(DbConnection connection, IReadOnlyList<(string EntryKey, string Name)> names)
    {
        // With the new schema first on the path, an extension created here is dropped with it.
        Execute(connection, $"SET search_path TO {Name}, public");
        Execute(connection, "CREATE EXTENSION IF NOT EXISTS pg_trgm");
        var extensionSchema = (string)Scalar(connection, "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'")!;
        SearchPath = extensionSchema == Name ? Name : $"{Name}, {extensionSchema}";
        Execute(connection, $"SET search_path TO {SearchPath}");
        Execute(connection, "CREATE TABLE names (entry_id text NOT NULL, name text NOT NULL)");
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO names (entry_id, name) SELECT * FROM unnest(@ids, @names)";
            Add(insert, "ids", names.Select(n => n.EntryKey).ToArray());
            Add(insert, "names", names.Select(n => n.Name).ToArray());
            insert.ExecuteNonQuery();
        }

        var clock = Stopwatch.StartNew();
        Execute(connection, "CREATE INDEX names_name_trgm ON names USING gin (name gin_trgm_ops)");
        IndexSeconds = clock.Elapsed.TotalSeconds;
        Execute(connection, "ANALYZE names");
        return this;
    }

    public void Dispose()
    {
        using var connection = _dataSource.OpenConnection();
        Execute(connection, $"DROP SCHEMA IF EXISTS {Name} CASCADE");
    }

    internal static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
