using System.Data;
using System.Data.Common;
using System.Globalization;

namespace Portcullis.Features.Screening.Bench;

/// <summary>
/// One connection screening names through pg_trgm: the similarity threshold set for the session and the
/// query prepared once, as an application would hold it.
/// </summary>
public sealed class PgTrgmSession : IDisposable
{
    private const string Query = "SELECT entry_id, similarity(name, @q) AS s FROM names WHERE name % @q ORDER BY s DESC LIMIT 10";

    private readonly DbConnection _connection;
    private readonly DbCommand _command;
    private readonly DbParameter _name;

    public PgTrgmSession(DbDataSource dataSource, PgTrgmSchema schema, double similarityThreshold)
    {
        _connection = dataSource.OpenConnection();
        PgTrgmSchema.Execute(_connection, $"SET search_path TO {schema.SearchPath}");
        PgTrgmSchema.Execute(_connection, string.Create(CultureInfo.InvariantCulture, $"SET pg_trgm.similarity_threshold = {similarityThreshold}"));
        _command = _connection.CreateCommand();
        _command.CommandText = Query;
        _name = _command.CreateParameter();
        _name.ParameterName = "q";
        _name.DbType = DbType.String;
        _name.Value = string.Empty;
        _command.Parameters.Add(_name);
        _command.Prepare();
    }

    /// <summary>The keys of the entries with a name at or above the session's similarity threshold (ten at most).</summary>
    public IReadOnlyCollection<string> HitKeys(string name)
    {
        _name.Value = name;
        var hits = new HashSet<string>(StringComparer.Ordinal);
        using var reader = _command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(reader.GetString(0));
        }

        return hits;
    }

    public void Dispose()
    {
        _command.Dispose();
        _connection.Dispose();
    }
}
