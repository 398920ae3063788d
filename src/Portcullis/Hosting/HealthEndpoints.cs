using Microsoft.EntityFrameworkCore;
using Portcullis.Data;

namespace Portcullis.Hosting;

/// <summary>
/// <c>/health/live</c>: the process answers. <c>/health</c>: it is ready to serve, meaning the
/// database answers and its schema is up to date. For load balancers and monitoring; anonymous,
/// and says nothing an outsider could use beyond up or down.
/// </summary>
public static class HealthEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", () => Results.Json(new { status = "alive" }))
            .AllowAnonymous().ExcludeFromDescription();

        app.MapGet("/health", async (PortcullisDbContext db, CancellationToken cancellationToken) =>
        {
            string database;
            try
            {
                database = !await db.Database.CanConnectAsync(cancellationToken) ? "unreachable"
                    : (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any() ? "migrations pending"
                    : "ok";
            }
            catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
            {
                database = "unreachable";
            }

            var ready = database == "ok";
            return Results.Json(
                new { status = ready ? "ready" : "not ready", database },
                statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
