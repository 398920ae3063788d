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
        options.Conventions.AllowAnonymousToPage("/Account/SignIn");
        options.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
        options.Conventions.AllowAnonymousToPage("/Account/Language");
        options.Conventions.AllowAnonymousToPage("/Error");
    }
}
