using Entente.Testing;
using Microsoft.Playwright;

namespace Entente.Browser.Tests;

/// <summary>Debian's headless Chromium driven by Playwright; skips locally when absent, fails under CI=true.</summary>
public static class BrowserSession
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            if (RepositoryPaths.IsCi)
            {
                throw new InvalidOperationException($"{ChromiumPath} is missing, and browser tests must run under CI=true.");
            }

            Assert.Skip($"{ChromiumPath} is not installed: browser tests skip locally (the test script installs it).");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Without the background-networking flags Chromium tries to reach the internet, which this machine refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        return (playwright, browser);
    }

    /// <summary>For waiting on a URL: reached once the navigation commits (a page's load event can take long on a busy
    /// machine); a test then waits for what it needs of the page itself.</summary>
    public static PageWaitForURLOptions Reached => new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 };

    /// <summary>Waits until a page reached by <see cref="Reached"/> has its test hook and the hook says it is ready.</summary>
    public static async Task ReadyAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.WaitForFunctionAsync("() => window.entente !== undefined", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        await page.EvaluateAsync("() => window.entente.ready");
    }

    /// <summary>Where screenshots go: ENTENTE_TEST_ARTIFACTS, or test-results under the repository.</summary>
    public static string ArtifactPath(string fileName)
    {
        var directory = Environment.GetEnvironmentVariable("ENTENTE_TEST_ARTIFACTS") ?? Path.Combine(RepositoryPaths.Root, "test-results");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, fileName);
    }
}
