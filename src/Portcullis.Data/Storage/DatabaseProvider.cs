namespace Portcullis.Data.Storage;

public enum DatabaseProvider
{
    /// <summary>The embedded default: a file under ./data/, in WAL mode.</summary>
    Sqlite,

    /// <summary>Deployments: a PostgreSQL server.</summary>
    PostgreSql,
}
