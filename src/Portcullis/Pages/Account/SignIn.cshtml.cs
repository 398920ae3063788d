using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SignInFeature = Portcullis.Features.Account.SignIn;

namespace Portcullis.Pages.Account;

public sealed class SignInModel(SignInFeature.Handler signIn, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl()) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await signIn.HandleAsync(new SignInFeature.Command(UserName, Password), cancellationToken);
        if (result.Status == SignInFeature.Status.SignedIn)
        {
            return LocalRedirect(SafeReturnUrl());
        }

        // One message for every refusal: saying "locked" only for real accounts would tell a
        // stranger which user names exist. The audit log records which refusal it was.
        Message = text["The user name or password is not correct, or the account is locked after 5 failed attempts (for 15 minutes, or until your unit head resets the password)."];
        Password = string.Empty;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    private string SafeReturnUrl() =>
        !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
