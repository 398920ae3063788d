using Microsoft.EntityFrameworkCore;
using Portcullis.Data;
using Portcullis.Data.Storage;

namespace Portcullis.Features.Setup;

/// <summary>
/// Brings the database schema up to date with the migrations of its provider; a SQLite file is
/// created in WAL mode, so that readers do not wait for the writer.
/// </summary>
public static class MigrateDatabase
{
    public sealed record Result(IReadOnlyList<string> Applied, IReadOnlyList<string> AlreadyApplied);

    public sealed class Handler(PortcullisDbContext db)
    {
        public async Task<Result> HandleAsync(CancellationToken cancellationToken)
        {
            if (db.Provider == DatabaseProvider.Sqlite)
            {
                var file = db.Database.GetDbConnection().DataSource;
                if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
                {
                    Directory.CreateDirectory(folder);
                }

                // journal_mode is a property of the file, so setting it once is enough; doing it on
                // every start is harmless and repairs a file created by another tool.
                await db.Database.OpenConnectionAsync(cancellationToken);
                try
                {
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
                }
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                await db.Database.MigrateAsync(cancellationToken);
            }

            return new Result(pending, applied);
        }
    }
}
