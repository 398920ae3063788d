using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.WebEncoders;
using Portcullis.Api;
using Portcullis.Data.Storage;
using Portcullis.Features;

namespace Portcullis.Hosting;

/// <summary>Builds the web application: the officers' pages, the HTTP API, health and assets.</summary>
public static class PortcullisWebHost
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Configuration key of the database (the <c>--database</c> option sets it).</summary>
    public const string DatabaseKey = "Portcullis:Database";

    /// <summary>Where the keys that protect cookies and anti-forgery tokens are kept (serve: ./data/keys).</summary>
    public const string KeysDirectoryKey = "Portcullis:KeysDirectory";

    /// <summary>Set to <c>true</c> behind a reverse proxy that terminates TLS on the same machine.</summary>
    public const string TrustForwardedHeadersKey = "Portcullis:TrustForwardedHeaders";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(Program).Assembly.GetName().Name,
        });
        configure?.Invoke(builder);

        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddPortcullisStorage(provider => LocateDatabase(provider.GetRequiredService<IConfiguration>()));
        services.AddPortcullisFeatures();
        services.AddHostedService<Features.Screening.ScreeningIndexStartup>();
        services.AddPortcullisSecurity();
        services.AddPortcullisLocalization();
        services.AddRazorPages(Pages.PageConventions.Apply)
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false)
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        // Names in Albanian, Serbian and Macedonian stay readable in the HTML, not &#x...; escapes.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        services.AddProblemDetails();
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Portcullis API";
            document.Info.Description = "People, reference data and the audit log of a Portcullis installation. Sign in with the session cookie (/account/sign-in).";
            return Task.CompletedTask;
        }));
        if (builder.Configuration[KeysDirectoryKey] is { Length: > 0 } keys)
        {
            // Kept beside the data, readable by this account only, so that sessions survive a
            // restart and a copy of ./data/ is the whole installation.
            var folder = Directory.CreateDirectory(keys);
            if (!OperatingSystem.IsWindows())
            {
                folder.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            }

            services.AddDataProtection().SetApplicationName("Portcullis").PersistKeysToFileSystem(folder);
        }

        if (builder.Configuration.GetValue<bool>(TrustForwardedHeadersKey))
        {
            services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        }

        var app = builder.Build();
        if (app.Configuration.GetValue<bool>(TrustForwardedHeadersKey))
        {
            app.UseForwardedHeaders();
        }

        app.UseSecurityHeaders();
        app.UseWhen(IsApi, api => api.UseExceptionHandler());
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler("/error");
            pages.UseStatusCodePagesWithReExecute("/error", "?status={0}");
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseRequestLocalization();
        app.UseAuthorization();

        app.MapAssets();
        app.MapHealth();
        app.MapOpenApi().AllowAnonymous();
        app.MapRazorPages();
        app.MapPortcullisApi();
        return app;
    }

    /// <summary>Under <c>WebApplicationFactory</c>: build, and let the factory take the host.</summary>
    public static async Task<int> RunUnderTestHostAsync(string[] args)
    {
        await using var app = Build(args);
        await app.RunAsync();
        return 0;
    }

    public static DatabaseLocation LocateDatabase(IConfiguration configuration) =>
        DatabaseLocation.Parse(
            configuration[DatabaseKey] ?? Environment.GetEnvironmentVariable(DatabaseLocation.EnvironmentVariable),
            Directory.GetCurrentDirectory());

    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal);
}
