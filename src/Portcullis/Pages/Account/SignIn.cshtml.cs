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
        switch (result.Status)
        {
            case SignInFeature.Status.SignedIn:
                return LocalRedirect(SafeReturnUrl());
            case SignInFeature.Status.LockedOut:
                Message = text[
                    "This account is locked after repeated failed sign-ins. Try again after {0}, or ask your unit head to reset the password.",
                    Display.Utc(result.LockedOutUntil)];
                break;
            default:
                Message = text["The user name or password is not correct."];
                break;
        }

        Password = string.Empty;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    private string SafeReturnUrl() =>
        !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
