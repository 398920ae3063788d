using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portcullis.BrowserTests;

/// <summary>
/// One test's browser: its own context and page, the console errors the page reported, and the
/// steps every journey shares (sign in, locate the header, save a screenshot).
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly PortcullisServer _server;
    private readonly List<string> _consoleErrors = [];

    private BrowserSession(IBrowserContext context, IPage page, PortcullisServer server)
    {
        _context = context;
        _server = server;
        Page = page;

        // A content-security-policy violation (an inline script or style) reaches a test only as
        // a console error, so every error and uncaught exception is kept for the test to check.
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record($"console error at {message.Location}: {message.Text}");
            }
        };
        page.PageError += (_, error) => Record($"uncaught page error: {error}");
    }

    public IPage Page { get; }

    /// <summary>Console errors and uncaught exceptions so far, on every page this session opened.</summary>
    public IReadOnlyList<string> ConsoleErrors
    {
        get
        {
            lock (_consoleErrors)
            {
                return [.. _consoleErrors];
            }
        }
    }

    public ILocator WhoAmIName => Page.GetByTestId("whoami-name");

    public ILocator WhoAmIUnit => Page.GetByTestId("whoami-unit");

    public ILocator SignOutButton => Page.Locator("header").GetByRole(AriaRole.Button, new() { Name = "Sign out" });

    public static async Task<BrowserSession> OpenAsync(IBrowserContext context, PortcullisServer server)
    {
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, server);
    }

    /// <summary>Opens <paramref name="path"/> and returns the server's answer to the navigation.</summary>
    public async Task<IResponse> GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        return response ?? throw new InvalidOperationException($"No response for {path}.");
    }

    /// <summary>Fills in and submits the sign-in form from a freshly loaded sign-in page.</summary>
    public async Task SubmitSignInAsync(string userName, string password)
    {
        // A fresh GET each time: the page then shows no error, so an error that appears afterwards
        // is the answer to this submission, not the previous one.
        await GotoAsync("/account/sign-in");
        await Page.Locator("#UserName").FillAsync(userName);
        await Page.Locator("#Password").FillAsync(password);
        await Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }

    /// <summary>Signs in with the demo password and waits for the signed-in header.</summary>
    public async Task SignInAsync(string userName)
    {
        await SubmitSignInAsync(userName, _server.DemoPassword);
        await Expect(WhoAmIName).ToBeVisibleAsync();
        await Expect(Page).ToHaveURLAsync(_server.Url("/").ToString());
    }

    /// <summary>
    /// Saves a full-page screenshot into the folder named by PORTCULLIS_SCREENSHOTS, so that a
    /// person can look at what the journeys saw; without the variable, nothing is saved.
    /// </summary>
    public async Task SaveScreenshotAsync(string name)
    {
        var folder = Environment.GetEnvironmentVariable("PORTCULLIS_SCREENSHOTS");
        if (string.IsNullOrWhiteSpace(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private void Record(string error)
    {
        lock (_consoleErrors)
        {
            _consoleErrors.Add(error);
        }
    }
}
