using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portcullis.Data;
using Portcullis.Data.People;
using Portcullis.Features.Account;
using Portcullis.Features.Audit;
using Portcullis.Features.Cargo;
using Portcullis.Features.Cargo.Views;
using Portcullis.Features.Passengers;
using Portcullis.Features.People;
using Portcullis.Features.Screening;
using Portcullis.Features.Setup;
using Portcullis.Features.Targeting;
using Portcullis.Features.Targeting.Queue;

namespace Portcullis.Features;

public static class FeatureRegistration
{
    /// <summary>The handlers, for the web host and the command line alike.</summary>
    public static IServiceCollection AddPortcullisFeatures(this IServiceCollection services)
    {
        services.AddScoped<ListPeople.Handler>();
        services.AddScoped<GetPerson.Handler>();
        services.AddScoped<AddPerson.Handler>();
        services.AddScoped<ChangePerson.Handler>();
        services.AddScoped<DisablePerson.Handler>();
        services.AddScoped<ResetPassword.Handler>();
        services.AddScoped<ListAuditEntries.Handler>();
        services.AddScoped<VerifyAuditChain.Handler>();
        services.AddScoped<MigrateDatabase.Handler>();
        services.AddScoped<CreateDemoPeople.Handler>();
        services.AddScoped<MessageProcessor>();
        services.AddScoped<IngestMessage.Handler>();
        services.AddScoped<IngestFiles>();
        services.AddScoped<ReprocessMessage.Handler>();
        services.AddScoped<ListMessages.Handler>();
        services.AddScoped<GetMessage.Handler>();
        services.AddScoped<ListFlights.Handler>();
        services.AddScoped<GetFlight.Handler>();
        services.AddScoped<GetTraveller.Handler>();
        services.AddScoped<ApiKeys.Handler>();
        services.AddSingleton<ScreeningIndexService>();
        services.AddScoped<ScreenTravellers>();
        services.AddScoped<ImportWatchlist.Handler>();
        services.AddScoped<ListWatchlists.Handler>();
        services.AddScoped<GetWatchlist.Handler>();
        services.AddScoped<GetWatchlistVersionDiff.Handler>();
        services.AddScoped<SearchWatchlistEntries.Handler>();
        services.AddScoped<ListHits.Handler>();
        services.AddScoped<GetHit.Handler>();
        services.AddScoped<ReviewHit.Handler>();
        services.AddScoped<Demo.Watchlist.ImportDemoWatchlist.Handler>();
        services.AddScoped<Demo.Profiles.StarterCargoProfiles.Handler>();
        services.AddSingleton<ProfileSetCache>();
        services.AddScoped<SubjectTargeting>();
        services.AddScoped<TargetTravellers>();
        services.AddScoped<ScreenConsignments>();
        services.AddScoped<TargetConsignments>();
        services.AddScoped<ListVoyages.Handler>();
        services.AddScoped<GetVoyage.Handler>();
        services.AddScoped<GetConsignment.Handler>();
        services.AddScoped<GetParty.Handler>();
        services.AddScoped<GetContainer.Handler>();
        services.AddScoped<SaveProfile.Handler>();
        services.AddScoped<CheckProfileText.Handler>();
        services.AddScoped<ChangeProfileStatus.Handler>();
        services.AddScoped<ListProfiles.Handler>();
        services.AddScoped<GetProfile.Handler>();
        services.AddScoped<ShadowRun.Handler>();
        services.AddScoped<ProfileStats.Handler>();
        services.AddScoped<ListTargets.Handler>();
        services.AddScoped<TakeTarget.Handler>();
        services.AddScoped<GetTarget.Handler>();
        services.AddScoped<WorkTarget.Handler>();
        services.AddScoped<ChangeTargetingSettings.Handler>();
        services.AddScoped<GetTargetingSettings.Handler>();
        services.AddScoped<SaveReferenceList.Handler>();
        services.AddScoped<ListReferenceLists.Handler>();
        services.AddScoped<ExportProfiles.Handler>();
        return services;
    }

    /// <summary>The handlers that need a browser session (cookies).</summary>
    public static IServiceCollection AddPortcullisSignIn(this IServiceCollection services)
    {
        services.AddScoped<SignIn.Handler>();
        services.AddScoped<SignOut.Handler>();
        services.AddScoped<ChangeLanguage.Handler>();
        return services;
    }

    /// <summary>
    /// Identity's people and roles on <see cref="PortcullisDbContext"/>, with the password and
    /// lockout policy (docs/adr/0005-people-and-sign-in.md). Following NIST SP 800-63B: length over
    /// composition rules, no periodic expiry, lockout after repeated failures.
    /// </summary>
    public static IdentityBuilder AddPortcullisIdentityCore(this IServiceCollection services) =>
        services
            .AddIdentityCore<Person>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 6;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.AllowedUserNameCharacters = PersonInput.UserNameCharacters;
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<PortcullisDbContext>()
            .AddUserStore<PersonStore>()
            .AddPasswordValidator<PasswordNotUserNameValidator>();
}
