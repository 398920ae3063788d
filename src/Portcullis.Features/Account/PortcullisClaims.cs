using System.Net;
using System.Security.Claims;
using Portcullis.Data.Scoping;
using Portcullis.Domain.People;
using Portcullis.Domain.Reference;

namespace Portcullis.Features.Account;

/// <summary>
/// The claims Portcullis puts in the sign-in cookie, and the one place that turns them back into an
/// <see cref="AccessScope"/>. The cookie is re-validated against the database (security stamp)
/// on every request, so a disabled person or a changed role takes effect at once.
/// </summary>
public static class PortcullisClaims
{
    public const string Unit = "portcullis:unit";
    public const string Jurisdiction = "portcullis:jurisdiction";
    public const string DisplayName = "portcullis:display-name";
    public const string Language = "portcullis:language";

    public static AccessScope ToScope(ClaimsPrincipal user, IPAddress? remoteAddress)
    {
        var address = remoteAddress?.ToString();
        if (user.Identity?.IsAuthenticated != true
            || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var personId))
        {
            return AccessScope.Anonymous with { RemoteAddress = address };
        }

        var roles = user.FindAll(ClaimTypes.Role)
            .Select(c => RoleRules.TryParse(c.Value, out var role) ? role : (Role?)null)
            .OfType<Role>()
            .ToList();
        UnitCode? unit = UnitCode.TryParse(user.FindFirstValue(Unit), out var code) ? code : null;
        return AccessScope.ForPerson(personId, user.Identity.Name ?? personId.ToString(), unit, roles) with { RemoteAddress = address };
    }
}
