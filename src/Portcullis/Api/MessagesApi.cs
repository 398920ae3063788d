using Microsoft.AspNetCore.Mvc;
using Portcullis.Domain.Passengers;
using Portcullis.Features.Passengers;
using Portcullis.Hosting;

namespace Portcullis.Api;

/// <summary>
/// <c>POST /api/messages</c>: where machine senders deliver PAXLST, PNRGOV or normalized JSON,
/// authenticated by an API key (<c>Authorization: ApiKey pcl_…</c> or <c>X-Api-Key</c>), never by a
/// session cookie. 202 with the message id; the same bytes twice are answered as a duplicate.
/// </summary>
internal static class MessagesApi
{
    /// <summary>A day's manifest fits; anything larger is not a message.</summary>
    public const long MaxMessageBytes = 64L * 1024 * 1024;

    public static void MapMessageReceiver(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/messages", async (HttpContext http, ApiKeys.Handler keys, IngestMessage.Handler ingest, CancellationToken ct) =>
        {
            var machine = await keys.AuthenticateAsync(PresentedKey(http.Request), ct);
            if (machine is null)
            {
                http.Response.Headers.WWWAuthenticate = "ApiKey";
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: "Send a valid API key: Authorization: ApiKey <key>.");
            }

            http.Items[HttpAccessScope.MachineScopeKey] = machine with { RemoteAddress = http.Connection.RemoteIpAddress?.ToString() };
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body, ct);
            var fileName = http.Request.Headers["X-File-Name"].FirstOrDefault();
            var outcome = await ingest.HandleAsync(new IngestMessage.Command(body.ToArray(), machine.ActorName, fileName, machine.Jurisdiction?.Value), ct);
            if (!outcome.IsOk)
            {
                return ApiResults.Failure(outcome);
            }

            var result = outcome.Value!;
            return Results.Accepted($"/api/v1/messages/{result.Id:D}", new
            {
                id = result.Id,
                status = result.Status,
                duplicate = result.Status == MessageStatus.Duplicate,
                duplicateOf = result.DuplicateOf,
                format = result.Format,
                travellers = result.Travellers,
                pnrs = result.Pnrs,
                errors = result.Errors,
                warnings = result.Warnings,
            });
        })
        .AllowAnonymous()
        .DisableAntiforgery()
        .WithMetadata(new RequestSizeLimitAttribute(MaxMessageBytes))
        .WithTags("Messages")
        .WithName("ReceiveMessage")
        .WithSummary("Deliver a PAXLST, PNRGOV or normalized JSON message (API key).");

    public static void MapMessages(this RouteGroupBuilder api)
    {
        var messages = api.MapGroup("/messages").WithTags("Messages").RequireAuthorization(Policies.Messages);
        messages.MapGet("/", async (MessageStatus? status, int? take, string? format, ListMessages.Handler handler, CancellationToken ct) =>
            ApiResults.From(await handler.HandleAsync(new ListMessages.Query(status, take ?? 100, format), ct)));
        messages.MapGet("/{id:guid}", async (Guid id, GetMessage.Handler handler, CancellationToken ct) =>
            ApiResults.From(await handler.HandleAsync(new GetMessage.Query(id), ct), d => new
            {
                d.Message.Id,
                d.Message.ReceivedAt,
                d.Message.Sender,
                d.Message.FileName,
                d.Message.Sha256,
                d.Message.Size,
                d.Message.Status,
                d.Message.Format,
                d.Message.DuplicateOfId,
                d.Message.Attempts,
                d.Message.Summary,
                diagnostics = d.Diagnostics,
            }));
        messages.MapPost("/{id:guid}/reprocess", async (Guid id, ReprocessMessage.Handler handler, CancellationToken ct) =>
            ApiResults.From(await handler.HandleAsync(new ReprocessMessage.Command(id), ct)));
    }

    private static string? PresentedKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.FirstOrDefault();
        if (authorization is not null && authorization.StartsWith("ApiKey ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["ApiKey ".Length..].Trim();
        }

        return request.Headers["X-Api-Key"].FirstOrDefault()?.Trim();
    }

}
