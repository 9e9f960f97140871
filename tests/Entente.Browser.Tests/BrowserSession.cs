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

    /// <summary>Where screenshots go: ENTENTE_TEST_ARTIFACTS, or test-results under the repository.</summary>
    public static string ArtifactPath(string fileName)
    {
        var directory = Environment.GetEnvironmentVariable("ENTENTE_TEST_ARTIFACTS") ?? Path.Combine(RepositoryPaths.Root, "test-results");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, fileName);
    }
}
