using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Portcullis.Domain.People;
using Portcullis.Features.Account;

namespace Portcullis.Hosting;

/// <summary>
/// The user interface speaks English, Albanian, Serbian/Bosnian/Montenegrin (Latin) and Macedonian.
/// A signed-in person gets the language of their record; before sign-in, the language chosen on the
/// sign-in page (a cookie), else the browser's. Formatting stays invariant: dates and numbers are
/// written by <see cref="Pages.Display"/>, never by the request culture.
/// </summary>
public static class Localization
{
    public const string LanguageCookie = "portcullis.language";

    public static IServiceCollection AddPortcullisLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Language.All.Select(CultureInfo.GetCultureInfo).ToList();
            options.DefaultRequestCulture = new RequestCulture(Language.English);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new PersonLanguageProvider(),
                new CookieRequestCultureProvider { CookieName = LanguageCookie },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    private sealed class PersonLanguageProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            var language = httpContext.User.FindFirst(PortcullisClaims.Language)?.Value;
            return Task.FromResult(Language.IsSupported(language) ? new ProviderCultureResult(language) : null);
        }
    }
}
