using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portcullis.Data.Scoping;

namespace Portcullis.Data.Postgres;

/// <summary>Used by <c>dotnet ef migrations add</c> only; the server named here is never contacted.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<PortcullisDbContext>
{
    public PortcullisDbContext CreateDbContext(string[] args) =>
        new(
            (DbContextOptions<PortcullisDbContext>)new DbContextOptionsBuilder<PortcullisDbContext>()
                .UsePostgresStorage("Host=localhost;Database=portcullis_design").Options,
            new FixedAccessScope(AccessScope.CommandLine("design-time")),
            TimeProvider.System);
}
