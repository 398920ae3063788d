using System.CommandLine;
using Portcullis.Data.Scoping;
using Portcullis.Data.Storage;
using Portcullis.Features;
using Portcullis.Hosting;

namespace Portcullis.Commands;

/// <summary>
/// What a command needs to call Feature handlers: the database named by <c>--database</c> (or
/// <c>PORTCULLIS_DATABASE</c>), the handlers, and the command-line scope. The operator of the
/// machine acts as <c>cli:&lt;their user name&gt;</c> in the audit log.
/// </summary>
internal sealed class CommandSession : IAsyncDisposable
{
    private readonly ServiceProvider _root;
    private readonly AsyncServiceScope _scope;

    private CommandSession(ServiceProvider root, ParseResult parse, DatabaseLocation location)
    {
        _root = root;
        _scope = root.CreateAsyncScope();
        Output = parse.InvocationConfiguration.Output;
        Location = location;
    }

    public TextWriter Output { get; }

    public DatabaseLocation Location { get; }

    /// <param name="location">The database; by default, the one <c>--database</c> names.</param>
    /// <param name="time">The clock; by default the system's (a bench runs on the day of its traffic).</param>
    public static CommandSession Open(ParseResult parse, DatabaseLocation? location = null, TimeProvider? time = null)
    {
        location ??= Locate(parse.GetValue(CommonOptions.Database));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton<IAccessScopeSource>(new FixedAccessScope(AccessScope.CommandLine(Environment.UserName)));
        services.AddPortcullisStorage(_ => location);
        services.AddPortcullisIdentityCore();
        services.AddPortcullisFeatures();
        return new CommandSession(services.BuildServiceProvider(validateScopes: true), parse, location);
    }

    public static DatabaseLocation Locate(string? option)
    {
        try
        {
            return DatabaseLocation.Parse(
                option ?? Environment.GetEnvironmentVariable(DatabaseLocation.EnvironmentVariable),
                Directory.GetCurrentDirectory());
        }
        catch (Exception e) when (e is FormatException or ArgumentException or UriFormatException)
        {
            throw new CommandInputException($"--database: {e.Message}");
        }
    }

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _root.DisposeAsync();
    }
}
