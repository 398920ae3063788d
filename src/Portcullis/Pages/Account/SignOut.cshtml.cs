using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Features.Account;

namespace Portcullis.Pages.Account;

/// <summary>Signing out is a POST (a link could be followed by a prefetcher or a malicious page).</summary>
public sealed class SignOutModel(SignOut.Handler signOut) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await signOut.HandleAsync(cancellationToken);
        return LocalRedirect("/account/sign-in");
    }
}
