using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Portcullis.Data.Scoping;
using Portcullis.Features;
using Portcullis.Features.Account;

namespace Portcullis.Hosting;

/// <summary>Sign-in with cookies, the roles' policies, anti-forgery and the per-request access scope.</summary>
public static class SecurityRegistration
{
    public const string SessionCookie = "portcullis.session";
    public const string AntiforgeryCookie = "portcullis.antiforgery";

    public static IServiceCollection AddPortcullisSecurity(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<IAccessScopeSource, HttpAccessScope>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddPortcullisIdentityCore()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<PersonClaimsPrincipalFactory>();
        services.AddPortcullisSignIn();

        // Re-check the cookie against the database on every request: disabling a person or changing
        // their roles takes effect at once, for the price of a few indexed reads (person, roles) and
        // a renewed cookie per request: cheap at the scale of a unit, and worth it for personal data.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = SessionCookie;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            // Secure whenever the request is HTTPS, including behind a TLS-terminating proxy that
            // sends X-Forwarded-Proto (see ForwardedHeaders in PortcullisWebHost).
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(10);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/account/sign-in";
            cookie.LogoutPath = "/account/sign-out";
            cookie.AccessDeniedPath = "/account/access-denied";
            // Machines get status codes, people get pages. (The events object is Identity's: it also
            // carries the security-stamp check, so it is amended, not replaced.)
            cookie.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
        });

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = AntiforgeryCookie;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.HeaderName = "X-CSRF-TOKEN";
        });

        services.AddAuthorization(Policies.Add);
        return services;
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
