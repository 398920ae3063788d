using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portcullis.Data.Scoping;

namespace Portcullis.Data.Sqlite;

/// <summary>Used by <c>dotnet ef migrations add</c> only; the database named here is never opened.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<PortcullisDbContext>
{
    public PortcullisDbContext CreateDbContext(string[] args) =>
        new(
            (DbContextOptions<PortcullisDbContext>)new DbContextOptionsBuilder<PortcullisDbContext>()
                .UseSqliteStorage("Data Source=design-time.db").Options,
            new FixedAccessScope(AccessScope.CommandLine("design-time")),
            TimeProvider.System);
}
