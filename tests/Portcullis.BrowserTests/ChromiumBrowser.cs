using Microsoft.Playwright;

namespace Portcullis.BrowserTests;

/// <summary>
/// Debian's Chromium under Playwright, launched once for the assembly. Playwright cannot download
/// its own browser build here, so it drives the system one; where that is not installed, every
/// journey reports as skipped rather than passing without having looked at a page.
/// </summary>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            return;
        }

        // Auto-waiting expectations retry up to this long; a two-core machine serving its first
        // pages (JIT, password hashing) can take longer than Playwright's 5-second default.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // No sandbox (runs as root in a container), and nothing that reaches beyond loopback.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>A fresh context (no cookies, no storage) and page on <paramref name="server"/>.</summary>
    public async Task<BrowserSession> NewSessionAsync(PortcullisServer server)
    {
        Assert.SkipUnless(_browser is not null, $"Chromium is not installed at {ExecutablePath} (Debian package 'chromium'); the browser journeys need it.");
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseUrl.ToString(),
            // The pages speak the browser's language: pin English so the texts asserted on are stable.
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        return await BrowserSession.OpenAsync(context, server);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
