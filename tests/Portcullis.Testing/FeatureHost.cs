using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portcullis.Data.Scoping;
using Portcullis.Domain.People;
using Portcullis.Domain.Reference;
using Portcullis.Features;
using Portcullis.Features.People;
using Portcullis.Hosting;
using Shouldly;

namespace Portcullis.Testing;

/// <summary>
/// The Feature handlers wired as the product wires them, on a test database, run as whoever the
/// test says: the command line, or a person with their real roles and unit.
/// </summary>
public sealed class FeatureHost : IAsyncDisposable
{
    /// <summary>The password of every person the tests add: long enough for the policy.</summary>
    public const string Password = "correct-horse-battery-staple";

    private readonly ServiceProvider _services;

    /// <param name="configure">Services a test changes after the product's, such as the database context's options.</param>
    public FeatureHost(TestDatabase database, TimeProvider? time = null, Action<IServiceCollection>? configure = null)
    {
        Database = database;
        var services = new ServiceCollection();
        services.AddLogging(l => { if (Environment.GetEnvironmentVariable("SQLLOG") is not null) { l.AddConsole(); } });
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddScoped<ScopeBox>();
        services.AddScoped<IAccessScopeSource>(provider => provider.GetRequiredService<ScopeBox>());
        services.AddPortcullisStorage(_ => database.Location);
        services.AddPortcullisIdentityCore();
        services.AddPortcullisFeatures();
        configure?.Invoke(services);
        _services = services.BuildServiceProvider(validateScopes: true);
    }

    public TestDatabase Database { get; }

    public static AccessScope CommandLine { get; } = AccessScope.CommandLine("test");

    /// <summary>Runs a handler in a fresh unit of work as <paramref name="scope"/>.</summary>
    public async Task<TResult> RunAsync<THandler, TResult>(AccessScope scope, Func<THandler, Task<TResult>> action)
        where THandler : notnull
    {
        await using var unitOfWork = _services.CreateAsyncScope();
        unitOfWork.ServiceProvider.GetRequiredService<ScopeBox>().Scope = scope;
        return await action(unitOfWork.ServiceProvider.GetRequiredService<THandler>());
    }

    /// <summary>Adds a person from the command line and returns their id.</summary>
    public async Task<Guid> AddPersonAsync(string userName, Role role, string? unit, string? displayName = null)
    {
        var outcome = await RunAsync<AddPerson.Handler, Outcome<AddPerson.Result>>(
            CommandLine,
            handler => handler.HandleAsync(
                new AddPerson.Command(userName, displayName ?? userName, [role], unit, Password: Password),
                CancellationToken.None));
        outcome.Kind.ShouldBe(OutcomeKind.Ok, string.Join("; ", outcome.Problems.Select(p => p.Message)));
        return outcome.Value!.Id;
    }

    /// <summary>The scope a signed-in person gets: their roles and unit as stored.</summary>
    public async Task<AccessScope> AsAsync(string userName)
    {
        await using var db = Database.CreateContext(CommandLine);
        var person = await db.Users.SingleAsync(p => p.UserName == userName);
        var roles = await db.UserRoles.Where(r => r.UserId == person.Id).Select(r => r.RoleId).ToListAsync();
        return AccessScope.ForPerson(
            person.Id,
            userName,
            person.UnitCode is null ? null : new UnitCode(person.UnitCode),
            roles.Select(id => Data.People.RoleIds.RoleOf(id)!.Value).ToList()) with
        { RemoteAddress = "192.0.2.10" };
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    private sealed class ScopeBox : IAccessScopeSource
    {
        public AccessScope Scope { get; set; } = AccessScope.Anonymous;

        public AccessScope Current => Scope;
    }
}
