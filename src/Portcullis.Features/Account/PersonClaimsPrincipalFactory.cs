using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portcullis.Data.People;

namespace Portcullis.Features.Account;

/// <summary>Adds the person's unit, jurisdiction, display name and language to the sign-in cookie.</summary>
public sealed class PersonClaimsPrincipalFactory(
    UserManager<Person> userManager,
    RoleManager<IdentityRole<Guid>> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Person, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Person user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortcullisClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(PortcullisClaims.Language, user.Language));
        if (user.UnitCode is not null)
        {
            identity.AddClaim(new Claim(PortcullisClaims.Unit, user.UnitCode));
        }

        if (user.JurisdictionCode is not null)
        {
            identity.AddClaim(new Claim(PortcullisClaims.Jurisdiction, user.JurisdictionCode));
        }

        return identity;
    }
}
