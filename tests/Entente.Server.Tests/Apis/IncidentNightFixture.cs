using System.Net.Http.Json;
using System.Text.Json;

namespace Entente.Server.Tests.Apis;

/// <summary>The server running a short night fast: one boat from Wissant whose engine fails in French waters, so that a
/// launch alert and an incident coordinated by CROSS Gris-Nez exist for the API tests to act on.</summary>
public sealed class IncidentNightFixture : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "entente-night-" + Guid.NewGuid().ToString("N"));
    private readonly EngineFailureNight _factory;

    public IncidentNightFixture() => _factory = new EngineFailureNight(_directory);

    public HttpClient Client { get; private set; } = null!;

    public string IncidentId { get; private set; } = "";

    /// <summary>A client signed in as another user (the default client is <see cref="SignedInFactory.DefaultUser"/>).</summary>
    public HttpClient ClientAs(string user) => _factory.ClientAs(user);

    /// <summary>A client that is not signed in.</summary>
    public HttpClient AnonymousClient() => _factory.AnonymousClient();

    /// <summary>The server's factory (users, tokens).</summary>
    public SignedInFactory Factory => _factory;

    /// <summary>The server's services (its routing table, for tests that visit every endpoint).</summary>
    public IServiceProvider Services => _factory.Services;

    /// <summary>A client signed in as a watch officer of an agency (made when first asked for).</summary>
    public async Task<HttpClient> ClientOfAsync(string agency)
    {
        var name = "test." + agency;
        await _factory.AddUserAsync(name, Core.Sharing.Agencies.Find(Core.Identifiers.AgencyId.Parse(agency))!, [Core.Identity.Role.WatchOfficer],
            CancellationToken.None);
        return _factory.ClientAs(name);
    }

    public async ValueTask InitializeAsync()
    {
        Client = _factory.CreateClient();
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (DateTime.UtcNow < until)
        {
            var incidents = await Client.GetFromJsonAsync<List<JsonElement>>("/api/incidents", Json);
            if (incidents is { Count: > 0 })
            {
                // The journal stores the pipeline's events a moment after the picture shows them: wait for the opening
                // to be stored, so that tests reading the stored log find it.
                var id = incidents[^1].GetProperty("id").GetString()!;
                var detail = await Client.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}", Json);
                if (detail.GetProperty("log").GetArrayLength() > 0)
                {
                    IncidentId = id;
                    return;
                }
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException("No incident was opened on the test night.");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
