using System.Globalization;
using Microsoft.Playwright;

namespace Entente.Browser.Tests;

/// <summary>One browser with one page on the map, collecting console errors and page errors while it lives.</summary>
public sealed class PageSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private PageSession(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add(message.Text);
            }
        };
        Page.PageError += (_, error) => ConsoleErrors.Add(error);
    }

    public IPage Page { get; }

    /// <summary>Console errors and uncaught page errors, in order.</summary>
    public List<string> ConsoleErrors { get; } = [];

    /// <summary>Opens the map page of a server, signed in as a demo user, and waits until the geography is drawn.</summary>
    public static async Task<PageSession> OpenAsync(ServerFixture server, string user = "uk.watch", int width = 1600, int height = 1000)
    {
        ArgumentNullException.ThrowIfNull(server);
        var (playwright, browser) = await BrowserSession.LaunchAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var session = new PageSession(playwright, browser, page);
        await server.SignInAsync(page, user);
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.EvaluateAsync("() => window.entente.ready");
        return session;
    }

    /// <summary>Polls a JavaScript predicate until it holds; fails with <paramref name="what"/> when it does not in time.</summary>
    public async Task WaitForAsync(string predicate, TimeSpan timeout, string what)
    {
        var until = DateTime.UtcNow + timeout;
        while (!await Page.EvaluateAsync<bool>(predicate))
        {
            if (DateTime.UtcNow > until)
            {
                Assert.Fail($"Timed out after {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s waiting for {what}.");
            }

            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Saves a screenshot of the page as a test artifact.</summary>
    public Task ScreenshotAsync(string fileName) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ArtifactPath(fileName) });

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
