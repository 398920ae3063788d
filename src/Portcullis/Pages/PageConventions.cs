using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Hosting;

namespace Portcullis.Pages;

/// <summary>Which folders of pages need which policy; everything else needs a signed-in person.</summary>
internal static class PageConventions
{
    public static void Apply(RazorPagesOptions options)
    {
        options.Conventions.AuthorizeFolder("/People", Policies.People);
        options.Conventions.AuthorizePage("/People/Add", Policies.ManagePeople);
        options.Conventions.AuthorizePage("/People/Edit", Policies.ManagePeople);
        options.Conventions.AuthorizeFolder("/Audit", Policies.Audit);
        options.Conventions.AuthorizeFolder("/Profiles", Policies.Targeting);
        options.Conventions.AuthorizeFolder("/Targets", Policies.Targeting);

        // A new profile is written on the same page as a new version, without a profile to start from.
        options.Conventions.AddPageRoute("/Profiles/Edit", "/profiles/new");
        options.Conventions.AllowAnonymousToPage("/Account/SignIn");
        options.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
        options.Conventions.AllowAnonymousToPage("/Account/Language");
        options.Conventions.AllowAnonymousToPage("/Error");
    }
}
