using Portcullis.Domain.People;
using Portcullis.Features.People;
using Portcullis.Hosting;

namespace Portcullis.Api;

/// <summary>The people directory over HTTP: the same handlers, scopes and audit as the pages.</summary>
internal static class PeopleApi
{
    public sealed record AddPersonRequest(
        string UserName,
        string DisplayName,
        IReadOnlyList<Role> Roles,
        string? Unit,
        string? Language,
        string? Email,
        string? Password);

    public sealed record ChangePersonRequest(
        string DisplayName,
        IReadOnlyList<Role> Roles,
        string? Unit,
        string? Language,
        string? Email);

    public sealed record ResetPasswordRequest(string? NewPassword);

    public static void MapPeople(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("People").RequireAuthorization(Policies.People);

        people.MapGet("/", async (string? search, Role? role, bool? includeDisabled, ListPeople.Handler handler, CancellationToken ct) =>
            ApiResults.From(await handler.HandleAsync(new ListPeople.Query(search, role, includeDisabled ?? true), ct)))
            .WithName("ListPeople").WithSummary("The people the caller's scope shows.");

        people.MapGet("/{id:guid}", async (Guid id, GetPerson.Handler handler, CancellationToken ct) =>
            ApiResults.From(await handler.HandleAsync(new GetPerson.Query(id), ct)))
            .WithName("GetPerson").WithSummary("A person's record (audited). 404 outside the caller's scope.");

        people.MapPost("/", async (AddPersonRequest body, AddPerson.Handler handler, CancellationToken ct) =>
        {
            var outcome = await handler.HandleAsync(
                new AddPerson.Command(body.UserName, body.DisplayName, body.Roles, body.Unit, body.Language ?? Language.English, body.Email, body.Password),
                ct);
            return outcome.IsOk
                ? Results.Created($"/api/v1/people/{outcome.Value!.Id}", outcome.Value)
                : ApiResults.Failure(outcome);
        }).RequireAuthorization(Policies.ManagePeople)
            .WithName("AddPerson").WithSummary("Adds a person; without a password, one is generated and returned once.");

        people.MapPut("/{id:guid}", async (Guid id, ChangePersonRequest body, ChangePerson.Handler handler, CancellationToken ct) =>
            ApiResults.From(await handler.HandleAsync(
                new ChangePerson.Command(id.ToString("D"), body.DisplayName, body.Roles, body.Unit, body.Language ?? Language.English, body.Email),
                ct)))
            .RequireAuthorization(Policies.ManagePeople)
            .WithName("ChangePerson");

        people.MapPost("/{id:guid}/disable", async (Guid id, DisablePerson.Handler handler, CancellationToken ct) =>
            ApiResults.From(await handler.HandleAsync(new DisablePerson.Command(id.ToString("D")), ct)))
            .RequireAuthorization(Policies.ManagePeople)
            .WithName("DisablePerson");

        people.MapPost("/{id:guid}/enable", async (Guid id, DisablePerson.Handler handler, CancellationToken ct) =>
            ApiResults.From(await handler.HandleAsync(new DisablePerson.Command(id.ToString("D"), Disable: false), ct)))
            .RequireAuthorization(Policies.ManagePeople)
            .WithName("EnablePerson");

        people.MapPost("/{id:guid}/reset-password", async (Guid id, ResetPasswordRequest? body, ResetPassword.Handler handler, CancellationToken ct) =>
            ApiResults.From(await handler.HandleAsync(new ResetPassword.Command(id.ToString("D"), body?.NewPassword), ct)))
            .RequireAuthorization(Policies.ManagePeople)
            .WithName("ResetPassword").WithSummary("Sets a new password (generated unless given) and lifts a lockout.");
    }
}
