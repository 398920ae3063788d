using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Portcullis.Data.Storage;

/// <summary>
/// Inserts many new rows of one entity type with multi-row INSERT statements, bypassing the change
/// tracker: a 10,000-bill manifest writes some 80,000 rows, and tracking each costs more than writing
/// it. Table, columns and each value's conversion come from the EF model and its type mappings, so the
/// rows are exactly what SaveChanges would write, on SQLite and PostgreSQL. For rows nothing else reads
/// back in the same unit of work; runs in the caller's transaction when there is one.
/// </summary>
public static class BulkInsert
{
    /// <summary>
    /// Parameters in one statement: few enough that SQLite binds them quickly (it looks each up by name),
    /// many enough that PostgreSQL gets several rows per round trip. The statement is prepared once and
    /// reused with new values for every full chunk.
    /// </summary>
    private const int MaxParameters = 900;

    public static async Task InsertAsync<T>(this PortcullisDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken) where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entity.GetProperties().Select(p => new Column(
            p.IsShadowProperty() ? throw new InvalidOperationException($"{typeof(T).Name}.{p.Name} is a shadow property: bulk insert reads values from the object.") : p.GetGetter(),
            sql.DelimitIdentifier(p.GetColumnName(table)!),
            (RelationalTypeMapping)p.GetRelationalTypeMapping(),
            p.IsNullable)).ToList();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ";
        var perStatement = Math.Max(1, MaxParameters / columns.Count);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        DbCommand? full = null;
        try
        {
            foreach (var chunk in rows.Chunk(perStatement))
            {
                DbCommand command;
                if (chunk.Length == perStatement && full is not null)
                {
                    command = full;
                    var index = 0;
                    foreach (var row in chunk)
                    {
                        foreach (var column in columns)
                        {
                            // The mapping's own parameter gives the provider's value (conversions applied); only the value is taken.
                            var fresh = column.Mapping.CreateParameter(command, "@x", column.Getter.GetClrValue(row), column.Nullable);
                            command.Parameters[index++].Value = fresh.Value;
                        }
                    }
                }
                else
                {
                    command = connection.CreateCommand();
                    command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                    command.CommandText = Statement(head, chunk.Length, columns.Count);
                    var index = 0;
                    foreach (var row in chunk)
                    {
                        foreach (var column in columns)
                        {
                            command.Parameters.Add(column.Mapping.CreateParameter(command, "@p" + index.ToString(CultureInfo.InvariantCulture), column.Getter.GetClrValue(row), column.Nullable));
                            index++;
                        }
                    }

                    if (chunk.Length == perStatement)
                    {
                        await command.PrepareAsync(cancellationToken);
                        full = command;
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
                if (command != full)
                {
                    await command.DisposeAsync();
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Statement(string head, int rows, int columns)
    {
        var text = new StringBuilder(head, head.Length + (rows * columns * 8));
        var index = 0;
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns; column++)
            {
                text.Append(column == 0 ? "@p" : ", @p").Append(index++);
            }

            text.Append(')');
        }

        return text.ToString();
    }

    private sealed record Column(IClrPropertyGetter Getter, string Name, RelationalTypeMapping Mapping, bool Nullable);
}
