using Microsoft.Playwright;

namespace Entente.Browser.Tests;

/// <summary>Signing in on the page: without a session the map sends the browser to sign in, and brings it back after.</summary>
public sealed class SignInTests(LiveServer server) : IClassFixture<LiveServer>
{
    [Fact]
    public async Task WithoutASession_TheMapSendsToSignIn_AWrongPasswordIsRefused_ThenTheUserComesBackSignedIn()
    {
        var (playwright, browser) = await BrowserSession.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            // The browser logs the refused session check and the refused sign-in as failed resources; nothing else may fail.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(new Uri(server.BaseAddress, "stats.html").ToString());
        await page.WaitForURLAsync(url => url.EndsWith("/login.html?next=stats.html", StringComparison.Ordinal), BrowserSession.Reached);

        await page.FillAsync("#login-name", "fr.watch");
        await page.FillAsync("#login-password", "not the password");
        await page.ClickAsync("#login-submit");
        await page.WaitForFunctionAsync("() => document.querySelector('#login-error').textContent.length > 0");
        Assert.Contains("wrong", await page.TextContentAsync("#login-error") ?? "", StringComparison.Ordinal);

        await page.FillAsync("#login-password", server.DemoPassword);
        await page.ClickAsync("#login-submit");
        await page.WaitForURLAsync(url => url.EndsWith("/stats.html", StringComparison.Ordinal), BrowserSession.Reached);
        await BrowserSession.ReadyAsync(page);
        Assert.Contains("CROSS Gris-Nez", await page.TextContentAsync("#session-user") ?? "", StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ArtifactPath("signed-in.png") });

        await page.ClickAsync("#sign-out");
        await page.WaitForURLAsync(url => url.EndsWith("/login.html", StringComparison.Ordinal), BrowserSession.Reached);
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.WaitForURLAsync(url => url.Contains("/login.html?next=", StringComparison.Ordinal), BrowserSession.Reached);
        Assert.Empty(errors);
    }
}
