using Entente.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Entente.Browser.Tests;

/// <summary>The real server on a free loopback port, as the run command starts it, with its own data directory and
/// whatever extra settings a subclass adds (e.g. a scenario or a faster simulation).</summary>
public abstract class ServerFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "entente-browser-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The running server's services (its database, for a test that stores what a page should show).</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The server is not started.");

    /// <summary>The demo users' password, which the server made on its first start.</summary>
    public string DemoPassword => File.ReadAllText(Path.Combine(_dataDirectory, "demo-users.txt")).Trim();

    /// <summary>Signs a page's browser context in as a demo user (the session cookie is kept by the context).</summary>
    public async Task SignInAsync(IPage page, string user = "uk.watch")
    {
        ArgumentNullException.ThrowIfNull(page);
        var response = await page.APIRequest.PostAsync(new Uri(BaseAddress, "api/session").ToString(),
            new APIRequestContextOptions { DataObject = new { name = user, password = DemoPassword } });
        Assert.True(response.Ok, $"signing in as {user}: HTTP {response.Status}");
    }

    /// <summary>An HTTP client signed in as a demo user with a bearer token (every endpoint but /health needs one).</summary>
    public HttpClient SignedInClient(string user = "uk.watch")
    {
        var issued = Services.GetRequiredService<Storage.IDatabase>().Users
            .IssueTokenAsync(Core.Identity.UserName.Parse(user), "browser tests", DateTimeOffset.UtcNow, null, CancellationToken.None).GetAwaiter().GetResult()
            ?? throw new InvalidOperationException($"There is no user {user}.");
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", issued.Secret);
        return client;
    }

    /// <summary>Settings added to the command line, e.g. <c>--Feeds:Simulation:Speed=60</c>.</summary>
    protected virtual IEnumerable<string> ExtraArguments => [];

    public async ValueTask InitializeAsync()
    {
        _app = await EntenteServer.CreateAsync(["--Urls=http://127.0.0.1:0", "--Storage:DataDirectory=" + _dataDirectory, "--Feeds:Simulation:SkipMinutes=0", .. ExtraArguments]);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address + "/");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
