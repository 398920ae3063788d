using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portcullis.Features.Account;
using Portcullis.Hosting;

namespace Portcullis.Pages.Account;

/// <summary>
/// Changes the interface language: on the person's record when signed in (it follows them), in a
/// cookie before sign-in.
/// </summary>
public sealed class LanguageModel(ChangeLanguage.Handler changeLanguage) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(string language, string? returnUrl, CancellationToken cancellationToken)
    {
        if (!Domain.People.Language.IsSupported(language))
        {
            return BadRequest();
        }

        if (User.Identity?.IsAuthenticated == true)
        {
            await changeLanguage.HandleAsync(new ChangeLanguage.Command(language), cancellationToken);
        }

        Response.Cookies.Append(
            Localization.LanguageCookie,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = Request.IsHttps,
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
            });
        return LocalRedirect(!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
