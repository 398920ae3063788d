using System.Security.Claims;
using Portcullis.Domain.People;
using Portcullis.Domain.Reference;
using Portcullis.Features.Account;

namespace Portcullis.Pages;

/// <summary>Who is signed in, as the header shows them: name, roles, unit, jurisdiction. Read from the cookie's claims.</summary>
public sealed record SignedInPerson(string UserName, string DisplayName, IReadOnlyList<Role> Roles, Unit? Unit, Location? Location)
{
    public static SignedInPerson? From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var roles = user.FindAll(ClaimTypes.Role)
            .Select(c => RoleRules.TryParse(c.Value, out var role) ? role : (Role?)null)
            .OfType<Role>()
            .Order()
            .ToList();
        var unit = UnitCode.TryParse(user.FindFirstValue(PortcullisClaims.Unit), out var code) ? ReferenceCatalog.Default.FindUnit(code) : null;
        var location = unit is null ? null : ReferenceCatalog.Default.FindLocation(unit.LocationCode);
        return new SignedInPerson(
            user.Identity.Name ?? string.Empty,
            user.FindFirstValue(PortcullisClaims.DisplayName) ?? user.Identity.Name ?? string.Empty,
            roles,
            unit,
            location);
    }
}
