using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Portcullis.BrowserTests;

/// <summary>
/// The real <c>portcullis serve --demo</c> as a child process, on a free loopback port, in a fresh
/// temporary folder (demo mode creates ./data/demo.db in its working directory). It is the same
/// build the tests were compiled against: the project reference copies portcullis.dll here.
/// </summary>
public sealed class PortcullisServer : IAsyncLifetime
{
    private const string PasswordLinePrefix = "Password of every demo account, for this run only: ";

    // A bound on waiting for the server to come up, so that a broken start fails the run with the
    // server's own output instead of hanging it. Not an assertion on speed.
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);

    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<string> _password = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Process? _process;
    private string? _folder;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The password of every demo account, printed by the server for this run only.</summary>
    public string DemoPassword { get; private set; } = string.Empty;

    /// <summary>What the server printed so far (stdout and stderr), for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The server's working folder: demo mode writes data/ (the database, the demo watchlist) here.</summary>
    public string Folder => _folder ?? throw new InvalidOperationException("The server has not started.");

    public Uri Url(string path) => new(BaseUrl, path);

    public async ValueTask InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("portcullis-browser-tests-").FullName;
        BaseUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{FreePort()}/"));

        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "portcullis.dll"), "serve", "--demo", "--demo-flights", "12", "--urls", BaseUrl.ToString().TrimEnd('/'), "--log-format", "text" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Read(e.Data);
        _process.ErrorDataReceived += (_, e) => Read(e.Data);
        _process.Exited += (_, _) => _password.TrySetException(new InvalidOperationException($"portcullis serve exited before printing the demo password:\n{Output}"));
        _process.Start();

        // Both streams are drained for the life of the process: a full pipe would block the server.
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        try
        {
            DemoPassword = await _password.Task.WaitAsync(StartLimit);
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"portcullis serve did not print the demo password in {StartLimit}:\n{Output}");
        }
    }

    /// <summary>
    /// Runs a <c>portcullis</c> command in the server's folder, on the server's database (demo mode:
    /// data/demo.db): how a journey makes new traffic arrive. Returns the exit code and the output.
    /// </summary>
    public async Task<(int ExitCode, string Output)> RunCommandAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "portcullis.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--database");
        start.ArgumentList.Add("data/demo.db");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }

        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (line.StartsWith(PasswordLinePrefix, StringComparison.Ordinal))
        {
            _password.TrySetResult(line[PasswordLinePrefix.Length..].Trim());
        }
    }

    /// <summary>A port the system just handed out; free again once the probe closes.</summary>
    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>The dotnet host running these tests, so the server runs on the same runtime.</summary>
    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return current;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }
}
