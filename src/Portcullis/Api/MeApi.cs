using Portcullis.Data.Scoping;
using Portcullis.Domain.People;
using Portcullis.Domain.Reference;

namespace Portcullis.Api;

internal static class MeApi
{
    public static void MapMe(this RouteGroupBuilder api) =>
        api.MapGet("/me", (IAccessScopeSource scope, HttpContext http) =>
        {
            var me = scope.Current;
            var unit = me.Unit is { } code ? ReferenceCatalog.Default.FindUnit(code) : null;
            return Results.Ok(new
            {
                id = me.PersonId,
                userName = me.ActorName,
                displayName = http.User.FindFirst(Features.Account.PortcullisClaims.DisplayName)?.Value,
                roles = me.Roles.Order().Select(RoleRules.Name),
                unit = unit?.Code.Value,
                unitName = unit?.Name,
                jurisdiction = me.Jurisdiction is { } j ? ReferenceApi.Shape(ReferenceCatalog.Default.Jurisdiction(j)) : null,
                scope = me.Level,
            });
        }).WithName("GetMe").WithSummary("Who is signed in: roles, unit, jurisdiction and the reach of their scope.");
}
